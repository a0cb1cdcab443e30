import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import type { ConnectionSummary } from '../../../shared/model/connection';
import { PortcullisError } from '../core/portcullis-error';
import { maskAccessKeyId } from '../core/redaction';
import type { SecretStore } from '../core/secret-store';
import type { ConnectionSource, OpenedSource } from './connection-source';

const prefix = 'access-keys/';

const SavedKeysSchema = z.object({
  label: z.string(),
  accessKeyId: z.string(),
  secretAccessKey: z.string(),
  region: z.string(),
  endpoint: z.string().optional(),
});
type SavedKeys = z.infer<typeof SavedKeysSchema>;

/** What the user entered to save keys in the app. */
export type NewAccessKeys = SavedKeys;

/** Access keys entered in the app, kept in the SecretStore (encrypted, or memory only in browser mode). */
export class SavedAccessKeys {
  constructor(private readonly store: SecretStore) {}

  /** Saves the keys and returns the connection that uses them. */
  async save(keys: NewAccessKeys): Promise<ConnectionSource> {
    if (this.store.kind === 'unavailable') {
      throw new PortcullisError('UNSUPPORTED', 'This computer offers no encrypted storage for access keys, so Portcullis will not save them.', {
        remedy: 'Install and unlock a system keyring (GNOME Keyring or KWallet), or allow weak storage in Settings, or use a profile in ~/.aws/credentials.',
      });
    }
    const id = randomBytes(6).toString('hex');
    await this.store.set(`${prefix}${id}`, JSON.stringify(SavedKeysSchema.parse(keys)));
    return this.source(id, keys);
  }

  /** Forgets the keys of a connection id; false when there were none. */
  async remove(connectionId: string): Promise<boolean> {
    const id = savedKeysIdOf(connectionId);
    if (!id || (await this.store.get(`${prefix}${id}`)) === undefined) return false;
    await this.store.delete(`${prefix}${id}`);
    return true;
  }

  /** One connection per saved set of keys; none when the store cannot be read. */
  async sources(): Promise<ConnectionSource[]> {
    if (this.store.kind === 'unavailable') return [];
    const out: ConnectionSource[] = [];
    for (const key of (await this.store.keys()).filter((k) => k.startsWith(prefix)).sort()) {
      const raw = await this.store.get(key);
      const parsed = raw === undefined ? undefined : SavedKeysSchema.safeParse(safeJson(raw));
      if (parsed?.success) out.push(this.source(key.slice(prefix.length), parsed.data));
    }
    return out;
  }

  private source(id: string, keys: SavedKeys): ConnectionSource {
    const summary: ConnectionSummary = {
      id: `keys:${id}`,
      kind: 'access-keys',
      label: keys.label,
      detail: `Access keys ${maskAccessKeyId(keys.accessKeyId)} saved in Portcullis${this.store.kind === 'memory-only' ? ' for this run only' : ''}`,
      region: keys.region,
      ...(keys.endpoint ? { endpoint: keys.endpoint } : {}),
      isSandbox: false,
      memoryOnly: this.store.kind === 'memory-only',
      removable: true,
    };
    return {
      summary,
      async open({ endpoint }): Promise<OpenedSource> {
        const chosen = endpoint ?? keys.endpoint;
        return {
          region: keys.region,
          ...(chosen ? { endpoint: chosen } : {}),
          credentials: { accessKeyId: keys.accessKeyId, secretAccessKey: keys.secretAccessKey },
          renewable: true,
        };
      },
    };
  }
}

/** The store id inside a `keys:<id>` connection id. */
export function savedKeysIdOf(connectionId: string): string | undefined {
  return /^keys:([0-9a-f]{12})$/.exec(connectionId)?.[1];
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
