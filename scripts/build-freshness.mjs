// Tells whether out/ is older than the sources, so `npm start` builds only when needed.
import { readdirSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sourceDirs = ['shared', 'electron', 'sandbox', 'renderer'];
const sourceFiles = ['package.json', 'package-lock.json', 'vite.config.ts', 'scripts/build.mjs'];
const stamp = 'out/.build-stamp';

function newest(path) {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    max = Math.max(max, newest(join(path, entry)));
  }
  return max;
}

/** True when any source is newer than the last build. */
export function buildIsStale() {
  if (!existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  return [...sourceDirs, ...sourceFiles].some((p) => newest(p) > built);
}

/** Records that out/ matches the sources now. */
export function markBuilt() {
  writeFileSync(stamp, new Date().toISOString());
}
