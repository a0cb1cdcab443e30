import { describe, expect, it } from 'vitest';
import { MemorySecretStore, type SecretStore } from '../core/secret-store';
import { SavedAccessKeys } from './saved-access-keys';

const keys = { label: 'alice at prod', accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', region: 'eu-west-1' };

describe('access keys saved in the app', () => {
  it('lists saved keys with the key id masked and the secret nowhere in the summary', async () => {
    const saved = new SavedAccessKeys(new MemorySecretStore());
    const source = await saved.save(keys);
    const listed = (await saved.sources()).map((s) => s.summary);
    expect(listed).toEqual([source.summary]);
    expect(source.summary).toMatchObject({ kind: 'access-keys', label: 'alice at prod', region: 'eu-west-1', memoryOnly: true, removable: true });
    expect(source.summary.detail).toBe('Access keys AKIA…MPLE saved in Portcullis for this run only');
    expect(JSON.stringify(listed)).not.toContain(keys.secretAccessKey);
    expect(JSON.stringify(listed)).not.toContain(keys.accessKeyId);
    expect((await source.open({})).credentials).toEqual({ accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey });
  });

  it('forgets removed keys', async () => {
    const saved = new SavedAccessKeys(new MemorySecretStore());
    const source = await saved.save(keys);
    expect(await saved.remove(source.summary.id)).toBe(true);
    expect(await saved.sources()).toEqual([]);
    expect(await saved.remove(source.summary.id)).toBe(false);
  });

  it('refuses to save where the computer offers no encrypted storage', async () => {
    const store: SecretStore = Object.assign(new MemorySecretStore(), { kind: 'unavailable' as const });
    await expect(new SavedAccessKeys(store).save(keys)).rejects.toMatchObject({ code: 'UNSUPPORTED' });
    expect(await store.keys()).toEqual([]);
  });

  it('does not call keys kept by the keychain "this run only"', async () => {
    const store: SecretStore = Object.assign(new MemorySecretStore(), { kind: 'os-keychain' as const });
    const source = await new SavedAccessKeys(store).save(keys);
    expect(source.summary.memoryOnly).toBe(false);
    expect(source.summary.detail).toBe('Access keys AKIA…MPLE saved in Portcullis');
  });
});
