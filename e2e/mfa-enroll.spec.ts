import { CreateVirtualMFADeviceCommand, ListMFADevicesCommand, ListVirtualMFADevicesCommand } from '@aws-sdk/client-iam';
import jsQR from 'jsqr';
import * as OTPAuth from 'otpauth';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/app-fixture';

/** Reads the QR code on the page as a phone would: decode the PNG, then parse the otpauth URI. */
async function scanQr(page: Page): Promise<OTPAuth.TOTP> {
  const src = await page.getByRole('img', { name: /^QR code for / }).getAttribute('src');
  expect(src).toMatch(/^data:image\/png;base64,/);
  const png = PNG.sync.read(Buffer.from(src!.split(',')[1]!, 'base64'));
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  expect(decoded, 'the QR code should be readable').not.toBeNull();
  const otp = OTPAuth.URI.parse(decoded!.data);
  expect(otp).toBeInstanceOf(OTPAuth.TOTP);
  return otp as OTPAuth.TOTP;
}

/** A six-digit code that is valid in no window near now. */
function wrongCode(totp: OTPAuth.TOTP): string {
  const near = new Set(Array.from({ length: 101 }, (_, i) => totp.generate({ timestamp: Date.now() + (i - 50) * 30_000 })));
  for (let n = 123456; ; n = (n + 7919) % 1_000_000) {
    const code = String(n).padStart(6, '0');
    if (!near.has(code)) return code;
  }
}

