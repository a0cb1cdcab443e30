import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Finds a Chromium for the e2e suite: PORTCULLIS_CHROMIUM, then Playwright's own download,
 * then Debian's /usr/bin/chromium. Throws with the install command when there is none.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.PORTCULLIS_CHROMIUM, safePlaywrightPath(), '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((p): p is string => Boolean(p) && existsSync(p!));
  if (!found) {
    throw new Error(
      'No Chromium found for the end-to-end tests. Install one with `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
        'or set PORTCULLIS_CHROMIUM to the path of a Chromium or Chrome executable.',
    );
  }
  return found;
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
