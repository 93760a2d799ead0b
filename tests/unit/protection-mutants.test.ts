/**
 * Tests aimed at mutants of the encryption code (issue 21; `npm run mutate -- --group encryption`): the
 * key file and its wrappings (keyring.ts), called directly rather than through a whole app, so each
 * check names one rule — passphrase limits, what each wrapping opens, the recovery code's alphabet
 * (the key file on disk: key-file-mutants.test.ts).
 */
import { createCipheriv, randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  checkNewPassphrase,
  createKeys,
  DATA_KEY_BYTES,
  DEFAULT_KDF,
  hasPassphrase,
  keychainWrap,
  newRecoveryCode,
  normalizeRecoveryCode,
  rewrapPassphrase,
  rewrapRecoveryCode,
  sameKey,
  unlockWithPassphrase,
  unlockWithRecoveryCode,
  withKeychainWrap,
  withoutKeychainWrap,
  WRONG_RECOVERY,
  WRONG_SECRET,
  type KeyFile,
} from '../../main/protection/keyring';
import { TEST_KDF, TEST_PASSPHRASE } from '../helpers/test-app';

const NOW = new Date('2026-12-06T10:00:00.000Z');
const CODE = /^[0-9A-HJKMNP-TV-Z]{5}(?:-[0-9A-HJKMNP-TV-Z]{5}){4}$/;

/** A wrapping made by hand as keyring.ts makes it, to build ones it would never write. */
function handWrap(kind: string, secret: string, key: Buffer, aadKind = kind) {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = scryptSync(secret, salt, 32, { ...TEST_KDF, maxmem: 64 * 1024 * 1024 });
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(`someday-keys:${aadKind}`));
  const data = Buffer.concat([cipher.update(key), cipher.final()]);
  return {
    kind,
    kdf: { name: 'scrypt', ...TEST_KDF, salt: salt.toString('base64') },
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    data: data.toString('base64'),
  } as KeyFile['wraps'][number];
}

describe('a new passphrase', () => {
  it('is refused under 8 characters and over 1,024, each with its own sentence', () => {
    expect(() => checkNewPassphrase('1234567')).toThrow('Choose a passphrase of at least 8 characters.');
    expect(() => checkNewPassphrase('12345678')).not.toThrow();
    expect(() => checkNewPassphrase('x'.repeat(1024))).not.toThrow();
    expect(() => checkNewPassphrase('x'.repeat(1025))).toThrow('That passphrase is longer than 1,024 characters.');
    for (const bad of ['1234567', 'x'.repeat(1025)]) {
      expect(() => checkNewPassphrase(bad)).toThrow(expect.objectContaining({ code: 'invalid-input' }));
    }
    expect(() => createKeys('short', TEST_KDF)).toThrow(/at least 8/);
    const keys = createKeys(TEST_PASSPHRASE, TEST_KDF);
    expect(() => rewrapPassphrase(keys.file, keys.dataKey, 'short', TEST_KDF)).toThrow(/at least 8/);
  });
});

describe('a new key file', () => {
  it('holds a 32-byte key wrapped by the passphrase and the recovery code, with every field it needs', () => {
    const { dataKey, recoveryCode, file } = createKeys(TEST_PASSPHRASE, TEST_KDF, NOW);
    expect(dataKey).toHaveLength(DATA_KEY_BYTES);
    expect(DATA_KEY_BYTES).toBe(32);
    expect(recoveryCode).toMatch(CODE);
    expect(file).toMatchObject({
      format: 'someday-keys',
      version: 1,
      cipher: 'sqlcipher-4',
      createdAt: NOW.toISOString(),
    });
    expect(file.wraps.map((w) => w.kind)).toStrictEqual(['passphrase', 'recovery']);
    for (const wrap of file.wraps) {
      expect(wrap.kdf).toMatchObject({ name: 'scrypt', N: TEST_KDF.N, r: TEST_KDF.r, p: TEST_KDF.p });
      expect(Buffer.from(wrap.kdf!.salt, 'base64')).toHaveLength(16);
      expect(Buffer.from(wrap.iv!, 'base64')).toHaveLength(12);
      expect(Buffer.from(wrap.tag!, 'base64')).toHaveLength(16);
      expect(Buffer.from(wrap.data, 'base64')).toHaveLength(32);
      expect(wrap.data).not.toBe(dataKey.toString('base64'));
    }
    expect(sameKey(unlockWithPassphrase(file, TEST_PASSPHRASE), dataKey)).toBe(true);
    expect(sameKey(unlockWithRecoveryCode(file, recoveryCode), dataKey)).toBe(true);
    expect(hasPassphrase(file)).toBe(true);
  });

  it('without a passphrase holds only the recovery wrapping', () => {
    const { dataKey, recoveryCode, file } = createKeys(null, TEST_KDF, NOW);
    expect(file.wraps.map((w) => w.kind)).toStrictEqual(['recovery']);
    expect(hasPassphrase(file)).toBe(false);
    expect(() => unlockWithPassphrase(file, TEST_PASSPHRASE)).toThrow(WRONG_SECRET);
    expect(sameKey(unlockWithRecoveryCode(file, recoveryCode), dataKey)).toBe(true);
  });

  it('uses scrypt N = 2^16, r = 8, p = 1 by default', () => {
    expect(DEFAULT_KDF).toStrictEqual({ N: 65536, r: 8, p: 1 });
  });

  it('gets a fresh key, salt and recovery code each time', () => {
    const a = createKeys(TEST_PASSPHRASE, TEST_KDF);
    const b = createKeys(TEST_PASSPHRASE, TEST_KDF);
    expect(sameKey(a.dataKey, b.dataKey)).toBe(false);
    expect(a.recoveryCode).not.toBe(b.recoveryCode);
    expect(a.file.wraps[0]!.kdf!.salt).not.toBe(b.file.wraps[0]!.kdf!.salt);
  });
});

