/** How secrets are kept on this host, as the UI explains it. */
export type SecretStorageKind = 'os-keychain' | 'basic-text-opt-in' | 'memory-only' | 'unavailable';

/** Keeps secrets (saved access keys) encrypted at rest, or only in memory. */
export interface SecretStore {
  readonly kind: SecretStorageKind;
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
  delete(key: string): Promise<void>;
  keys(): Promise<string[]>;
  /** True when saving is refused only until the user accepts Linux `basic_text` storage. */
  readonly needsBasicTextOptIn?: boolean;
  /** Records the user's consent (or its withdrawal) to `basic_text` storage. */
  setBasicTextOptIn?(allow: boolean): Promise<void>;
}

/** A store that forgets everything when the process ends (browser mode, tests). */
export class MemorySecretStore implements SecretStore {
  readonly kind = 'memory-only' as const;
  private readonly values = new Map<string, string>();

  async get(key: string): Promise<string | undefined> {
    return this.values.get(key);
  }
  async set(key: string, value: string): Promise<void> {
    this.values.set(key, value);
  }
  async delete(key: string): Promise<void> {
    this.values.delete(key);
  }
  async keys(): Promise<string[]> {
    return [...this.values.keys()];
  }
}
