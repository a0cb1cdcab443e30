import { GetAccountAuthorizationDetailsCommand, type IAMClient } from '@aws-sdk/client-iam';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/app-fixture';

/** Skips visibly while the sandbox does not serve GetAccountAuthorizationDetails (the groups and audit pages read it). */
async function skipWithoutAuthorizationDetails(iam: IAMClient): Promise<void> {
  const error = await iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: ['Group'], MaxItems: 1 })).then(() => undefined, (e: unknown) => e as { name?: string });
  test.skip(error?.name === 'InvalidAction', 'The sandbox does not serve iam:GetAccountAuthorizationDetails yet.');
}


test.use({ sandboxSeed: 'scale' });

test('audits MFA coverage of 5,000 users and 300 groups with fewer AWS calls than groups + 10', async ({ app }) => {
  const { page } = app;
  await skipWithoutAuthorizationDetails(app.clients.iam);
  await app.connectSandbox();
  await page.goto(page.url().replace(/#.*$/, '#/mfa/audit'));
  await page.getByRole('button', { name: 'Run the audit' }).click();

  const calls = page.getByTestId('audit-calls');
  await expect(calls).toContainText(/answered with \d+ AWS calls/, { timeout: 60_000 });
  const text = (await calls.textContent())!;
  const [, users, groups, count] = /(\d+) users and (\d+) groups, answered with (\d+) AWS calls/.exec(text)!;
  expect(Number(users)).toBe(5000);
  expect(Number(groups)).toBe(300);
  expect(Number(count)).toBeLessThan(Number(groups) + 10);

  await expect(page.getByLabel('Root account MFA')).toBeVisible();
  await expect(page.getByRole('row', { name: /PowerUserAccess attached/ }).first()).toBeVisible();

  // The user table renders only the rows in view, however many match.
  await page.locator('label', { hasText: /^All users$/ }).click();
  await expect(page.getByText('5000 of 5000 users shown')).toBeVisible();
  const table = page.getByRole('table', { name: 'Users by MFA finding' });
  expect(await table.getByRole('row').count()).toBeLessThan(60);

  await page.locator('label', { hasText: /^Console, no MFA$/ }).click();
  await expect(table.getByRole('row').nth(1).getByRole('cell').nth(2)).toHaveText('password');
  await expect(table.getByRole('row').nth(1)).toContainText('console');
  await page.getByLabel('Filter by user name').fill('alex.smith');
  await expect(table.getByRole('row').nth(1)).toContainText('alex.smith');
  await page.screenshot({ path: 'test-results/screens/mfa-audit-scale.png', fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Export \d+ rows as CSV$/ }).click();
  const csv = await readFile((await (await download).path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('user,arn,mfa_active,password_enabled,password_last_used,active_access_keys,access_key_last_used,groups,privileged_groups,findings');
  expect(csv).toContain('alex.smith');
});
