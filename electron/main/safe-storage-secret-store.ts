import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PortcullisError } from '../services/core/portcullis-error';
import type { SecretStorageKind, SecretStore } from '../services/core/secret-store';
import { readBasicTextOptIn, writeBasicTextOptIn } from './basic-text-opt-in';
import { writeFileAtomic } from './write-file-atomic';

/** The part of Electron's `safeStorage` the store uses (valid only after the app is ready). */
export interface SafeStoragePort {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  getSelectedStorageBackend(): string;
}

/** Where the encrypted secrets live, inside userData. */
export const secretsFile = 'secrets.json';

interface SecretsFileContent {
  readonly format: 1;
  readonly entries: Record<string, string>;
}

/**
 * Saved secrets encrypted with the OS keychain through `safeStorage`, as base64 ciphertext in
 * a 0600 JSON file. On Linux without a keyring (`basic_text`) the encryption key is a fixed
 * string, so the store refuses to save or read until the user opts in.
 */
export class SafeStorageSecretStore implements SecretStore {
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly safeStorage: SafeStoragePort,
    private readonly dataDir: string,
    private readonly isBasicText: boolean,
    private optedIn: boolean,
  ) {}

  /** Opens the store in `dataDir`; call after the app is ready. */
  static async open(options: { safeStorage: SafeStoragePort; dataDir: string; platform?: NodeJS.Platform }): Promise<SafeStorageSecretStore> {
    const platform = options.platform ?? process.platform;
    const isBasicText = platform === 'linux' && options.safeStorage.getSelectedStorageBackend() === 'basic_text';
    return new SafeStorageSecretStore(options.safeStorage, options.dataDir, isBasicText, await readBasicTextOptIn(options.dataDir));
  }

  get kind(): SecretStorageKind {
    if (!this.safeStorage.isEncryptionAvailable()) return 'unavailable';
    if (this.isBasicText) return this.optedIn ? 'basic-text-opt-in' : 'unavailable';
    return 'os-keychain';
  }

  /** Whether the only thing missing is the user's consent to `basic_text` storage. */
  get needsBasicTextOptIn(): boolean {
    return this.isBasicText && !this.optedIn && this.safeStorage.isEncryptionAvailable();
  }

  /** Records the user's consent (or its withdrawal) to store secrets under `basic_text`. */
  async setBasicTextOptIn(allow: boolean): Promise<void> {
    await writeBasicTextOptIn(this.dataDir, allow);
    this.optedIn = allow;
  }

  async get(key: string): Promise<string | undefined> {
    this.assertUsable();
    const encrypted = (await this.read()).entries[key];
    if (encrypted === undefined) return undefined;
    try {
      return this.safeStorage.decryptString(Buffer.from(encrypted, 'base64'));
    } catch (error) {
      throw new PortcullisError('INVALID_CREDENTIALS', `The saved secret "${key}" can no longer be decrypted.`, {
        remedy: 'The system keyring changed since it was saved. Enter the credentials again.',
        cause: error,
      });
    }
  }

  async set(key: string, value: string): Promise<void> {
    this.assertUsable();
    const encrypted = this.safeStorage.encryptString(value).toString('base64');
    await this.update((entries) => ({ ...entries, [key]: encrypted }));
  }

  async delete(key: string): Promise<void> {
    // Forgetting a secret is always allowed, even when new ones cannot be saved.
    await this.update((entries) => Object.fromEntries(Object.entries(entries).filter(([name]) => name !== key)));
  }

  async keys(): Promise<string[]> {
    return Object.keys((await this.read()).entries);
  }

  private assertUsable(): void {
    if (this.kind !== 'unavailable') return;
    if (this.needsBasicTextOptIn) {
      throw new PortcullisError('UNSUPPORTED', 'No system keyring is running, so saved keys would be protected only by a fixed, publicly known password.', {
        remedy: 'Start GNOME Keyring or KWallet and restart Portcullis, allow weak storage in Settings, or use a profile or SSO login instead of saved keys.',
      });
    }
    throw new PortcullisError('UNSUPPORTED', 'This system offers no encryption for saved keys, so Portcullis does not save them.', {
      remedy: 'Use a profile from ~/.aws/config or an SSO login instead of saved keys.',
    });
  }

  private async read(): Promise<SecretsFileContent> {
    let text: string;
    try {
      text = await readFile(join(this.dataDir, secretsFile), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { format: 1, entries: {} };
      throw error;
    }
    const parsed: unknown = JSON.parse(text);
    const entries = (parsed as { entries?: unknown } | null)?.entries;
    if (typeof entries !== 'object' || entries === null) return { format: 1, entries: {} };
    return { format: 1, entries: Object.fromEntries(Object.entries(entries).filter((e): e is [string, string] => typeof e[1] === 'string')) };
  }

  // Writes are serialised so two concurrent saves cannot lose each other's entry.
  private update(change: (entries: Record<string, string>) => Record<string, string>): Promise<void> {
    const next = this.queue.then(async () => {
      const current = await this.read();
      const content: SecretsFileContent = { format: 1, entries: change(current.entries) };
      await writeFileAtomic(join(this.dataDir, secretsFile), `${JSON.stringify(content, null, 2)}\n`);
    });
    this.queue = next.catch(() => undefined);
    return next;
  }
}
