/**
 * Issue 20 item 1: every database Someday opens (main, staging copies for import and restore, backups,
 * the command line) loads the addon the app ships, named through better-sqlite3's `nativeBinding`; none
 * may fall back to `require('bindings')`, which finds the wrong build in development and nothing in a
 * packaged app. Here `bindings` is blocked and the addon sits in a resources folder, like a packaged app.
 */
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../core/api-result';
import type { BackupInfo, ExportResult } from '../../core/data';
import { openExisting } from '../../main/cli/data-cli';
import { nativeBindingPath, useNativeBinding } from '../../main/db/connection';
import { seedSampleData } from '../helpers/sample-data';
import { makeTempDir } from '../helpers/temp-dir';
import { createTestApp, TEST_PASSPHRASE } from '../helpers/test-app';

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const loader = Module as unknown as { _load: Loader };
const originalLoad = loader._load;
const blocked: string[] = [];
const resources = makeTempDir();
const shipped = path.join(resources.dir, 'native', 'better_sqlite3.node');

beforeAll(() => {
  fs.mkdirSync(path.dirname(shipped), { recursive: true });
  fs.copyFileSync(nativeBindingPath(), shipped);
  loader._load = function (request, parent, isMain) {
    if (request === 'bindings') {
      blocked.push(request);
      throw new Error('Could not locate the bindings file (bindings is blocked in this test)');
    }
    return originalLoad.call(this, request, parent, isMain);
  };
  useNativeBinding(shipped);
});

afterAll(() => {
  loader._load = originalLoad;
  useNativeBinding(undefined);
  resources.cleanup();
});

async function value<T>(result: Promise<ApiResult<unknown>>): Promise<T> {
  const settled = await result;
  if (!settled.ok) throw new Error(settled.error.message);
  return settled.value as T;
}

describe('one place opens databases, with the shipped addon', () => {
  it('control: a connection that does not name its addon fails here', () => {
    expect(() => new Database(':memory:')).toThrow(/bindings is blocked/);
    expect(blocked).toHaveLength(1);
    blocked.length = 0;
  });

  it('opens, backs up, restores, previews and applies an import, and opens for the CLI without bindings', async () => {
    expect(nativeBindingPath()).toBe(shipped);
    const app = createTestApp();
    try {
      await seedSampleData(app, 3);
      const backup = await value<BackupInfo>(app.call('backups:create', {}));
      await value(app.call('contacts:create', { name: 'After the backup' }));
      await value(app.call('backups:restore', { name: backup.name }));
      const exported = await value<ExportResult>(app.call('data:export', { passphrase: 'for this file' }));
      const source = exported.download!;
      await value(app.call('data:import-preview', { source, passphrase: 'for this file' }));
      await value(app.call('data:import-apply', { source, passphrase: 'for this file' }));
      const count = app.db.prepare('SELECT count(*) FROM contacts').pluck().get();
      expect(count).toBe(3);
    } finally {
      app.close();
    }
    const cli = openExisting(app.dataDir, { passphrase: TEST_PASSPHRASE });
    expect(cli.db.prepare('SELECT count(*) FROM contacts').pluck().get()).toBe(3);
    cli.close();
    app.dispose();
    expect(blocked).toEqual([]);
  });
});