describe('unwrapping', () => {
  it('refuses a wrong secret with the sentence for its kind', () => {
    const { file, recoveryCode } = createKeys(TEST_PASSPHRASE, TEST_KDF);
    expect(() => unlockWithPassphrase(file, `${TEST_PASSPHRASE}!`)).toThrow(WRONG_SECRET);
    expect(() => unlockWithPassphrase(file, recoveryCode)).toThrow(WRONG_SECRET);
    expect(() => unlockWithRecoveryCode(file, TEST_PASSPHRASE)).toThrow(WRONG_RECOVERY);
    expect(WRONG_SECRET).toMatch(/^That passphrase does not unlock your data\./);
    expect(WRONG_RECOVERY).toMatch(/^That recovery code does not unlock your data\./);
  });

  it('reads the passphrase in one Unicode form: a composed and a decomposed accent both open it', () => {
    const { file, dataKey } = createKeys('caf\u00e9 au lait', TEST_KDF);
    expect(sameKey(unlockWithPassphrase(file, 'cafe\u0301 au lait'), dataKey)).toBe(true);
  });

  it('accepts the recovery code typed in lower case, with spaces, O for 0 and I or L for 1', () => {
    const { file, dataKey, recoveryCode } = createKeys(null, TEST_KDF);
    const typed = recoveryCode.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(sameKey(unlockWithRecoveryCode(file, typed), dataKey)).toBe(true);
  });

  it('binds each wrapping to its kind: a passphrase wrapping relabelled as a recovery one opens nothing', () => {
    const key = randomBytes(32);
    const good = handWrap('passphrase', TEST_PASSPHRASE, key);
    const file: KeyFile = { ...createKeys(null, TEST_KDF).file, wraps: [good] };
    expect(sameKey(unlockWithPassphrase(file, TEST_PASSPHRASE), key)).toBe(true);
    const relabelled: KeyFile = { ...file, wraps: [{ ...good, kind: 'recovery' }] };
    const code = normalizeRecoveryCode(TEST_PASSPHRASE);
    expect(() => unlockWithRecoveryCode(relabelled, code)).toThrow(WRONG_RECOVERY);
    const wrongLabel: KeyFile = { ...file, wraps: [handWrap('passphrase', TEST_PASSPHRASE, key, 'recovery')] };
    expect(() => unlockWithPassphrase(wrongLabel, TEST_PASSPHRASE)).toThrow(WRONG_SECRET);
  });

  it('tries a secret only on wrappings of its own kind', () => {
    const key = randomBytes(32);
    const base = createKeys(null, TEST_KDF).file;
    // A recovery wrapping whose secret happens to be the passphrase is not a passphrase wrapping.
    const recoveryOnly: KeyFile = { ...base, wraps: [handWrap('recovery', TEST_PASSPHRASE, key)] };
    expect(() => unlockWithPassphrase(recoveryOnly, TEST_PASSPHRASE)).toThrow(WRONG_SECRET);
    const code = normalizeRecoveryCode('abcde fghjk mnpqr stvwx yz012');
    const passphraseOnly: KeyFile = { ...base, wraps: [handWrap('passphrase', code, key)] };
    expect(() => unlockWithRecoveryCode(passphraseOnly, code)).toThrow(WRONG_RECOVERY);
    expect(sameKey(unlockWithPassphrase(passphraseOnly, code), key)).toBe(true);
  });

  it('refuses a wrapping with a field missing, a changed tag, or a key of the wrong length', () => {
    const key = randomBytes(32);
    const good = handWrap('passphrase', TEST_PASSPHRASE, key);
    const base = createKeys(null, TEST_KDF).file;
    const withWrap = (wrap: KeyFile['wraps'][number]) => ({ ...base, wraps: [wrap] });
    for (const field of ['kdf', 'iv', 'tag'] as const) {
      expect(() => unlockWithPassphrase(withWrap({ ...good, [field]: undefined }), TEST_PASSPHRASE)).toThrow(
        WRONG_SECRET,
      );
    }
    const tag = Buffer.from(good.tag!, 'base64');
    tag[0] = tag[0]! ^ 1;
    expect(() => unlockWithPassphrase(withWrap({ ...good, tag: tag.toString('base64') }), TEST_PASSPHRASE)).toThrow(
      WRONG_SECRET,
    );
    const short = handWrap('passphrase', TEST_PASSPHRASE, randomBytes(16));
    expect(() => unlockWithPassphrase(withWrap(short), TEST_PASSPHRASE)).toThrow(WRONG_SECRET);
  });

  it('tries every wrapping of the kind until one opens', () => {
    const key = randomBytes(32);
    const file: KeyFile = {
      ...createKeys(null, TEST_KDF).file,
      wraps: [handWrap('passphrase', 'some other words', key), handWrap('passphrase', TEST_PASSPHRASE, key)],
    };
    expect(sameKey(unlockWithPassphrase(file, TEST_PASSPHRASE), key)).toBe(true);
    expect(sameKey(unlockWithPassphrase(file, 'some other words'), key)).toBe(true);
  });
});

