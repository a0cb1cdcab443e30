import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * Custom endpoints the user set per connection (LocalStack, moto, a separate sandbox). Not
 * secret, so a plain JSON file in the data directory, or memory only without one.
 */
export class EndpointOverrides {
  private values: Record<string, string> | undefined;

  constructor(private readonly filePath: string | null) {}

  async get(connectionId: string): Promise<string | undefined> {
    return (await this.load())[connectionId];
  }

  async set(connectionId: string, endpoint: string | null): Promise<void> {
    const values = { ...(await this.load()) };
    if (endpoint === null) delete values[connectionId];
    else values[connectionId] = endpoint;
    this.values = values;
    if (!this.filePath) return;
    await mkdir(dirname(this.filePath), { recursive: true });
    const temporary = `${this.filePath}.${process.pid}.tmp`;
    await writeFile(temporary, `${JSON.stringify(values, null, 2)}\n`, { mode: 0o600 });
    await rename(temporary, this.filePath);
  }

  private async load(): Promise<Record<string, string>> {
    if (this.values) return this.values;
    this.values = {};
    if (!this.filePath) return this.values;
    try {
      const parsed: unknown = JSON.parse(await readFile(this.filePath, 'utf8'));
      if (parsed && typeof parsed === 'object') {
        for (const [k, v] of Object.entries(parsed)) if (typeof v === 'string') this.values[k] = v;
      }
    } catch {
      // A missing or damaged file means no overrides; the user can set them again.
    }
    return this.values;
  }
}
