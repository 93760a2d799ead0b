import fs from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../core/channels';
import { createFakeElectron, useFakeElectron } from '../helpers/fake-electron';

async function loadPreload() {
  const fake = useFakeElectron();
  await import('../../preload/preload');
  const api = fake.exposed.get('api') as Record<string, unknown>;
  return { fake, api };
}

describe('preload', () => {
  it('exposes exactly one object, window.api', async () => {
    const { fake } = await loadPreload();
    expect([...fake.exposed.keys()]).toStrictEqual(['api']);
    expect(fake.calls('contextBridge.exposeInMainWorld')).toHaveLength(1);
  });

  it('has one function per contract channel and nothing else, frozen', async () => {
    const { api } = await loadPreload();
    expect(Object.keys(api)).toStrictEqual([...CHANNELS]);
    for (const channel of CHANNELS) expect(typeof api[channel], channel).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('forwards each call to ipcRenderer.invoke on its own channel and returns only the result', async () => {
    const { fake, api } = await loadPreload();
    for (const channel of CHANNELS) {
      fake.ipcRenderer.invoke.mockClear();
      const input = { probe: channel };
      const result = await (api[channel] as (input: unknown) => Promise<unknown>)(input);
      expect(fake.ipcRenderer.invoke).toHaveBeenCalledTimes(1);
      expect(fake.ipcRenderer.invoke).toHaveBeenCalledWith(channel, input);
      expect(result).toStrictEqual({ ok: true, value: { channel, args: [input] } });
    }
  });

  it('never exposes ipcRenderer, its methods or a send/on style function', async () => {
    const { fake, api } = await loadPreload();
    const values = Object.values(api);
    expect(values).not.toContain(fake.ipcRenderer);
    for (const method of Object.values(fake.ipcRenderer)) expect(values).not.toContain(method);
    for (const name of ['send', 'sendSync', 'on', 'once', 'invoke', 'ipcRenderer', 'removeListener']) {
      expect(api).not.toHaveProperty(name);
    }
    expect(fake.ipcRenderer.on).not.toHaveBeenCalled();
    expect(fake.ipcRenderer.send).not.toHaveBeenCalled();
  });

  it('imports only electron and the channel list (types aside)', () => {
    const source = fs.readFileSync(path.resolve('preload/preload.ts'), 'utf8');
    const imports = [...source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'([^']+)';/gm)]
      .filter((match) => !match[1])
      .map((match) => match[2]);
    expect(imports).toStrictEqual(['electron', '../core/channels']);
  });

  const bundle = path.resolve('dist/preload/preload.js');
  it.skipIf(!fs.existsSync(bundle))('builds to a bundle that runs with nothing but electron to require', () => {
    const fake = createFakeElectron();
    const required: string[] = [];
    const sandboxRequire = (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return fake.module;
    };
    const module = { exports: {} };
    vm.runInNewContext(fs.readFileSync(bundle, 'utf8'), { require: sandboxRequire, module, exports: module.exports });
    expect([...new Set(required)]).toStrictEqual(['electron']);
    expect(Object.keys(fake.exposed.get('api') as object)).toStrictEqual([...CHANNELS]);
  });
});