describe('recovery codes', () => {
  it('are 25 characters of Crockford base32 (no I, L, O or U) in five groups', () => {
    const codes = Array.from({ length: 200 }, newRecoveryCode);
    for (const code of codes) expect(code).toMatch(CODE);
    expect(new Set(codes).size).toBe(200);
    // Every character of the alphabet turns up over 200 codes (5,000 characters, 32 letters).
    expect(new Set(codes.join('').replace(/-/g, '')).size).toBe(32);
  });

  it('are read back grouped only when 25 characters remain, and left as typed otherwise', () => {
    expect(normalizeRecoveryCode('abcde-fghij-kmnpq-rstvw-xyz0o')).toBe('ABCDE-FGH1J-KMNPQ-RSTVW-XYZ00');
    expect(normalizeRecoveryCode(' abc\tdef\nil-o ')).toBe('ABCDEF110');
    expect(normalizeRecoveryCode('l'.repeat(26))).toBe('1'.repeat(26));
  });
});

describe('changing the wrappings', () => {
  it('a new passphrase opens the same key, the old one stops, and the recovery code still works', () => {
    const { file, dataKey, recoveryCode } = createKeys(TEST_PASSPHRASE, TEST_KDF);
    const next = rewrapPassphrase(withKeychainWrap(file, 'c2FmZQ=='), dataKey, 'a brand new passphrase', TEST_KDF);
    expect(next.wraps.map((w) => w.kind)).toStrictEqual(['recovery', 'keychain', 'passphrase']);
    expect(sameKey(unlockWithPassphrase(next, 'a brand new passphrase'), dataKey)).toBe(true);
    expect(() => unlockWithPassphrase(next, TEST_PASSPHRASE)).toThrow(WRONG_SECRET);
    expect(sameKey(unlockWithRecoveryCode(next, recoveryCode), dataKey)).toBe(true);
    expect(next.createdAt).toBe(file.createdAt);
  });

  it('a new recovery code opens the same key, the old one stops, and the passphrase still works', () => {
    const { file, dataKey, recoveryCode } = createKeys(TEST_PASSPHRASE, TEST_KDF);
    const next = rewrapRecoveryCode(file, dataKey, TEST_KDF);
    expect(next.recoveryCode).toMatch(CODE);
    expect(next.recoveryCode).not.toBe(recoveryCode);
    expect(next.file.wraps.map((w) => w.kind)).toStrictEqual(['passphrase', 'recovery']);
    expect(sameKey(unlockWithRecoveryCode(next.file, next.recoveryCode), dataKey)).toBe(true);
    expect(() => unlockWithRecoveryCode(next.file, recoveryCode)).toThrow(WRONG_RECOVERY);
    expect(sameKey(unlockWithPassphrase(next.file, TEST_PASSPHRASE), dataKey)).toBe(true);
  });

  it('the keychain wrapping is one at most, read back as it was written, and removed alone', () => {
    const { file } = createKeys(TEST_PASSPHRASE, TEST_KDF);
    expect(keychainWrap(file)).toBeNull();
    const once = withKeychainWrap(file, 'Zmlyc3Q=');
    const twice = withKeychainWrap(once, 'c2Vjb25k');
    expect(keychainWrap(twice)).toBe('c2Vjb25k');
    expect(twice.wraps.filter((w) => w.kind === 'keychain')).toHaveLength(1);
    const without = withoutKeychainWrap(twice);
    expect(keychainWrap(without)).toBeNull();
    expect(without.wraps.map((w) => w.kind)).toStrictEqual(['passphrase', 'recovery']);
  });

  it('compares keys of different lengths as different, and equal bytes as the same', () => {
    const key = randomBytes(32);
    expect(sameKey(key, Buffer.from(key))).toBe(true);
    expect(sameKey(key, key.subarray(0, 31))).toBe(false);
    const other = Buffer.from(key);
    other[31] = other[31]! ^ 1;
    expect(sameKey(key, other)).toBe(false);
  });
});