async function openEnrollment(page: Page, userName: string): Promise<void> {
  await page.goto(page.url().replace(/#.*$/, '#/mfa/users'));
  await page.getByLabel('Search users').fill(userName);
  await page.getByRole('button', { name: `Enroll MFA device for ${userName}` }).click();
  await expect(page.getByLabel('Device name')).toHaveValue(userName);
  await page.getByRole('button', { name: 'Create device and show QR code' }).click();
}

/** Types two codes the way an admin must: the second field opens only in the next 30-second window. */
async function enterCodes(page: Page, code1: string, code2: string): Promise<void> {
  await page.getByLabel('First code').fill(code1);
  await expect(page.getByLabel('Second code')).toBeDisabled();
  await page.clock.fastForward(30_000);
  await expect(page.getByLabel('Second code')).toBeEnabled();
  await page.getByLabel('Second code').fill(code2);
}

test('enrolls a virtual MFA device by scanning the QR code, recovering from a wrong code', async ({ app }) => {
  const { page } = app;
  await page.clock.install();
  await app.connectSandbox();
  await openEnrollment(page, 'james.smith');

  const totp = await scanQr(page);
  expect(totp.issuer).toBe('Amazon Web Services');
  expect(totp.label).toContain('james.smith@');
  await expect(page.getByTestId('mfa-secret')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal secret key' }).click();
  await expect(page.getByTestId('mfa-secret')).toHaveText(totp.secret.base32.replace(/(.{4})/g, '$1 ').trim());
  await expect(page.getByTestId('totp-window')).toContainText(/next code appears in \d+ s/);
  await page.screenshot({ path: 'test-results/screens/mfa-enroll-scan.png', fullPage: true });

  // Exporting the QR for a remote user warns that the file is a secret first.
  await page.getByRole('button', { name: 'Export QR as PNG' }).click();
  await expect(page.getByRole('dialog')).toContainText('This file is a secret');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save secret QR code as PNG' }).click();
  expect((await download).suggestedFilename()).toBe('mfa-james.smith.png');

  // A wrong first code is named as such, and the same device can be retried.
  await enterCodes(page, wrongCode(totp), totp.generate({ timestamp: Date.now() + 30_000 }));
  await page.getByRole('button', { name: 'Enable MFA device' }).click();
  await expect(page.getByText('The first code is not valid for this device.')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/mfa-enroll-wrong-code.png', fullPage: true });

  const now = Date.now();
  await enterCodes(page, totp.generate({ timestamp: now }), totp.generate({ timestamp: now + 30_000 }));
  await page.getByRole('button', { name: 'Enable MFA device' }).click();
  await expect(page.getByTestId('enrollment-done')).toContainText('The device james.smith is now enabled for user james.smith');
  await expect(page.getByRole('listitem').filter({ hasText: 'new' })).toContainText('james.smith');
  await page.screenshot({ path: 'test-results/screens/mfa-enroll-done.png', fullPage: true });

  const listed = await app.clients.iam.send(new ListMFADevicesCommand({ UserName: 'james.smith' }));
  expect(listed.MFADevices?.map((d) => d.SerialNumber)).toEqual([`arn:aws:iam::${app.sandbox.accountId}:mfa/james.smith`]);
  expect(app.logs.join('\n')).not.toContain(totp.secret.base32);

  // The user list shows the new device.
  await page.getByRole('button', { name: 'Back to users' }).click();
  await page.getByLabel('Search users').fill('james.smith');
  await expect(page.getByRole('row', { name: /james\.smith/ })).not.toContainText('no MFA');

  // Manage the device: resync with two later codes, then deactivate and delete it.
  await page.getByRole('cell', { name: 'james.smith' }).first().click();
  const devices = page.getByTestId('devices-of-james.smith');
  await expect(devices).toContainText('aws sts get-session-token --serial-number arn:aws:iam::');
  await devices.getByRole('button', { name: 'Resync james.smith' }).click();
  const dialog = page.getByRole('dialog');
  const later = Date.now() + 60_000;
  await enterCodes(page, totp.generate({ timestamp: later }), totp.generate({ timestamp: later + 30_000 }));
  await dialog.getByRole('button', { name: 'Resync james.smith' }).click();
  await expect(dialog).toContainText('is in sync again');
  await dialog.getByRole('button', { name: 'Done' }).click();

  await devices.getByRole('button', { name: 'Deactivate james.smith' }).click();
  await expect(page.getByRole('dialog')).toContainText('james.smith will have no MFA device left');
  await page.screenshot({ path: 'test-results/screens/mfa-deactivate-plan.png', fullPage: true });
  await page.getByRole('dialog').getByRole('button', { name: 'Deactivate james.smith for james.smith' }).click();
  await expect(page.getByTestId('plan-result')).toBeVisible();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(devices).toContainText('james.smith has no MFA device');
  const after = await app.clients.iam.send(new ListMFADevicesCommand({ UserName: 'james.smith' }));
  expect(after.MFADevices ?? []).toHaveLength(0);
  const virtual = await app.clients.iam.send(new ListVirtualMFADevicesCommand({}));
  expect(virtual.VirtualMFADevices?.map((d) => d.SerialNumber)).not.toContain(`arn:aws:iam::${app.sandbox.accountId}:mfa/james.smith`);
});

test('cancelling an enrollment leaves no unassigned device behind', async ({ app }) => {
  const { page } = app;
  await app.connectSandbox();
  await openEnrollment(page, 'noah.johnson');
  await expect(page.getByRole('img', { name: /^QR code for / })).toBeVisible();
  const during = await app.clients.iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Unassigned' }));
  expect(during.VirtualMFADevices?.map((d) => d.SerialNumber)).toContain(`arn:aws:iam::${app.sandbox.accountId}:mfa/noah.johnson`);

  await page.getByRole('button', { name: 'Cancel enrollment and delete device' }).click();
  await expect(page.getByLabel('Search users')).toBeVisible();
  await expect
    .poll(async () => (await app.clients.iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Unassigned' }))).VirtualMFADevices?.map((d) => d.SerialNumber))
    .not.toContain(`arn:aws:iam::${app.sandbox.accountId}:mfa/noah.johnson`);

  // Leaving the wizard another way (navigating elsewhere) cancels it too.
  await openEnrollment(page, 'noah.johnson');
  await expect(page.getByRole('img', { name: /^QR code for / })).toBeVisible();
  await page.getByRole('link', { name: /^Groups/ }).click();
  await expect
    .poll(async () => (await app.clients.iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Unassigned' }))).VirtualMFADevices?.length ?? 0)
    .toBe(0);
});

test('offers to clean up unassigned devices left by earlier attempts', async ({ app }) => {
  const { page } = app;
  await app.clients.iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'lucas.martin' }));
  await app.connectSandbox();
  await page.goto(page.url().replace(/#.*$/, '#/mfa/users'));
  await expect(page.getByTestId('unassigned-devices')).toContainText('lucas.martin');
  await expect(page.getByRole('row', { name: /maria\.garcia/ })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/mfa-users.png', fullPage: true });

  // The leftover blocks enrolling under the same name, and the error says why.
  await openEnrollment(page, 'lucas.martin');
  await expect(page.getByText(/unassigned device named lucas\.martin is left from an earlier enrollment/)).toBeVisible();

  await page.getByRole('button', { name: 'Clean up unassigned devices' }).click();
  await page.getByRole('button', { name: 'Delete 1 unassigned device' }).click();
  await expect(page.getByTestId('plan-result')).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/mfa-cleanup-done.png', fullPage: true });
  const left = await app.clients.iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Unassigned' }));
  expect(left.VirtualMFADevices ?? []).toHaveLength(0);
});
