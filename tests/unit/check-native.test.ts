import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../helpers/temp-dir';

interface Target {
  platform: string;
  arch: string;
}
interface CheckNative {
  describeBinary: (bytes: Buffer) => { format: string; archs: string[] } | undefined;
  checkNativeAddon: (root: string, target?: Target) => { ok: boolean; message: string };
  parseTarget: (args: string[], defaults?: Target) => Target;
}

const load = async () => (await import(pathToFileURL(path.resolve('scripts', 'check-native.mjs')).href)) as CheckNative;

const ABI = '150';
const marker = Buffer.from(`\0node_register_module_v${ABI}\0`);

/** Headers as the linkers write them, with the ABI marker after them like a real addon. */
const headers = {
  elf(machine: number): Buffer {
    const bytes = Buffer.alloc(64);
    bytes.write('\x7fELF', 0, 'latin1');
    bytes[4] = 2; // 64-bit
    bytes[5] = 1; // little-endian
    bytes.writeUInt16LE(3, 16); // ET_DYN: a shared object
    bytes.writeUInt16LE(machine, 18);
    return Buffer.concat([bytes, marker]);
  },
  machO(cpu: number): Buffer {
    const bytes = Buffer.alloc(32);
    bytes.writeUInt32LE(0xfeedfacf, 0);
    bytes.writeUInt32LE(cpu, 4);
    bytes.writeUInt32LE(6, 12); // MH_DYLIB
    return Buffer.concat([bytes, marker]);
  },
  universal(cpus: number[]): Buffer {
    const bytes = Buffer.alloc(8 + cpus.length * 20);
    bytes.writeUInt32BE(0xcafebabe, 0);
    bytes.writeUInt32BE(cpus.length, 4);
    cpus.forEach((cpu, i) => bytes.writeUInt32BE(cpu, 8 + i * 20));
    return Buffer.concat([bytes, marker]);
  },
  pe(machine: number): Buffer {
    const bytes = Buffer.alloc(0x100);
    bytes.write('MZ', 0, 'latin1');
    bytes.writeUInt32LE(0x80, 0x3c);
    bytes.write('PE\0\0', 0x80, 'latin1');
    bytes.writeUInt16LE(machine, 0x84);
    return Buffer.concat([bytes, marker]);
  },
};
const ELF_X64 = headers.elf(0x3e);
const ELF_ARM64 = headers.elf(0xb7);
const MACHO_ARM64 = headers.machO(0x0100000c);
const MACHO_X64 = headers.machO(0x01000007);
const MACHO_UNIVERSAL = headers.universal([0x01000007, 0x0100000c]);
const PE_X64 = headers.pe(0x8664);

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function project(addon: Buffer): string {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  fs.mkdirSync(path.join(temp.dir, 'node_modules', 'electron'), { recursive: true });
  fs.writeFileSync(path.join(temp.dir, 'node_modules', 'electron', 'abi_version'), `${ABI}\n`);
  fs.mkdirSync(path.join(temp.dir, 'native', 'electron'), { recursive: true });
  fs.writeFileSync(path.join(temp.dir, 'native', 'electron', 'better_sqlite3.node'), addon);
  return temp.dir;
}

