import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';

// Runs only where the Electron binary was fetched (`npx install-electron`); the chromium
// project covers the same renderer through the web host everywhere else.
const root = resolve(import.meta.dirname, '../..');
const mainBundle = join(root, 'out/main/main.cjs');
const executablePath = electronExecutable();

/** The fetched Electron executable, found without `require('electron')`, which would try to download it. */
function electronExecutable(): string | undefined {
  const packageDir = join(createRequire(import.meta.url).resolve('electron/package.json'), '..');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const candidate = process.env.ELECTRON_OVERRIDE_DIST_PATH ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative) : join(packageDir, 'dist', relative);
  return existsSync(candidate) ? candidate : undefined;
}

test.skip(!executablePath, 'The Electron binary is not installed here (run `npx install-electron` where the network allows).');

let app: ElectronApplication;
let page: Page;
let dataDir: string;

test.beforeAll(async () => {
  expect(existsSync(mainBundle), 'Run `npm run build` before the Electron e2e tests.').toBe(true);
  dataDir = mkdtempSync(join(tmpdir(), 'portcullis-electron-e2e-'));
  // Chromium's setuid sandbox cannot start as root (containers); everywhere else it stays on.
  const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  app = await electron.launch({
    executablePath: executablePath!,
    args: [...rootOnly, mainBundle],
    cwd: root,
    env: { ...process.env, PORTCULLIS_DATA_DIR: dataDir },
  });
  page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
});

test.afterAll(async () => {
  await app?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

test('the desktop window shows the shell from app:// with the CSP', async () => {
  await expect(page).toHaveTitle('Portcullis');
  expect(page.url()).toMatch(/^app:\/\/portcullis\//);
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await expect(page.getByTestId('connection-indicator')).toHaveText('No connection');
  const csp = await page.evaluate(async () => (await fetch('app://portcullis/index.html')).headers.get('content-security-policy'));
  expect(csp).toContain("default-src 'none'");
});

test('the window runs sandboxed and isolated, and the page sees only the contract bridge', async () => {
  expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    host: (window as unknown as { portcullis: { host: string } }).portcullis.host,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', host: 'desktop' });
  const info = await page.evaluate(() => (window as unknown as { portcullis: Record<string, (a: object) => Promise<unknown>> }).portcullis['app.info']!({}));
  expect(info).toMatchObject({ ok: true, value: { host: 'desktop', name: 'Portcullis' } });
});

test('window.open and navigation away from the app are refused', async () => {
  const opened = await page.evaluate(() => window.open('https://attacker.example/') === null);
  expect(opened).toBe(true);
  await page.evaluate(() => {
    window.location.href = 'https://attacker.example/';
  });
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/portcullis\//);
  expect(app.windows()).toHaveLength(1);
});
