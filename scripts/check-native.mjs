// Packaging guard: electron-builder silently ships no database engine when native/electron/ is empty, and
// an addon built for Node's ABI (see ensure-electron.mjs) would be refused by Electron at start-up. So
// `npm run dist` stops here unless the addon exists and declares Electron's ABI.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function checkNativeAddon(root) {
  const addon = path.join(root, 'native', 'electron', 'better_sqlite3.node');
  const abiFile = path.join(root, 'node_modules', 'electron', 'abi_version');
  if (!fs.existsSync(abiFile)) return { ok: false, message: `${abiFile} is missing: run npm ci.` };
  const abi = fs.readFileSync(abiFile, 'utf8').trim();
  if (!fs.existsSync(addon)) {
    return {
      ok: false,
      message: `${path.relative(root, addon)} is missing: run npm run setup:electron on a machine with internet access.`,
    };
  }
  if (!fs.readFileSync(addon).includes(`node_register_module_v${abi}`)) {
    return {
      ok: false,
      message: `${path.relative(root, addon)} is not built for Electron's ABI ${abi}: delete it and run npm run setup:electron.`,
    };
  }
  return { ok: true, message: `${path.relative(root, addon)} has Electron's ABI ${abi}.` };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const result = checkNativeAddon(root);
  if (result.ok) {
    console.log(`check-native: ${result.message}`);
  } else {
    console.error(`check-native: refusing to package. ${result.message}`);
    process.exit(1);
  }
}
