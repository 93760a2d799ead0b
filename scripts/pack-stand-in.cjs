// `npm run pack:check`: packs Someday for Linux with the real electron-builder, offline, by handing it a
// stand-in Electron (a tiny shell script carrying Electron's fuse wire, so the fuses are really flipped)
// instead of the binary this machine cannot download. It builds the `dir` target (app.asar, resources,
// the fuses) and runs the deb and AppImage targets up to the point where electron-builder would call
// fpm or the AppImage tools, recording the metadata it computed (those tools are downloaded from GitHub
// at packaging time, and fpm has no Debian package, so offline they are not run). Prints a JSON report: where the unpacked app is, the files in app.asar, the sizes, the deb
// arguments. The tests read that report; a person can read it to see what a release would ship.
//
//   node scripts/pack-stand-in.cjs [--out DIR] [--addon FILE] [--targets dir,deb,AppImage] [--json]
//   node scripts/pack-stand-in.cjs --mac [--out DIR]   (the macOS app folder, as JSON: Info.plist, helpers, fuses)
//
// --addon puts FILE in resources/native as the shipped better-sqlite3 (default: native/electron's, else
// node_modules' Node build, so the packaged code can be run under plain Node).
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's wire as it ships (version 1, eight fuses: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on). */
const DEFAULT_WIRE = '10110001';

function argValue(args, name) {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

function makeStandInElectron(dir) {
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE)]);
  const script = Buffer.concat([
    Buffer.from('#!/bin/sh\n# A stand-in for Electron, for packaging tests only.\n# '),
    wire,
    Buffer.from('\necho "stand-in Electron: the real binary is not available here" >&2\nexit 1\n'),
  ]);
  fs.writeFileSync(path.join(dir, 'electron'), script, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'chrome-sandbox'), '', { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'version'), require('electron/package.json').version);
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'stand-in');
  return dir;
}

/** The fuse wire in a packaged binary, as the characters Electron reads ('0' off, '1' on). */
function readFuseWire(file) {
  const bytes = fs.readFileSync(file);
  const at = bytes.indexOf(SENTINEL);
  if (at < 0) return undefined;
  const length = bytes[at + SENTINEL.length + 1];
  const start = at + SENTINEL.length + 2;
  return bytes.subarray(start, start + length).toString('latin1');
}

function sizeOf(target) {
  const stat = fs.lstatSync(target);
  if (!stat.isDirectory()) return stat.size;
  return fs.readdirSync(target).reduce((sum, name) => sum + sizeOf(path.join(target, name)), 0);
}

function defaultAddon() {
  const electronBuild = path.join(root, 'native', 'electron', 'better_sqlite3.node');
  if (fs.existsSync(electronBuild)) return electronBuild;
  return require.resolve('better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node', { paths: [root] });
}

/**
 * electron-builder's configuration from electron-builder.yml, with the stand-in Electron, the output
 * folder and the addon to ship swapped in, written to a file of its own: electron-builder merges a
 * configuration object into electron-builder.yml, which would keep the real native/electron source.
 */
async function writeStandInConfig(out, electronDist, addon) {
  const native = path.join(out, 'native');
  fs.mkdirSync(native, { recursive: true });
  fs.copyFileSync(addon, path.join(native, 'better_sqlite3.node'));
  const config = require('app-builder-lib/out/util/config/config');
  const base = await config.getConfig(root, path.join(root, 'electron-builder.yml'), null);
  const configFile = path.join(out, 'electron-builder.json');
  const packConfig = {
    ...base,
    electronDist,
    directories: { ...base.directories, output: path.join(out, 'release') },
    extraResources: (base.extraResources ?? []).map((entry) =>
      entry.from === 'native/electron' ? { ...entry, from: native } : entry,
    ),
  };
  fs.writeFileSync(configFile, JSON.stringify(packConfig, null, 2));
  return configFile;
}

function loadBuilder() {
  const { log } = require('builder-util');
  log.stream = process.stderr;
  return require('electron-builder');
}

async function packStandIn({ out, addon = defaultAddon(), targets = ['dir', 'deb', 'AppImage'] }) {
  const { build, Platform, Arch } = loadBuilder();
  const asar = require('@electron/asar');
  fs.mkdirSync(out, { recursive: true });
  const electronDist = makeStandInElectron(path.join(out, 'stand-in-electron'));
  const configFile = await writeStandInConfig(out, electronDist, addon);
  const deb = [];
  const appImage = [];
  await build({
    projectDir: root,
    targets: Platform.LINUX.createTarget(targets, Arch[process.arch === 'arm64' ? 'arm64' : 'x64']),
    config: configFile,
    publish: 'never',
    effectiveOptionComputed: async (options) => {
      if (Array.isArray(options) && Array.isArray(options[0])) {
        deb.push({ args: options[0], desktopFile: fs.readFileSync(options[1], 'utf8') });
        return true;
      }
      if (options && typeof options === 'object' && 'desktop' in options) {
        appImage.push({ desktopFile: options.desktop, desktopFileName: options.desktopFileName });
        return true;
      }
      return false;
    },
  });
  const appOutDir = fs
    .readdirSync(path.join(out, 'release'))
    .map((name) => path.join(out, 'release', name))
    .find((dir) => /linux.*-unpacked$/.test(dir));
  if (!appOutDir) throw new Error('electron-builder made no unpacked Linux app');
  const resources = path.join(appOutDir, 'resources');
  const asarFile = path.join(resources, 'app.asar');
  const unpacked = path.join(resources, 'app.asar.unpacked');
  const executable = path.join(appOutDir, require(path.join(root, 'package.json')).name);
  return {
    appOutDir,
    resources,
    asarFile,
    asarFiles: asar.listPackage(asarFile, { isPack: false }),
    resourceFiles: fs.readdirSync(resources, { recursive: true }).map(String).sort(),
    fuseWire: readFuseWire(executable),
    sizes: {
      asar: sizeOf(asarFile),
      asarUnpacked: fs.existsSync(unpacked) ? sizeOf(unpacked) : 0,
      resources: sizeOf(resources),
    },
    deb,
    appImage,
  };
}

