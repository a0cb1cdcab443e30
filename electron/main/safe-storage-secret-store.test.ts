import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SafeStorageSecretStore, secretsFile, type SafeStoragePort } from './safe-storage-secret-store';

/** Encrypts for real (AES-GCM with a per-test key), like the OS keychain-backed safeStorage. */
function fakeSafeStorage(backend = 'gnome_libsecret', available = true): SafeStoragePort {
  const key = randomBytes(32);
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString(data) {
      const decipher = createDecipheriv('aes-256-gcm', key, data.subarray(0, 12));
      decipher.setAuthTag(data.subarray(12, 28));
      return Buffer.concat([decipher.update(data.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'portcullis-secrets-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('SafeStorageSecretStore', () => {
  it('round-trips a secret through the OS keychain and across restarts', async () => {
    const safeStorage = fakeSafeStorage();
    const store = await SafeStorageSecretStore.open({ safeStorage, dataDir: dir, platform: 'linux' });
    expect(store.kind).toBe('os-keychain');
    await store.set('prod/secretAccessKey', secret);
    expect(await store.get('prod/secretAccessKey')).toBe(secret);

    const reopened = await SafeStorageSecretStore.open({ safeStorage, dataDir: dir, platform: 'linux' });
    expect(await reopened.get('prod/secretAccessKey')).toBe(secret);
    expect(await reopened.keys()).toEqual(['prod/secretAccessKey']);
    expect(await reopened.get('missing')).toBeUndefined();
  });

  it('never writes the secret in clear, and keeps the file private to the user', async () => {
    const store = await SafeStorageSecretStore.open({ safeStorage: fakeSafeStorage(), dataDir: dir, platform: 'linux' });
    await store.set('prod/secretAccessKey', secret);
    const raw = await readFile(join(dir, secretsFile));
    expect(raw.toString('utf8')).not.toContain(secret);
    expect(raw.toString('latin1')).not.toContain(secret);
    expect(raw.toString('utf8')).not.toContain(Buffer.from(secret).toString('base64').slice(0, 20));
    if (process.platform !== 'win32') expect((await stat(join(dir, secretsFile))).mode & 0o777).toBe(0o600);
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps every entry when saves overlap, and forgets a deleted one', async () => {
    const store = await SafeStorageSecretStore.open({ safeStorage: fakeSafeStorage(), dataDir: dir, platform: 'darwin' });
    await Promise.all(['a', 'b', 'c', 'd'].map((name) => store.set(name, `${name}-value`)));
    expect((await store.keys()).sort()).toEqual(['a', 'b', 'c', 'd']);
    await store.delete('b');
    expect(await store.get('b')).toBeUndefined();
    expect(await store.get('c')).toBe('c-value');
  });

  it('refuses to save or read on Linux basic_text until the user opts in', async () => {
    const store = await SafeStorageSecretStore.open({ safeStorage: fakeSafeStorage('basic_text'), dataDir: dir, platform: 'linux' });
    expect(store.kind).toBe('unavailable');
    expect(store.needsBasicTextOptIn).toBe(true);
    await expect(store.set('prod/secretAccessKey', secret)).rejects.toMatchObject({ code: 'UNSUPPORTED', remedy: expect.stringContaining('Keyring') });
    await expect(store.get('prod/secretAccessKey')).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    await expect(readFile(join(dir, secretsFile))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('accepts basic_text after the opt-in, and remembers the opt-in after a restart', async () => {
    const safeStorage = fakeSafeStorage('basic_text');
    const store = await SafeStorageSecretStore.open({ safeStorage, dataDir: dir, platform: 'linux' });
    await store.setBasicTextOptIn(true);
    expect(store.kind).toBe('basic-text-opt-in');
    await store.set('prod/secretAccessKey', secret);

    const reopened = await SafeStorageSecretStore.open({ safeStorage, dataDir: dir, platform: 'linux' });
    expect(reopened.kind).toBe('basic-text-opt-in');
    expect(await reopened.get('prod/secretAccessKey')).toBe(secret);

    await reopened.setBasicTextOptIn(false);
    expect(reopened.kind).toBe('unavailable');
    await expect(reopened.get('prod/secretAccessKey')).rejects.toMatchObject({ code: 'UNSUPPORTED' });
  });

  it('is unavailable when the system offers no encryption at all', async () => {
    const store = await SafeStorageSecretStore.open({ safeStorage: fakeSafeStorage('unknown', false), dataDir: dir, platform: 'linux' });
    expect(store.kind).toBe('unavailable');
    expect(store.needsBasicTextOptIn).toBe(false);
    await expect(store.set('k', secret)).rejects.toMatchObject({ code: 'UNSUPPORTED', message: expect.stringContaining('no encryption') });
  });

  it('explains a secret that the keyring can no longer decrypt', async () => {
    const store = await SafeStorageSecretStore.open({ safeStorage: fakeSafeStorage(), dataDir: dir, platform: 'linux' });
    await store.set('k', secret);
    const otherKeyring = await SafeStorageSecretStore.open({ safeStorage: fakeSafeStorage(), dataDir: dir, platform: 'linux' });
    await expect(otherKeyring.get('k')).rejects.toMatchObject({ code: 'INVALID_CREDENTIALS', remedy: expect.stringContaining('again') });
  });
});
