/**
 * The desktop's keychain: Electron's safeStorage async API, which wraps the data key with a key the
 * operating system keeps (macOS Keychain, Windows DPAPI, the Secret Service or KWallet on Linux). On Linux
 * the `basic_text` backend uses a key hard-coded in Chromium, which protects nothing, so it counts as no
 * keychain: the person is asked for a passphrase instead. Electron stays out of this module (the entry
 * passes safeStorage in), so tests use a fake.
 */
import { createKeys, keychainWrap, readKeyFile, withKeychainWrap } from './keyring';
import type { Secret } from './unlock';

export interface SafeStorageLike {
  isAsyncEncryptionAvailable: () => Promise<boolean>;
  encryptStringAsync: (plainText: string) => Promise<Buffer>;
  decryptStringAsync: (encrypted: Buffer) => Promise<{ result: string; shouldReEncrypt: boolean }>;
  getSelectedStorageBackend?: () => string;
}

/** Whether the keychain can protect the key here (false for Linux's basic_text, or when it refuses). */
export async function keychainUsable(safeStorage: SafeStorageLike, platform: NodeJS.Platform): Promise<boolean> {
  try {
    if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
    if (platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') return false;
    return true;
  } catch {
    return false;
  }
}

/**
 * The secret the keychain gives for this folder: the unwrapped data key of a folder it already protects,
 * or a new key (wrapped by the keychain and a recovery code) for a folder without protection yet.
 * Null when the keychain cannot help (unusable, refuses, or the folder is protected by a passphrase only).
 */
export async function secretFromKeychain(
  dataDir: string,
  safeStorage: SafeStorageLike,
  platform: NodeJS.Platform,
): Promise<Secret | null> {
  if (!(await keychainUsable(safeStorage, platform))) return null;
  const keys = readKeyFile(dataDir);
  try {
    if (keys) {
      const wrapped = keychainWrap(keys);
      if (!wrapped) return null;
      const { result } = await safeStorage.decryptStringAsync(Buffer.from(wrapped, 'base64'));
      const dataKey = Buffer.from(result, 'hex');
      return dataKey.length === 32 ? { dataKey } : null;
    }
    const created = createKeys(null);
    const wrapped = await safeStorage.encryptStringAsync(created.dataKey.toString('hex'));
    return {
      dataKey: created.dataKey,
      setup: { file: withKeychainWrap(created.file, wrapped.toString('base64')), recoveryCode: created.recoveryCode },
    };
  } catch (error) {
    console.error('[someday] the keychain refused:', error instanceof Error ? error.message : error);
    return null;
  }
}
