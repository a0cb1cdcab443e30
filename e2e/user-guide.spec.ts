import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import * as OTPAuth from 'otpauth';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Locator, Page } from '@playwright/test';
import { createTestIdp } from '../sandbox/saml/test-idp';
import { CreateSAMLProviderCommand } from '@aws-sdk/client-iam';
import { expect, test } from './fixtures/app-fixture';

// Walks the main journeys on the demo sandbox and writes the screenshots of docs/user-guide.md.
// PORTCULLIS_UX_REVIEW=1 also walks them at 1024×768 and in dark mode, into test-results/ux-screens.

interface Variant {
  readonly name: string;
  readonly viewport: { width: number; height: number };
  readonly colorScheme: 'light' | 'dark';
  readonly dir: string;
}

// The committed images change only when asked (`npm run docs:screenshots`); a test run writes beside its results.
const guideDir = process.env.PORTCULLIS_UPDATE_SCREENSHOTS ? 'docs/screenshots' : 'test-results/screens/docs';
const guide: Variant = { name: 'guide', viewport: { width: 1280, height: 800 }, colorScheme: 'light', dir: guideDir };
const review: Variant[] = [
  { name: 'large-light', viewport: { width: 1400, height: 900 }, colorScheme: 'light', dir: 'test-results/ux-screens/large-light' },
  { name: 'large-dark', viewport: { width: 1400, height: 900 }, colorScheme: 'dark', dir: 'test-results/ux-screens/large-dark' },
  { name: 'small-light', viewport: { width: 1024, height: 768 }, colorScheme: 'light', dir: 'test-results/ux-screens/small-light' },
  { name: 'small-dark', viewport: { width: 1024, height: 768 }, colorScheme: 'dark', dir: 'test-results/ux-screens/small-dark' },
];
const variants = process.env.PORTCULLIS_UX_REVIEW ? [guide, ...review] : [guide];

interface ShotOptions {
  /** Long page: the review walk takes all of it, the guide only the page without the navigation. */
  readonly fullPage?: boolean;
  /** Part of a long page the guide shows: scrolled into view, then the window is taken. */
  readonly focus?: Locator;
  /** A state worth checking by eye (empty lists, errors) that the guide does not show. */
  readonly reviewOnly?: boolean;
}

type Shoot = (name: string, options?: ShotOptions) => Promise<void>;

async function prepare(page: Page, variant: Variant): Promise<Shoot> {
  mkdirSync(variant.dir, { recursive: true });
  await page.setViewportSize(variant.viewport);
  await page.emulateMedia({ colorScheme: variant.colorScheme, reducedMotion: 'reduce' });
  return async (name, options) => {
    // Full-page pictures start at the top, or the fixed header lands mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    const path = `${variant.dir}/${name}.png`;
    if (variant === guide && options?.reviewOnly) return;
    if (variant !== guide) {
      await settle(page);
      await page.screenshot({ path, fullPage: Boolean(options?.fullPage || options?.focus), animations: 'disabled' });
      return;
    }
    if (options?.focus) await options.focus.scrollIntoViewIfNeeded();
    await settle(page);
    if (options?.fullPage && !options.focus) await page.locator('main').screenshot({ path, animations: 'disabled' });
    else await page.screenshot({ path, animations: 'disabled' });
    expect(statSync(path).size, `${path} should stay under 200 KB`).toBeLessThan(200_000);
  };
}

