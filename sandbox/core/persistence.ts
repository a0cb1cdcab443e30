import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync, mkdirSync } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import type { SandboxState } from './state';

/** The state file exists but cannot be used; the message says which file and what to do. */
export class CorruptStateError extends Error {
  constructor(path: string, reason: string) {
    super(`The sandbox state file ${path} is not valid (${reason}). Move it aside or start with --reset to begin again.`);
    this.name = 'CorruptStateError';
  }
}

/** Reads the state file; undefined when it does not exist. */
export function loadState(path: string): SandboxState | undefined {
  if (!existsSync(path)) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new CorruptStateError(path, (e as Error).message);
  }
  const s = parsed as Partial<SandboxState> | null;
  if (!s || s.version !== 1 || !s.account || !s.iam) throw new CorruptStateError(path, 'not a sandbox state document');
  return s as SandboxState;
}

/**
 * Writes the whole state so that a crash at any moment leaves either the old or the new file:
 * write a temp file, fsync it, rename it over the target, fsync the directory.
 */
export function saveState(path: string, state: SandboxState): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, JSON.stringify(state));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  try {
    const dfd = openSync(dir, 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    // Some platforms cannot open a directory for fsync; the rename is still atomic there.
  }
}
