import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './write-file-atomic';

/** The settings file, in userData, that remembers the user's choice about weak secret storage. */
export const secretStorageSettingsFile = 'secret-storage-settings.json';

/**
 * Whether the user accepted that saved keys are protected only by Chromium's built-in
 * password on Linux (`basic_text`), because no keyring is running. False until they say so.
 */
export async function readBasicTextOptIn(dataDir: string): Promise<boolean> {
  try {
    const settings: unknown = JSON.parse(await readFile(join(dataDir, secretStorageSettingsFile), 'utf8'));
    return typeof settings === 'object' && settings !== null && (settings as { allowBasicText?: unknown }).allowBasicText === true;
  } catch {
    return false;
  }
}

/** Records the user's choice so it survives restarts. */
export async function writeBasicTextOptIn(dataDir: string, allow: boolean): Promise<void> {
  await writeFileAtomic(join(dataDir, secretStorageSettingsFile), `${JSON.stringify({ allowBasicText: allow }, null, 2)}\n`);
}