/** Waits two frames so late layout is on the picture. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/#/${hash}`);
}

for (const variant of variants) {
  test.describe(`user guide (${variant.name})`, () => {
    test('connections', async ({ app }) => {
      const shoot = await prepare(app.page, variant);
      const { page } = app;
      await open(page, 'connections');
      await expect(page.getByTestId('connection-sandbox')).toBeVisible();
      await shoot('connections-choose');
      await app.connectSandbox();
      await expect(page.getByTestId('active-connection')).toContainText(app.sandbox.accountId);
      await shoot('connections-connected');
      await page.getByRole('button', { name: 'Add access keys' }).click();
      await expect(page.getByRole('dialog', { name: 'Add access keys' })).toBeVisible();
      await shoot('connections-add-keys');
    });

    test('identity providers', async ({ app }, testInfo) => {
      const shoot = await prepare(app.page, variant);
      const { page } = app;
      const idp = createTestIdp({ entityId: 'https://authentik.example.com/application/saml/aws/metadata/' });
      const file = testInfo.outputPath('authentik-metadata.xml');
      writeFileSync(file, idp.metadataXml());
      await app.connectSandbox();
      await open(page, 'identity-providers/overview');
      await expect(page.getByRole('tab', { name: 'Overview' })).toBeVisible();
      await shoot('idp-empty', { reviewOnly: true });
      await open(page, 'identity-providers/new');
      await page.getByLabel('Metadata file').setInputFiles(file);
      await expect(page.getByText('AWS will accept this metadata')).toBeVisible();
      await page.getByLabel('Provider name').fill('authentik');
      await shoot('idp-register-inspect', { fullPage: true });
      await page.getByRole('button', { name: 'Review the plan' }).click();
      await expect(page.getByTestId('plan-step')).toContainText('iam:CreateSAMLProvider');
      await shoot('idp-register-plan', { focus: page.getByTestId('plan-review') });
      await page.getByRole('button', { name: 'Register the provider' }).click();
      await expect(page.getByTestId('plan-result')).toContainText('done');

      await open(page, 'identity-providers/providers');
      await expect(page.getByRole('cell', { name: 'authentik', exact: true })).toBeVisible();
      await shoot('idp-list');
      await page.getByRole('cell', { name: 'authentik', exact: true }).click();
      await expect(page.getByRole('tab', { name: 'Rotate certificate' })).toBeVisible();
      await shoot('idp-detail', { fullPage: true });

      const next = createTestIdp({ entityId: 'https://authentik.example.com/application/saml/aws/metadata/', notAfter: new Date(Date.now() + 400 * 86_400_000) });
      const nextFile = testInfo.outputPath('authentik-rotated.xml');
      writeFileSync(nextFile, next.metadataXml());
      await page.getByRole('tab', { name: 'Rotate certificate' }).click();
      await page.getByLabel('Metadata file').setInputFiles(nextFile);
      await expect(page.getByTestId('new-certificates').getByTestId('certificate-row')).toHaveCount(1);
      await shoot('idp-rotate', { fullPage: true });

      await open(page, 'identity-providers/setup');
      await expect(page.getByRole('table', { name: 'AWS service provider values' })).toBeVisible();
      await shoot('idp-setup-guides');

      await open(page, 'identity-providers/provider/authentik/delete');
      await page.getByRole('button', { name: 'Plan the deletion' }).click();
      await expect(page.getByRole('button', { name: 'Delete provider authentik' })).toBeVisible();
      await shoot('idp-delete', { fullPage: true });

      await open(page, 'identity-providers/overview');
      await expect(page.getByTestId('overview-provider').filter({ hasText: 'authentik' })).toBeVisible();
      await shoot('idp-overview', { fullPage: true });
    });

    test('roles', async ({ app }) => {
      const shoot = await prepare(app.page, variant);
      const { page } = app;
      await app.connectSandbox();
      await open(page, 'roles');
      await expect(page.getByRole('button', { name: 'Create SAML role' })).toBeVisible();
      await shoot('roles-empty', { reviewOnly: true });
      await open(page, 'roles/new');
      await expect(page.getByRole('combobox', { name: 'SAML provider' })).toBeVisible();
      await shoot('roles-wizard-no-provider', { reviewOnly: true });
      // The wizard needs a provider; register one first without the UI, as another admin might have.
      await app.clients.iam.send(new CreateSAMLProviderCommand({ Name: 'okta', SAMLMetadataDocument: createTestIdp({ entityId: 'http://www.okta.com/exk1portcullis' }).metadataXml() }));
      await page.reload();
      await page.getByRole('combobox', { name: 'SAML provider' }).click();
      await page.getByRole('option', { name: 'okta', exact: true }).click();
      await page.getByLabel('Search policies').fill('ReadOnlyAccess');
      await page.getByRole('checkbox', { name: 'ReadOnlyAccess', exact: true }).check();
      await page.getByLabel('Role name').fill('OktaReadOnly');
      await shoot('roles-wizard');
      await page.getByRole('button', { name: 'Review the plan' }).click();
      await expect(page.getByTestId('plan-step')).toHaveCount(2);
      await shoot('roles-plan', { focus: page.getByTestId('plan-review') });
      await page.getByRole('button', { name: 'Create the role' }).click();
      await expect(page.getByTestId('plan-result')).toContainText('done');
      await shoot('roles-done', { focus: page.getByTestId('plan-result') });
      await open(page, 'roles');
      await expect(page.getByRole('cell', { name: 'OktaReadOnly', exact: true })).toBeVisible();
      await shoot('roles-export', { fullPage: true });
    });

    test('mfa', async ({ app }) => {
      const { page } = app;
      await page.clock.install();
      const shoot = await prepare(page, variant);
      await app.connectSandbox();
      await open(page, 'mfa/users');
      await expect(page.getByRole('row', { name: /maria\.garcia/ })).toBeVisible();
      await shoot('mfa-users');
      await page.getByLabel('Search users').fill('james.smith');
      await page.getByRole('button', { name: 'Enroll MFA device for james.smith' }).click();
      await expect(page.getByLabel('Device name')).toHaveValue('james.smith');
      await shoot('mfa-enroll-name', { fullPage: true });
      await page.getByRole('button', { name: 'Create device and show QR code' }).click();
      const src = await page.getByRole('img', { name: /^QR code for / }).getAttribute('src');
      const png = PNG.sync.read(Buffer.from(src!.split(',')[1]!, 'base64'));
      const totp = OTPAuth.URI.parse(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)!.data) as OTPAuth.TOTP;
      await shoot('mfa-enroll-qr', { fullPage: true });
      const now = Date.now();
      const bad = totp.generate({ timestamp: now - 3_600_000 });
      await page.getByLabel('First code').fill(bad === totp.generate({ timestamp: now }) ? '000000' : bad);
      await page.clock.fastForward(30_000);
      await page.getByLabel('Second code').fill(totp.generate({ timestamp: now + 30_000 }));
      await page.getByRole('button', { name: 'Enable MFA device' }).click();
      await expect(page.getByText('The first code is not valid for this device.')).toBeVisible();
      await shoot('mfa-enroll-wrong-code', { fullPage: true });
      const later = Date.now();
      await page.getByLabel('First code').fill(totp.generate({ timestamp: later }));
      await page.clock.fastForward(30_000);
      await page.getByLabel('Second code').fill(totp.generate({ timestamp: later + 30_000 }));
      await page.getByRole('button', { name: 'Enable MFA device' }).click();
      await expect(page.getByTestId('enrollment-done')).toBeVisible();
      await shoot('mfa-enroll-done', { fullPage: true });

      await open(page, 'mfa/audit');
      await page.getByRole('button', { name: 'Run the audit' }).click();
      await expect(page.getByTestId('audit-calls')).toContainText(/answered with \d+ AWS calls/);
      await shoot('mfa-audit');
    });

    test('groups', async ({ app }) => {
      const shoot = await prepare(app.page, variant);
      const { page } = app;
      await app.connectSandbox();
      await open(page, 'groups');
      await expect(page.getByRole('row', { name: /OnCall/ })).toBeVisible();
      await shoot('groups-list', { fullPage: true });
      await open(page, 'groups/enforce/OnCall');
      await expect(page.getByRole('heading', { name: 'Require MFA for OnCall' })).toBeVisible();
      await shoot('groups-enforce', { fullPage: true });
      await page.getByRole('button', { name: 'Preview impact' }).click();
      await expect(page.getByTestId('members-without-mfa')).toContainText('fatima.khan');
      await shoot('groups-enforce-preview', { focus: page.getByTestId('members-without-mfa') });
      await page.getByRole('button', { name: 'Review the plan' }).click();
      await expect(page.getByTestId('plan-step')).toContainText('iam:PutGroupPolicy');
      await shoot('groups-enforce-plan', { focus: page.getByTestId('plan-review') });
    });

    test('identity center', async ({ app }) => {
      const shoot = await prepare(app.page, variant);
      const { page } = app;
      await app.connectSandbox();
      await open(page, 'identity-center');
      await expect(page.getByRole('table').getByText('DeveloperAccess', { exact: true }).first()).toBeVisible();
      await shoot('identity-center-permission-sets', { fullPage: true });
      await page.getByRole('button', { name: 'New permission set' }).click();
      await expect(page.getByLabel('Name')).toBeVisible();
      await shoot('identity-center-new-permission-set', { fullPage: true });
      await open(page, 'identity-center');
      await page.getByRole('tab', { name: 'Assignments' }).click();
      await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'AdministratorAccess' }).first()).toBeVisible();
      await shoot('identity-center-assignments', { fullPage: true });
    });

    test('activity', async ({ app }) => {
      const shoot = await prepare(app.page, variant);
      const { page } = app;
      await app.connectSandbox();
      await open(page, 'groups/enforce/OnCall');
      await page.getByRole('button', { name: 'Preview impact' }).click();
      await page.getByRole('button', { name: 'Review the plan' }).click();
      await page.getByRole('button', { name: 'Require MFA for OnCall' }).click();
      await expect(page.getByTestId('plan-result')).toBeVisible();
      await open(page, 'activity');
      await expect(page.getByText('PortcullisRequireMFA').first()).toBeVisible();
      await shoot('activity', { fullPage: true });
    });
  });
}