describe('check-native: the addon must be a binary for the package being built', () => {
  it('reads the format and CPU from ELF, Mach-O (thin and universal) and PE headers', async () => {
    const { describeBinary } = await load();
    expect(describeBinary(ELF_X64)).toStrictEqual({ format: 'ELF', archs: ['x64'] });
    expect(describeBinary(ELF_ARM64)).toStrictEqual({ format: 'ELF', archs: ['arm64'] });
    expect(describeBinary(MACHO_ARM64)).toStrictEqual({ format: 'Mach-O', archs: ['arm64'] });
    expect(describeBinary(MACHO_UNIVERSAL)).toStrictEqual({ format: 'Mach-O', archs: ['x64', 'arm64'] });
    expect(describeBinary(PE_X64)).toStrictEqual({ format: 'PE', archs: ['x64'] });
    expect(describeBinary(Buffer.from(`#!/bin/sh\n${marker.toString()}`))).toBeUndefined();
    expect(describeBinary(Buffer.alloc(0))).toBeUndefined();
  });

  it("recognises this machine's own better-sqlite3 build", async () => {
    const { describeBinary } = await load();
    const addon = fs.readFileSync(path.resolve('node_modules/better-sqlite3/build/Release/better_sqlite3.node'));
    const format = { linux: 'ELF', darwin: 'Mach-O', win32: 'PE' }[process.platform as string];
    expect(describeBinary(addon)).toStrictEqual({ format, archs: [process.arch] });
  });

  it('accepts a Linux x64 addon for a Linux x64 package', async () => {
    const { checkNativeAddon } = await load();
    expect(checkNativeAddon(project(ELF_X64), { platform: 'linux', arch: 'x64' })).toMatchObject({ ok: true });
    expect(checkNativeAddon(project(ELF_ARM64), { platform: 'linux', arch: 'arm64' })).toMatchObject({ ok: true });
    expect(checkNativeAddon(project(MACHO_ARM64), { platform: 'darwin', arch: 'arm64' })).toMatchObject({
      ok: true,
    });
    expect(checkNativeAddon(project(MACHO_UNIVERSAL), { platform: 'darwin', arch: 'x64' })).toMatchObject({
      ok: true,
    });
    expect(checkNativeAddon(project(PE_X64), { platform: 'win32', arch: 'x64' })).toMatchObject({ ok: true });
  });

  it('refuses a macOS or Windows addon in a Linux package, saying what it is and what to do', async () => {
    const { checkNativeAddon } = await load();
    const linux = { platform: 'linux', arch: 'x64' };
    const mac = checkNativeAddon(project(MACHO_ARM64), linux);
    expect(mac.ok).toBe(false);
    expect(mac.message).toContain('Mach-O arm64');
    expect(mac.message).toContain('Linux x64');
    expect(mac.message).toContain('npm run setup:electron');
    expect(checkNativeAddon(project(PE_X64), linux)).toMatchObject({
      ok: false,
      message: expect.stringContaining('PE'),
    });
    expect(checkNativeAddon(project(ELF_X64), { platform: 'darwin', arch: 'x64' })).toMatchObject({ ok: false });
  });

  it('refuses an addon for another CPU, and a file that is no native library', async () => {
    const { checkNativeAddon } = await load();
    expect(checkNativeAddon(project(ELF_ARM64), { platform: 'linux', arch: 'x64' })).toMatchObject({
      ok: false,
      message: expect.stringContaining('ELF arm64'),
    });
    expect(checkNativeAddon(project(MACHO_X64), { platform: 'darwin', arch: 'arm64' })).toMatchObject({ ok: false });
    expect(checkNativeAddon(project(Buffer.from(`junk${marker.toString()}`)))).toMatchObject({
      ok: false,
      message: expect.stringContaining('not a native library'),
    });
  });

  it('still refuses the right format built for the wrong ABI', async () => {
    const { checkNativeAddon } = await load();
    const nodeAbi = Buffer.concat([ELF_X64.subarray(0, 64), Buffer.from('\0node_register_module_v115\0')]);
    expect(checkNativeAddon(project(nodeAbi), { platform: 'linux', arch: 'x64' })).toMatchObject({
      ok: false,
      message: expect.stringContaining("Electron's ABI 150"),
    });
  });

  it('takes --platform and --arch, and refuses unknown values with one sentence', async () => {
    const { parseTarget } = await load();
    const defaults = { platform: 'linux', arch: 'x64' };
    expect(parseTarget([], defaults)).toStrictEqual(defaults);
    expect(parseTarget(['--platform', 'darwin', '--arch', 'arm64'], defaults)).toStrictEqual({
      platform: 'darwin',
      arch: 'arm64',
    });
    expect(() => parseTarget(['--platform', 'beos'], defaults)).toThrow('--platform must be linux, darwin or win32.');
    expect(() => parseTarget(['--arch', 'mips'], defaults)).toThrow('--arch must be');
    expect(() => parseTarget(['--fast'], defaults)).toThrow('Unknown option --fast.');
  });
});
