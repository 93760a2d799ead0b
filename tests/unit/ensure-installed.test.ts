import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types, run by `npm start` and `npm test` before any install
import { staleReason } from '../../scripts/ensure-installed.mjs';

const lock = {
  packages: {
    '': { name: 'someday' },
    'node_modules/zod': { version: '4.6.7' },
    'node_modules/@esbuild/win32-x64': { version: '0.25.0', optional: true },
  },
};

describe('npm start and npm test install what is missing', () => {
  it('installs when node_modules is missing or does not match the lock file', () => {
    expect(staleReason(lock, null)).toBe('node_modules is missing');
    expect(staleReason(lock, { packages: {} })).toBe('zod is missing, the lock file has 4.6.7');
    expect(staleReason(lock, { packages: { 'node_modules/zod': { version: '4.5.0' } } })).toBe(
      'zod is 4.5.0, the lock file has 4.6.7',
    );
  });

  it('does nothing when every package matches, whatever optional packages for other systems are absent', () => {
    expect(staleReason(lock, { packages: { 'node_modules/zod': { version: '4.6.7' } } })).toBeNull();
  });
});
