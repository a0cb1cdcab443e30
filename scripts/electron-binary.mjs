// Finds the Electron executable without triggering the electron package's own download.
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { createRequire } from 'node:module';

/** The Electron executable's path, or undefined when the binary was never fetched. */
export function findElectronBinary() {
  let dir;
  try {
    dir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return undefined;
  }
  const pathFile = join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron');
    return existsSync(candidate) ? candidate : undefined;
  }
  if (!relative) return undefined;
  const candidate = join(dir, 'dist', relative);
  return existsSync(candidate) ? candidate : undefined;
}
