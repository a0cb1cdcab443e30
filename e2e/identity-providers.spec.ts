import { writeFileSync } from 'node:fs';
import { CreateSAMLProviderCommand, GetSAMLProviderCommand, ListSAMLProvidersCommand } from '@aws-sdk/client-iam';
import { createTestIdp } from '../sandbox/saml/test-idp';
import { expect, test } from './fixtures/app-fixture';

test('registers a provider from a metadata file and rotates its certificate', async ({ app }, testInfo) => {
  const { page } = app;
  const idp = createTestIdp({ entityId: 'https://authpoint.portcullis.test/saml' });
  const file = testInfo.outputPath('authpoint-metadata.xml');
  writeFileSync(file, idp.metadataXml());
  await app.connectSandbox();

  await page.goto(`${new URL(page.url()).origin}/#/identity-providers/new`);
  await page.getByLabel('Metadata file').setInputFiles(file);
  await expect(page.getByText('AWS will accept this metadata')).toBeVisible();
  await expect(page.getByText('https://authpoint.portcullis.test/saml', { exact: true })).toBeVisible();
  await expect(page.getByTestId('certificate-row')).toHaveCount(1);
  await page.getByLabel('Provider name').fill('authpoint+prod');
  await page.getByRole('button', { name: 'Review the plan' }).click();
  await expect(page.getByText('A SAML provider name can contain only letters, digits and _ . -.')).toBeVisible();
  await page.getByLabel('Provider name').fill('authpoint');
  await page.getByRole('button', { name: 'Review the plan' }).click();
  await expect(page.getByTestId('plan-step')).toContainText('iam:CreateSAMLProvider');
  await page.screenshot({ path: 'test-results/screens/identity-providers-register-plan.png', fullPage: true });
  await page.getByRole('button', { name: 'Register the provider' }).click();
  await expect(page.getByTestId('plan-result')).toContainText('done');

  const listed = await app.clients.iam.send(new ListSAMLProvidersCommand({}));
  const arn = `arn:aws:iam::${app.sandbox.accountId}:saml-provider/authpoint`;
  expect(listed.SAMLProviderList?.map((p) => p.Arn)).toContain(arn);
  expect((await app.clients.iam.send(new GetSAMLProviderCommand({ SAMLProviderArn: arn }))).SAMLMetadataDocument).toContain(idp.certificateBase64);

  await page.goto(`${new URL(page.url()).origin}/#/identity-providers/providers`);
  await expect(page.getByRole('cell', { name: 'authpoint', exact: true })).toBeVisible();
  await expect(page.getByText(/\d+ days left/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Refresh' })).toBeEnabled();
  await page.screenshot({ path: 'test-results/screens/identity-providers-list.png', fullPage: true });

  const next = createTestIdp({ entityId: 'https://authpoint.portcullis.test/saml', notAfter: new Date(Date.now() + 20 * 86_400_000) });
  const nextFile = testInfo.outputPath('authpoint-rotated.xml');
  writeFileSync(nextFile, next.metadataXml());
  await page.getByRole('cell', { name: 'authpoint', exact: true }).click();
  await page.getByRole('tab', { name: 'Rotate certificate' }).click();
  await page.getByLabel('Metadata file').setInputFiles(nextFile);
  await expect(page.getByTestId('current-certificates').getByTestId('certificate-row')).toHaveCount(1);
  await expect(page.getByTestId('new-certificates')).toContainText(/Expires in (19|20) d/);
  await expect(page.getByText(/expires in (19|20) day\(s\)/)).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/identity-providers-rotate.png', fullPage: true });
  await page.getByRole('button', { name: 'Review the rotation' }).click();
  await page.getByRole('button', { name: 'Rotate the certificate' }).click();
  await expect(page.getByTestId('plan-result')).toContainText('done');
  const rotated = await app.clients.iam.send(new GetSAMLProviderCommand({ SAMLProviderArn: arn }));
  expect(rotated.SAMLMetadataDocument).toContain(next.certificateBase64);
  expect(rotated.SAMLMetadataDocument).not.toContain(idp.certificateBase64);
});

test('explains wrong metadata files and strips a BOM on request', async ({ app }, testInfo) => {
  const { page } = app;
  await app.connectSandbox();
  await page.goto(`${new URL(page.url()).origin}/#/identity-providers/new`);

  const html = testInfo.outputPath('login.html');
  writeFileSync(html, '<!DOCTYPE html><html><head><title>Sign in</title></head><body><form>Password</form></body></html>');
  await page.getByLabel('Metadata file').setInputFiles(html);
  await expect(page.getByRole('alert').filter({ hasText: 'This is a web page (HTML), not SAML metadata' })).toBeVisible();

  const xxe = testInfo.outputPath('xxe.xml');
  writeFileSync(xxe, '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>');
  await page.getByLabel('Metadata file').setInputFiles(xxe);
  await expect(page.getByRole('alert').filter({ hasText: 'contains a DTD' })).toBeVisible();
  await expect(page.getByText('root:')).toHaveCount(0);

  const bom = testInfo.outputPath('entra-bom.xml');
  writeFileSync(bom, '\uFEFF' + createTestIdp({ entityId: 'https://sts.windows.net/portcullis/' }).metadataXml());
  await page.getByLabel('Metadata file').setInputFiles(bom);
  await expect(page.getByRole('alert').filter({ hasText: 'byte-order mark' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/identity-providers-bom.png', fullPage: true });
  await page.getByRole('button', { name: 'Strip the BOM' }).click();
  await expect(page.getByText('AWS will accept this metadata')).toBeVisible();
});

test('tells the IdP what AWS needs, with this account’s values', async ({ app }) => {
  const { page } = app;
  await app.connectSandbox();
  await page.goto(`${new URL(page.url()).origin}/#/identity-providers/setup`);
  const facts = page.getByRole('table', { name: 'AWS service provider values' });
  await expect(facts).toContainText('urn:amazon:webservices');
  await expect(facts).toContainText('https://signin.aws.amazon.com/saml');
  await page.getByLabel('Region of the regional sign-in endpoint').fill('eu-west-1');
  await expect(facts).toContainText('https://eu-west-1.signin.aws.amazon.com/saml');
  await expect(page.getByTestId('guide-authpoint')).toContainText('Service Provider Entity ID');
  await expect(page.getByTestId('guide-entra')).toContainText('Reply URL (Assertion Consumer Service URL)');
  await expect(page.getByTestId('guide-generic')).toContainText(`arn:aws:iam::${app.sandbox.accountId}:role/ROLE-NAME`);
  await page.screenshot({ path: 'test-results/screens/identity-providers-setup.png', fullPage: true });
});

test('refuses to reuse the name of a provider that has other metadata, next to the name field', async ({ app }, testInfo) => {
  const { page } = app;
  const original = createTestIdp({ entityId: 'https://okta.portcullis.test' });
  const arn = (await app.clients.iam.send(new CreateSAMLProviderCommand({ Name: 'okta', SAMLMetadataDocument: original.metadataXml() }))).SAMLProviderArn!;
  await app.connectSandbox();
  await page.goto(`${new URL(page.url()).origin}/#/identity-providers/new`);
  const file = testInfo.outputPath('other.xml');
  writeFileSync(file, createTestIdp({ entityId: 'https://other.portcullis.test' }).metadataXml());
  await page.getByLabel('Metadata file').setInputFiles(file);
  await page.getByLabel('Provider name').fill('OKTA');
  await page.getByRole('button', { name: 'Review the plan' }).click();
  await expect(page.getByText(/A SAML provider named okta already exists with different metadata\. Choose another name, or open that provider and rotate/)).toBeVisible();
  await expect(page.getByTestId('plan-step')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/screens/identity-providers-name-taken.png', fullPage: true });
  expect((await app.clients.iam.send(new GetSAMLProviderCommand({ SAMLProviderArn: arn }))).SAMLMetadataDocument).toContain(original.certificateBase64);
});

test('registers one IdP chosen from a federation aggregate, sending only its EntityDescriptor', async ({ app }, testInfo) => {
  const { page } = app;
  const strip = (xml: string) => xml.replace(/<\?xml[^>]*>\n/, '');
  const a = createTestIdp({ entityId: 'https://idp-a.federation.test' });
  const b = createTestIdp({ entityId: 'https://idp-b.federation.test' });
  const file = testInfo.outputPath('aggregate.xml');
  writeFileSync(file, `<?xml version="1.0" encoding="UTF-8"?>\n<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" Name="test-federation">\n${strip(a.metadataXml())}${strip(b.metadataXml())}</md:EntitiesDescriptor>\n`);
  await app.connectSandbox();
  await page.goto(`${new URL(page.url()).origin}/#/identity-providers/new`);
  await page.getByLabel('Metadata file').setInputFiles(file);
  await expect(page.getByRole('alert').filter({ hasText: 'The document lists 2 identity providers; IAM needs exactly one.' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Identity provider to register' }).click();
  await page.getByRole('option', { name: 'https://idp-b.federation.test' }).click();
  await expect(page.getByText('AWS will accept this metadata')).toBeVisible();
  await page.getByLabel('Provider name').fill('federation-b');
  await page.getByRole('button', { name: 'Review the plan' }).click();
  await page.getByRole('button', { name: 'Register the provider' }).click();
  await expect(page.getByTestId('plan-result')).toContainText('done');
  const stored = (await app.clients.iam.send(new GetSAMLProviderCommand({ SAMLProviderArn: `arn:aws:iam::${app.sandbox.accountId}:saml-provider/federation-b` }))).SAMLMetadataDocument!;
  expect(stored).toContain('entityID="https://idp-b.federation.test"');
  expect(stored).toContain(b.certificateBase64);
  expect(stored).not.toContain('idp-a.federation.test');
  expect(stored).not.toContain('EntitiesDescriptor');
});
