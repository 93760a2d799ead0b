// Packaging guard: electron-builder silently ships no database engine when native/electron/ is empty, an
// addon built for Node's ABI (see ensure-electron.mjs) would be refused by Electron at start-up, and an
// addon built on another system (a Mach-O file from a Mac in a Linux package, an arm64 build in an x64
// one) cannot be loaded at all. So `npm run dist` stops here unless the addon exists, declares Electron's
// ABI, and is a binary for the package's operating system and CPU (read from its ELF, Mach-O or PE
// header).
//
//   node scripts/check-native.mjs [--platform linux|darwin|win32] [--arch x64|arm64|ia32]
//
// The defaults are those of `npm run dist` (electron-builder --linux): Linux, this machine's CPU.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FORMAT_OF_PLATFORM = { linux: 'ELF', darwin: 'Mach-O', win32: 'PE' };
const PLATFORM_NAMES = { linux: 'Linux', darwin: 'macOS', win32: 'Windows' };
const ELF_MACHINES = { 0x03: 'ia32', 0x28: 'arm', 0x3e: 'x64', 0xb7: 'arm64' };
const MACHO_CPUS = { 0x7: 'ia32', 0xc: 'arm', 0x01000007: 'x64', 0x0100000c: 'arm64' };
const PE_MACHINES = { 0x14c: 'ia32', 0x1c4: 'arm', 0x8664: 'x64', 0xaa64: 'arm64' };

/**
 * What a native binary is built for, from its header: { format: 'ELF' | 'Mach-O' | 'PE', archs: [...] }
 * (a universal Mach-O file has several), or undefined when it is none of the three.
 */
export function describeBinary(bytes) {
  if (bytes.length >= 20 && bytes.readUInt32BE(0) === 0x7f454c46) {
    const little = bytes[5] !== 2;
    const machine = little ? bytes.readUInt16LE(18) : bytes.readUInt16BE(18);
    return { format: 'ELF', archs: [ELF_MACHINES[machine] ?? `machine 0x${machine.toString(16)}`] };
  }
  if (bytes.length >= 8) {
    const magicLE = bytes.readUInt32LE(0);
    if (magicLE === 0xfeedfacf || magicLE === 0xfeedface) {
      const cpu = bytes.readUInt32LE(4);
      return { format: 'Mach-O', archs: [MACHO_CPUS[cpu] ?? `CPU 0x${cpu.toString(16)}`] };
    }
    if (bytes.readUInt32BE(0) === 0xcafebabe) {
      const count = bytes.readUInt32BE(4);
      const archs = [];
      for (let i = 0; i < count && 8 + i * 20 + 4 <= bytes.length; i += 1) {
        const cpu = bytes.readUInt32BE(8 + i * 20);
        archs.push(MACHO_CPUS[cpu] ?? `CPU 0x${cpu.toString(16)}`);
      }
      return { format: 'Mach-O', archs };
    }
  }
  if (bytes.length >= 0x40 && bytes.toString('latin1', 0, 2) === 'MZ') {
    const offset = bytes.readUInt32LE(0x3c);
    if (offset + 6 <= bytes.length && bytes.readUInt32BE(offset) === 0x50450000) {
      const machine = bytes.readUInt16LE(offset + 4);
      return { format: 'PE', archs: [PE_MACHINES[machine] ?? `machine 0x${machine.toString(16)}`] };
    }
  }
  return undefined;
}

function describeTarget(target) {
  return `${PLATFORM_NAMES[target.platform] ?? target.platform} ${target.arch}`;
}

/** Refuses an addon that is not a binary for target.platform and target.arch; undefined when it is. */
export function checkBinaryFormat(bytes, target, name) {
  const wanted = FORMAT_OF_PLATFORM[target.platform];
  if (!wanted) return `there is no native format known for the platform ${target.platform}.`;
  const found = describeBinary(bytes);
  const fix = `build it on ${describeTarget(target)} (npm run setup:electron there), or package for the system it was built on.`;
  if (!found)
    return `${name} is not a native library (no ELF, Mach-O or PE header): delete it and run npm run setup:electron.`;
  if (found.format !== wanted || !found.archs.includes(target.arch)) {
    return `${name} is a ${found.format} ${found.archs.join('+')} binary, but this package is for ${describeTarget(target)} (${wanted} ${target.arch}): ${fix}`;
  }
  return undefined;
}

export function checkNativeAddon(root, target = { platform: 'linux', arch: process.arch }) {
  const addon = path.join(root, 'native', 'electron', 'better_sqlite3.node');
  const name = path.relative(root, addon);
  const abiFile = path.join(root, 'node_modules', 'electron', 'abi_version');
  if (!fs.existsSync(abiFile)) return { ok: false, message: `${abiFile} is missing: run npm ci.` };
  const abi = fs.readFileSync(abiFile, 'utf8').trim();
  if (!fs.existsSync(addon)) {
    return { ok: false, message: `${name} is missing: run npm run setup:electron on a machine with internet access.` };
  }
  const bytes = fs.readFileSync(addon);
  const wrongFormat = checkBinaryFormat(bytes, target, name);
  if (wrongFormat) return { ok: false, message: wrongFormat };
  if (!bytes.includes(`node_register_module_v${abi}`)) {
    return {
      ok: false,
      message: `${name} is not built for Electron's ABI ${abi}: delete it and run npm run setup:electron.`,
    };
  }
  return { ok: true, message: `${name} is a ${describeTarget(target)} binary with Electron's ABI ${abi}.` };
}

/** --platform and --arch from the command line, each checked; a wrong value is one plain sentence. */
export function parseTarget(args, defaults = { platform: 'linux', arch: process.arch }) {
  const target = { ...defaults };
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i];
    if (flag !== '--platform' && flag !== '--arch') throw new Error(`Unknown option ${flag}.`);
    const value = args[i + 1];
    i += 1;
    if (flag === '--platform') {
      if (!(value in FORMAT_OF_PLATFORM)) throw new Error('--platform must be linux, darwin or win32.');
      target.platform = value;
    } else {
      if (!['x64', 'arm64', 'ia32', 'arm'].includes(value)) throw new Error('--arch must be x64, arm64, ia32 or arm.');
      target.arch = value;
    }
  }
  return target;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  let result;
  try {
    result = checkNativeAddon(root, parseTarget(process.argv.slice(2)));
  } catch (error) {
    result = { ok: false, message: error.message };
  }
  if (result.ok) {
    console.log(`check-native: ${result.message}`);
  } else {
    console.error(`check-native: refusing to package. ${result.message}`);
    process.exit(1);
  }
}
