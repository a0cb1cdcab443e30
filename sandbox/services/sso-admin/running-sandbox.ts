import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the Identity Center SDK and CLI tests need from a running sandbox. */
export interface RunningSandbox {
  readonly endpoint: string;
  readonly region: string;
  readonly accountId: string;
  readonly credentials: { accessKeyId: string; secretAccessKey: string };
  close(): Promise<void> | void;
}

const entryPoint = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'index.ts');

/** True once the sandbox server entry point exists in this checkout. */
export const sandboxServerAvailable = existsSync(entryPoint);

/** Starts the sandbox on a random loopback port with a fresh state file and the given seed. */
export async function startSeededSandbox(seed: 'demo' | 'empty'): Promise<RunningSandbox> {
  // Imported by path so this helper builds before the server entry point lands.
  const module = (await import(/* @vite-ignore */ entryPoint)) as {
    startSandbox(options: { port: number; statePath: string; seed: string }): Promise<RunningSandbox>;
  };
  const statePath = join(mkdtempSync(join(tmpdir(), 'portcullis-ic-')), 'sandbox.json');
  return module.startSandbox({ port: 0, statePath, seed });
}
