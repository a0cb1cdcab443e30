import { CreateRoleCommand, CreateSAMLProviderCommand, GetRoleCommand, GetSAMLProviderCommand, ListAttachedRolePoliciesCommand, ListSAMLProvidersCommand } from '@aws-sdk/client-iam';
import type { Page } from '@playwright/test';
import { createTestIdp } from '../sandbox/saml/test-idp';
import { expect, test, type AppUnderTest } from './fixtures/app-fixture';

async function registerProvider(app: AppUnderTest, name: string): Promise<string> {
  const out = await app.clients.iam.send(new CreateSAMLProviderCommand({ Name: name, SAMLMetadataDocument: createTestIdp({ entityId: `https://${name}.portcullis.test` }).metadataXml() }));
  return out.SAMLProviderArn!;
}

async function open(page: Page, hash: string): Promise<void> {
  await page.goto(`${new URL(page.url()).origin}/#/${hash}`);
}

async function fillRoleWizard(page: Page, provider: string, roleName: string): Promise<void> {
  await page.getByRole('combobox', { name: 'SAML provider' }).click();
  await page.getByRole('option', { name: provider, exact: true }).click();
  await page.getByLabel('Search policies').fill('AdministratorAccess');
  await page.getByRole('checkbox', { name: 'AdministratorAccess', exact: true }).check();
  await page.getByLabel('Role name').fill(roleName);
  await page.getByRole('button', { name: 'Review the plan' }).click();
}

test('creates a console role with AdministratorAccess, exports it for authentik, and warns before its provider is deleted', async ({ app }) => {
  const { page } = app;
  const providerArn = await registerProvider(app, 'authentik');
  await app.connectSandbox();
  await open(page, 'roles/new');

  await fillRoleWizard(page, 'authentik', 'FederatedAdmin');
  const steps = page.getByTestId('plan-step');
  await expect(steps).toHaveCount(2);
  await expect(steps.nth(0)).toContainText('iam:CreateRole');
  await expect(steps.nth(0)).toContainText('"SAML:aud": "https://signin.aws.amazon.com/saml"');
  await expect(steps.nth(1)).toContainText('iam:AttachRolePolicy');
  await page.screenshot({ path: 'test-results/screens/roles-plan.png', fullPage: true });
  await page.getByRole('button', { name: 'Create the role' }).click();
  await expect(page.getByTestId('plan-result')).toContainText('done');

  const role = (await app.clients.iam.send(new GetRoleCommand({ RoleName: 'FederatedAdmin' }))).Role!;
  const trust = JSON.parse(decodeURIComponent(role.AssumeRolePolicyDocument!));
  expect(trust.Statement[0]).toMatchObject({ Effect: 'Allow', Action: 'sts:AssumeRoleWithSAML', Principal: { Federated: providerArn }, Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } } });
  const attached = await app.clients.iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'FederatedAdmin' }));
  expect(attached.AttachedPolicies!.map((p) => p.PolicyArn)).toEqual(['arn:aws:iam::aws:policy/AdministratorAccess']);

  // Running the wizard again for the same role changes nothing.
  await open(page, 'roles');
  await page.getByRole('button', { name: 'Create SAML role' }).click();
  await fillRoleWizard(page, 'authentik', 'FederatedAdmin');
  await expect(page.getByText('already done')).toHaveCount(2);
  await page.getByRole('button', { name: 'Create the role' }).click();
  await expect(page.getByTestId('plan-result')).toContainText('Nothing to change');

  await open(page, 'roles');
  await expect(page.getByRole('cell', { name: 'FederatedAdmin', exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: 'Format' }).click();
  await page.getByRole('option', { name: 'authentik: static value' }).click();
  const roleArn = `arn:aws:iam::${app.sandbox.accountId}:role/FederatedAdmin`;
  await expect(page.getByTestId('pair-output')).toContainText(`return "${roleArn},${providerArn}"`);
  await page.getByRole('radiogroup', { name: 'Order of the ARNs' }).getByText('providerArn,roleArn').click();
  await expect(page.getByTestId('pair-output')).toContainText(`return "${providerArn},${roleArn}"`);
  await page.screenshot({ path: 'test-results/screens/roles-export-authentik.png', fullPage: true });

  await open(page, 'identity-providers/overview');
  const card = page.getByTestId('overview-provider').filter({ hasText: 'authentik' });
  await expect(card).toContainText('FederatedAdmin');
  await expect(card).toContainText('console and API');
  await expect(card).toContainText('AdministratorAccess');
  await page.screenshot({ path: 'test-results/screens/identity-providers-overview-healthy.png', fullPage: true });

  await open(page, 'identity-providers/provider/authentik/delete');
  await expect(page.getByTestId('dependent-roles')).toContainText('1 role(s) trust authentik and stop working when it is deleted');
  await expect(page.getByTestId('dependent-roles')).toContainText('FederatedAdmin');
  await page.getByRole('button', { name: 'Plan the deletion' }).click();
  await page.screenshot({ path: 'test-results/screens/identity-providers-delete.png', fullPage: true });
  await page.getByRole('button', { name: 'Delete provider authentik' }).click();
  await expect(page.getByTestId('plan-result')).toContainText('done');
  const left = await app.clients.iam.send(new ListSAMLProvidersCommand({}));
  expect(left.SAMLProviderList ?? []).toEqual([]);
  expect((await app.clients.iam.send(new GetRoleCommand({ RoleName: 'FederatedAdmin' }))).Role).toBeDefined();

  await open(page, 'identity-providers/overview');
  await expect(page.getByTestId('overview-issues')).toContainText('The role FederatedAdmin trusts authentik, which does not exist');
  await page.screenshot({ path: 'test-results/screens/identity-providers-overview.png', fullPage: true });
});

