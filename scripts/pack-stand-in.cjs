// `npm run pack:check`: packs Someday for Linux with the real electron-builder, offline, by handing it a
// stand-in Electron (a tiny shell script carrying Electron's fuse wire, so the fuses are really flipped)
// instead of the binary this machine cannot download. It builds the `dir` target (app.asar, resources,
// the fuses) and runs the deb and AppImage targets up to the point where electron-builder would call
// fpm or the AppImage tools, recording the metadata it computed (those tools are downloaded from GitHub
// at packaging time, and fpm has no Debian package, so offline they are not run). Prints a JSON report: where the unpacked app is, the files in app.asar, the sizes, the deb
// arguments. The tests read that report; a person can read it to see what a release would ship.
//
//   node scripts/pack-stand-in.cjs [--out DIR] [--addon FILE] [--targets dir,deb,AppImage] [--json]
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
  return require.resolve('better-sqlite3/build/Release/better_sqlite3.node', { paths: [root] });
}

async function packStandIn({ out, addon = defaultAddon(), targets = ['dir', 'deb', 'AppImage'] }) {
  const { build, Platform, Arch } = require('electron-builder');
  const { log } = require('builder-util');
  const asar = require('@electron/asar');
  log.stream = process.stderr;
  fs.mkdirSync(out, { recursive: true });
  const electronDist = makeStandInElectron(path.join(out, 'stand-in-electron'));
  const native = path.join(out, 'native');
  fs.mkdirSync(native, { recursive: true });
  fs.copyFileSync(addon, path.join(native, 'better_sqlite3.node'));
  const config = require('app-builder-lib/out/util/config/config');
  const base = await config.getConfig(root, path.join(root, 'electron-builder.yml'), null);
  // A config file of its own rather than an object: electron-builder merges an object into
  // electron-builder.yml, which would keep the real native/electron source beside the stand-in one.
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

if (require.main === module) {
  const args = process.argv.slice(2);
  const out = path.resolve(argValue(args, '--out') ?? fs.mkdtempSync(path.join(os.tmpdir(), 'someday-pack-')));
  const addon = argValue(args, '--addon');
  const targets = (argValue(args, '--targets') ?? 'dir,deb,AppImage').split(',');
  packStandIn({ out, targets, ...(addon ? { addon: path.resolve(addon) } : {}) })
    .then((report) => {
      if (args.includes('--json')) {
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
    })
    .catch((error) => {
      console.error(`pack-stand-in: ${error.message}`);
      process.exit(1);
    });
}

module.exports = { packStandIn, makeStandInElectron, readFuseWire, SENTINEL };
