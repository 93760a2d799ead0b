import os from 'node:os';
import path from 'node:path';

/**
 * Where Someday keeps its data when no --data-dir is given: the same folder Electron's
 * app.getPath('userData') uses for an app named "Someday", so the desktop app and browser mode share it.
 */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string {
  if (env.SOMEDAY_DATA_DIR) return path.resolve(env.SOMEDAY_DATA_DIR);
  const home = os.homedir();
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Someday');
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Someday');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Someday');
}