/** A stand-in Electron.app: the Info.plists, helper apps and framework electron-builder rewrites and renames. */
function makeStandInElectronApp(dir) {
  const contents = path.join(dir, 'Electron.app', 'Contents');
  const plist = (file, entries) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const body = Object.entries(entries)
      .map(([key, value]) => `<key>${key}</key><string>${value}</string>`)
      .join('');
    fs.writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" ` +
        `"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0"><dict>${body}</dict></plist>\n`,
    );
  };
  const executable = (file) => {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '#!/bin/sh\nexit 1\n', { mode: 0o755 });
  };
  plist(path.join(contents, 'Info.plist'), {
    CFBundleExecutable: 'Electron',
    CFBundleIdentifier: 'com.github.Electron',
    CFBundleName: 'Electron',
  });
  executable(path.join(contents, 'MacOS', 'Electron'));
  fs.mkdirSync(path.join(contents, 'Resources'), { recursive: true });
  for (const suffix of ['', ' (Renderer)', ' (GPU)', ' (Plugin)']) {
    const helper = path.join(contents, 'Frameworks', `Electron Helper${suffix}.app`, 'Contents');
    plist(path.join(helper, 'Info.plist'), {
      CFBundleExecutable: `Electron Helper${suffix}`,
      CFBundleIdentifier: 'com.github.Electron.helper',
      CFBundleName: `Electron Helper${suffix}`,
    });
    executable(path.join(helper, 'MacOS', `Electron Helper${suffix}`));
  }
  const framework = path.join(contents, 'Frameworks', 'Electron Framework.framework', 'Electron Framework');
  fs.mkdirSync(path.dirname(framework), { recursive: true });
  fs.writeFileSync(
    framework,
    Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE)]),
  );
  return dir;
}

/**
 * The macOS `dir` target, built here on Linux: electron-builder writes the app's Info.plist, renames the
 * helpers and flips the fuses in the framework; signing (and so the entitlements) happens only on a Mac.
 */
async function packStandInMac({ out, addon = defaultAddon(), arch = 'arm64' }) {
  const { build, Platform, Arch } = loadBuilder();
  const { parsePlistFile } = require('app-builder-lib/out/util/plist');
  fs.mkdirSync(out, { recursive: true });
  const electronDist = makeStandInElectronApp(path.join(out, 'stand-in-electron'));
  const configFile = await writeStandInConfig(out, electronDist, addon);
  await build({
    projectDir: root,
    targets: Platform.MAC.createTarget(['dir'], Arch[arch]),
    config: configFile,
    publish: 'never',
  });
  const appDir = path.join(out, 'release', `mac-${arch}`, 'Someday.app');
  const contents = path.join(appDir, 'Contents');
  return {
    appDir,
    infoPlist: await parsePlistFile(path.join(contents, 'Info.plist')),
    helpers: fs.readdirSync(path.join(contents, 'Frameworks')).sort(),
    resourceFiles: fs.readdirSync(path.join(contents, 'Resources'), { recursive: true }).map(String).sort(),
    fuseWire: readFuseWire(path.join(contents, 'Frameworks', 'Electron Framework.framework', 'Electron Framework')),
  };
}

function fail(error) {
  console.error(`pack-stand-in: ${error.message}`);
  process.exit(1);
}

function printReport(report, json) {
  if (json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
    return;
  }
  const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
  console.log(`Packed into ${report.appOutDir}`);
  console.log(`app.asar ${mb(report.sizes.asar)} (${report.asarFiles.length} entries), unpacked beside it`);
  console.log(`${mb(report.sizes.asarUnpacked)}, resources/ ${mb(report.sizes.resources)} in all.`);
  console.log(
    `Fuse wire: ${report.fuseWire}. deb and AppImage metadata computed: ${report.deb.length} and ${report.appImage.length}.`,
  );
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const out = path.resolve(argValue(args, '--out') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'someday-pack-')));
  const addon = argValue(args, '--addon');
  const options = { out, ...(addon ? { addon: path.resolve(addon) } : {}) };
  if (args.includes('--mac')) {
    packStandInMac(options)
      .then((report) => process.stdout.write(`${JSON.stringify(report)}\n`))
      .catch(fail);
  } else {
    const targets = (argValue(args, '--targets') ?? 'dir,deb,AppImage').split(',');
    packStandIn({ ...options, targets })
      .then((report) => printReport(report, args.includes('--json')))
      .catch(fail);
  }
}

module.exports = { packStandIn, packStandInMac, makeStandInElectron, readFuseWire, SENTINEL };
