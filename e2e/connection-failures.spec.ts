import { CreateAccessKeyCommand, CreateUserCommand } from '@aws-sdk/client-iam';
import { test, expect } from './fixtures/app-fixture';

test('keys with a wrong secret are refused with the reason and what to check', async ({ app }) => {
  const { page } = app;
  await app.clients.iam.send(new CreateUserCommand({ UserName: 'typo-tom' }));
  const { AccessKey } = await app.clients.iam.send(new CreateAccessKeyCommand({ UserName: 'typo-tom' }));
  const secret = AccessKey?.SecretAccessKey ?? '';
  const wrongSecret = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;

  await page.goto(app.url.replace(/#.*/, '#/connections'));
  await page.getByRole('button', { name: 'Add access keys' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add access keys' });
  await dialog.getByLabel('Name').fill('tom with a typo');
  await dialog.getByLabel('Access key ID').fill(AccessKey?.AccessKeyId ?? '');
  await dialog.getByLabel('Secret access key').fill(wrongSecret);
  await dialog.getByLabel('Custom endpoint (optional)').fill(app.sandbox.endpoint);
  await dialog.getByRole('button', { name: 'Save keys' }).click();
  await expect(dialog).toBeHidden();

  await page.getByTestId(/^connection-keys:/).getByRole('button', { name: 'Connect' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'Could not connect' });
  await expect(alert).toContainText('signature we calculated does not match');
  await expect(alert).toContainText('Check the secret access key');
  await expect(alert).toContainText('SignatureDoesNotMatch');
  await expect(page.getByTestId('connection-indicator')).toHaveText(/Connection failed/i);
});

test('the app rides out AWS throttling: with a fifth of calls throttled, users still list', async ({ app }) => {
  const { page } = app;
  await app.connectSandbox();
  app.sandbox.faults.configure({ throttleRate: 0.2, seed: 7 });
  await page.goto(app.url.replace(/#.*/, '#/mfa'));
  // Adaptive retry backs off on Throttling, so the page takes longer but gets there.
  await expect(page.getByRole('cell', { name: 'ahmed.hassan', exact: true }).first()).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('no MFA').first()).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  app.sandbox.faults.clear();
});