test('a failed attachment can be rolled back without leaving the role behind', async ({ app }) => {
  const { page } = app;
  await registerProvider(app, 'okta');
  await app.connectSandbox();
  await open(page, 'roles/new');
  app.sandbox.faults.configure({ operations: { 'iam:AttachRolePolicy': { serverErrorRate: 1 } } });
  await fillRoleWizard(page, 'okta', 'FlakyAdmin');
  await page.getByRole('button', { name: 'Create the role' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Stopped at' })).toBeVisible({ timeout: 30_000 });
  expect((await app.clients.iam.send(new GetRoleCommand({ RoleName: 'FlakyAdmin' }))).Role).toBeDefined();
  await page.screenshot({ path: 'test-results/screens/roles-failed.png', fullPage: true });
  app.sandbox.faults.clear();
  await page.getByRole('button', { name: 'Roll back 1 completed step' }).click();
  await expect(page.getByTestId('plan-result')).toContainText('done');
  await expect(app.clients.iam.send(new GetRoleCommand({ RoleName: 'FlakyAdmin' }))).rejects.toMatchObject({ name: expect.stringMatching(/^NoSuchEntity/) });
});

test('an existing role with another trust policy is shown as a diff, and a bad name is refused before any call', async ({ app }) => {
  const { page } = app;
  const providerArn = await registerProvider(app, 'entra');
  await app.clients.iam.send(new CreateRoleCommand({ RoleName: 'Existing', AssumeRolePolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: providerArn }, Action: 'sts:AssumeRoleWithSAML', Condition: { StringEquals: { 'SAML:aud': 'https://eu-west-1.signin.aws.amazon.com/saml' } } }] }) }));
  await app.connectSandbox();
  await open(page, 'roles/new');
  await fillRoleWizard(page, 'entra', 'bad name!');
  await expect(page.getByText('A role name can contain only letters, digits and _ + = , . @ -.')).toBeVisible();
  await expect(page.getByTestId('plan-step')).toHaveCount(0);

  await page.getByLabel('Role name').fill('Existing');
  await page.getByRole('button', { name: 'Review the plan' }).click();
  const update = page.getByTestId('plan-step').filter({ hasText: 'iam:UpdateAssumeRolePolicy' });
  await expect(update).toContainText('exists with a different trust policy');
  await expect(update).toContainText('- ');
  await page.getByRole('button', { name: 'Create the role' }).click();
  await expect(page.getByTestId('plan-result')).toContainText('done');
  const trust = JSON.parse(decodeURIComponent((await app.clients.iam.send(new GetRoleCommand({ RoleName: 'Existing' }))).Role!.AssumeRolePolicyDocument!));
  expect(trust.Statement[0].Condition.StringEquals['SAML:aud']).toBe('https://signin.aws.amazon.com/saml');
  expect((await app.clients.iam.send(new GetSAMLProviderCommand({ SAMLProviderArn: providerArn }))).SAMLMetadataDocument).toBeTruthy();
});

test('a programmatic-only role needs an attribute condition and gets no SAML:aud', async ({ app }) => {
  const { page } = app;
  const providerArn = await registerProvider(app, 'keycloak');
  await app.connectSandbox();
  await open(page, 'roles/new');
  await page.getByRole('radio', { name: 'Allow programmatic access only' }).check();
  await fillRoleWizard(page, 'keycloak', 'ApiOnly');
  await expect(page.getByText('Programmatic-only roles need at least one attribute condition')).toBeVisible();
  await expect(page.getByTestId('plan-step')).toHaveCount(0);
  await page.getByRole('button', { name: 'Add condition' }).click();
  await page.getByRole('combobox', { name: 'Permissions boundary (optional)' }).fill('PowerUserAccess');
  await page.getByRole('option', { name: 'PowerUserAccess', exact: true }).click();
  await page.getByRole('button', { name: 'Review the plan' }).click();
  await expect(page.getByTestId('plan-step').first()).toContainText('"SAML:sub_type": "persistent"');
  await expect(page.getByTestId('plan-step').last()).toContainText('iam:PutRolePermissionsBoundary');
  await page.getByRole('button', { name: 'Create the role' }).click();
  await expect(page.getByTestId('plan-result')).toContainText('done');
  const trust = JSON.parse(decodeURIComponent((await app.clients.iam.send(new GetRoleCommand({ RoleName: 'ApiOnly' }))).Role!.AssumeRolePolicyDocument!));
  expect(trust.Statement[0].Principal.Federated).toBe(providerArn);
  expect(trust.Statement[0].Condition).toEqual({ StringEquals: { 'SAML:sub_type': 'persistent' } });
  const role = (await app.clients.iam.send(new GetRoleCommand({ RoleName: 'ApiOnly' }))).Role!;
  expect(role.PermissionsBoundary?.PermissionsBoundaryArn).toBe('arn:aws:iam::aws:policy/PowerUserAccess');
});
