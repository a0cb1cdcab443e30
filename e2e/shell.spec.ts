import { mkdirSync } from 'node:fs';
import { test, expect } from './fixtures/app-fixture';

const sections = ['Connections', 'Identity providers', 'Roles', 'MFA', 'Groups', 'Identity Center', 'Activity'];

test('the shell shows every section and says clearly when there is no connection', async ({ app }) => {
  const { page } = app;
  await expect(page.getByTestId('connection-indicator')).toHaveText('No connection');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  for (const name of sections) {
    await nav.getByRole('link', { name: new RegExp(`^${name}`) }).click();
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
  await nav.getByRole('link', { name: /^Roles/ }).click();
  await expect(page.getByTestId('no-connection')).toBeVisible();
});

test('connecting to the sandbox shows the account, alias, partition and MFA state in the header', async ({ app }) => {
  const { page, sandbox } = app;
  await app.connectSandbox();
  const header = page.getByTestId('connection-indicator');
  await expect(header.getByText('Sandbox', { exact: true })).toBeVisible();
  await expect(page.getByTestId('account-label')).toContainText(sandbox.accountId);
  await expect(page.getByTestId('partition')).toHaveText('aws');
  await expect(page.getByTestId('mfa-session')).toHaveText(/No MFA session|MFA session/);
  // The README's picture; committed only when asked (`npm run docs:screenshots`).
  const dir = process.env.PORTCULLIS_UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screens/docs';
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/portcullis.png` });
});

test('a page opened without its token says how to open it properly', async ({ browser, app }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(app.url.replace(/#token=.*/, ''));
  await expect(page.getByRole('alert').filter({ hasText: 'cannot reach its backend' })).toContainText('#token=');
  await context.close();
});
