// `npm start`: build, then open the desktop app. Where Electron cannot run (its binary was never
// downloaded, or there is no display) it says so in one line and starts browser mode instead, passing
// the arguments through. The Electron binary is located by reading node_modules/electron/path.txt:
// require('electron') would try to download it.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NO_ELECTRON_NOTICE =
  'Electron is not installed on this machine (run npm run setup:electron); starting browser mode instead.';
export const NO_DISPLAY_NOTICE = 'No display is available for the desktop window; starting browser mode instead.';

/** Decides how to launch, without side effects: { mode, command, args, notice? }. */
export function chooseLaunch({ root, args, env, platform, execPath, exists, readText }) {
  const browser = (notice) => ({
    mode: 'browser',
    command: execPath,
    args: [path.join(root, 'dist', 'node', 'main', 'web', 'cli.js'), ...args],
    notice,
  });
  const electronDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!exists(pathFile)) return browser(NO_ELECTRON_NOTICE);
  const relative = readText(pathFile).trim();
  if (relative === '') return browser(NO_ELECTRON_NOTICE);
  const executable = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : path.join(electronDir, 'dist', relative);
  if (!exists(executable)) return browser(NO_ELECTRON_NOTICE);
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) return browser(NO_DISPLAY_NOTICE);
  return { mode: 'electron', command: executable, args: ['.', ...args] };
}

function runBuild(root) {
  const npmCli = process.env.npm_execpath;
  const [command, args] = npmCli ? [process.execPath, [npmCli, 'run', 'build']] : ['npm', ['run', 'build']];
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell: !npmCli && process.platform === 'win32',
  });
  return result.status === 0;
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  if (!runBuild(root)) {
    console.error('start: the build failed, so nothing was started.');
    process.exit(1);
  }
  const launch = chooseLaunch({
    root,
    args: process.argv.slice(2),
    env: process.env,
    platform: process.platform,
    execPath: process.execPath,
    exists: (file) => fs.existsSync(file),
    readText: (file) => fs.readFileSync(file, 'utf8'),
  });
  if (launch.notice) console.log(launch.notice);
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(launch.command, launch.args, { cwd: root, env, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`start: could not run ${launch.command}: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
