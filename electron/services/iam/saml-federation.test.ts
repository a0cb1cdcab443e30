import { CreatePolicyCommand, GetRoleCommand, IAMClient, ListAttachedRolePoliciesCommand, ListRolesCommand, ListSAMLProvidersCommand, GetSAMLProviderCommand } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index';
import { createTestIdp } from '../../../sandbox/saml/test-idp';
import type { ActiveConnection } from '../core/ports';
import { PlanRegistry } from '../plans/plan-registry';
import { planCreateProvider, planDeleteProvider, planUpdateProvider } from '../saml/saml-provider-plans';
import { listProviders } from '../saml/saml-provider-reader';
import { discoverRolePairs, federationOverview } from './federation-overview';
import { PolicyCatalog } from './policy-catalog';
import { planSamlRole } from './saml-role-plans';
import { SamlRoleDraftSchema, type SamlRoleDraftInput } from '../../../shared/model/federated-role';

const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';

describe('SAML federation against the sandbox account', () => {
  let sandbox: RunningSandbox;
  let iam: IAMClient;
  let connection: ActiveConnection;
  const journal: Array<{ action: string; outcome: string }> = [];
  const plans = new PlanRegistry({ emit: () => undefined }, { append: (e) => (journal.push(e), { ...e, id: '1', at: '' }) as never });
  const idp = createTestIdp({ entityId: 'https://idp.federation.test' });
  const now = () => new Date();
  let providerArn: string;
  const draft = (over: Partial<SamlRoleDraftInput> = {}) =>
    SamlRoleDraftSchema.parse({ roleName: 'FederatedAdmin', providerArn, access: 'console', audiences: ['https://signin.aws.amazon.com/saml'], policyArns: [ADMIN], ...over });

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, statePath: null, seed: 'empty' });
    iam = new IAMClient({ endpoint: sandbox.endpoint, credentials: sandbox.credentials, region: 'us-east-1', maxAttempts: 1 });
    connection = {
      clients: { iam } as never,
      identity: { accountId: sandbox.accountId, accountAlias: null, arn: `arn:aws:iam::${sandbox.accountId}:root`, partition: 'aws', principalType: 'root' } as never,
      summary: { id: 'sandbox', label: 'Sandbox' } as never,
      region: 'us-east-1',
    };
  });
  afterAll(async () => {
    iam?.destroy();
    await sandbox?.close();
  });

  it('registers a provider through its plan, and re-planning the same metadata is a no-op', async () => {
    const plan = await planCreateProvider(plans, connection, { xml: idp.metadataXml(), stripBom: false, name: 'authpoint', tags: [{ key: 'team', value: 'identity' }] }, now());
    expect(plan.steps.map((s) => s.call)).toEqual(['iam:CreateSAMLProvider']);
    expect(plan.steps[0]!.document).toContain('Entity ID: https://idp.federation.test');
    expect((await plans.apply(plan.id)).outcome).toBe('applied');
    providerArn = (await iam.send(new ListSAMLProvidersCommand({}))).SAMLProviderList![0]!.Arn!;
    expect(providerArn).toBe(`arn:aws:iam::${sandbox.accountId}:saml-provider/authpoint`);
    const again = await planCreateProvider(plans, connection, { xml: idp.metadataXml(), stripBom: false, name: 'authpoint', tags: [] }, now());
    expect(again.steps[0]!.alreadyDone).toBe(true);
    expect((await plans.apply(again.id)).outcome).toBe('no-change');
    await expect(planCreateProvider(plans, connection, { xml: createTestIdp().metadataXml(), stripBom: false, name: 'AuthPoint', tags: [] }, now())).rejects.toThrow(/already exists with different metadata/);
  });

  it('lists the provider with its certificate expiry', async () => {
    const [p] = await listProviders(iam, now());
    expect(p).toMatchObject({ name: 'authpoint', expiry: 'ok', entityId: 'https://idp.federation.test', tags: [{ key: 'team', value: 'identity' }] });
    expect(p!.daysLeft).toBeGreaterThan(300);
  });

  it('creates a console role with AdministratorAccess, and re-running it changes nothing', async () => {
    const plan = await planSamlRole(plans, connection, draft());
    expect(plan.steps.map((s) => s.call)).toEqual(['iam:CreateRole', 'iam:AttachRolePolicy']);
    expect(JSON.parse(plan.steps[0]!.document!).Statement[0].Condition).toEqual({ StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } });
    expect((await plans.apply(plan.id)).outcome).toBe('applied');
    const role = (await iam.send(new GetRoleCommand({ RoleName: 'FederatedAdmin' }))).Role!;
    expect(JSON.parse(decodeURIComponent(role.AssumeRolePolicyDocument!)).Statement[0].Principal.Federated).toBe(providerArn);
    const attached = await iam.send(new ListAttachedRolePoliciesCommand({ RoleName: 'FederatedAdmin' }));
    expect(attached.AttachedPolicies!.map((p) => p.PolicyArn)).toEqual([ADMIN]);
    const rerun = await planSamlRole(plans, connection, draft());
    expect(rerun.steps.every((s) => s.alreadyDone)).toBe(true);
    expect((await plans.apply(rerun.id)).message).toMatch(/Nothing to change/);
  });

  it('shows a different trust policy as a diff and an UpdateAssumeRolePolicy step', async () => {
    const plan = await planSamlRole(plans, connection, draft({ audiences: ['https://signin.aws.amazon.com/saml', 'https://eu-west-1.signin.aws.amazon.com/saml'] }));
    const update = plan.steps.find((s) => s.call === 'iam:UpdateAssumeRolePolicy')!;
    expect(update.document).toMatch(/^\+ +"https:\/\/eu-west-1\.signin\.aws\.amazon\.com\/saml"$/m);
    expect(update.document).toMatch(/^- +"SAML:aud": "https:\/\/signin\.aws\.amazon\.com\/saml"$/m);
    expect(plan.steps.find((s) => s.call === 'iam:AttachRolePolicy')!.alreadyDone).toBe(true);
  });

  it('refuses a trust policy over the quota before any call', async () => {
    const audiences = Array.from({ length: 60 }, (_, i) => `https://region-${i}.signin.aws.amazon.com/saml`);
    await expect(planSamlRole(plans, connection, draft({ roleName: 'TooBig', audiences }))).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED', field: 'audiences' });
    const roles = await iam.send(new ListRolesCommand({}));
    expect(roles.Roles!.map((r) => r.RoleName)).not.toContain('TooBig');
  });

  it('rolls back a role whose policy attachment fails, leaving no orphan', async () => {
    sandbox.faults.configure({ operations: { 'iam:AttachRolePolicy': { serverErrorRate: 1 } } });
    const plan = await planSamlRole(plans, connection, draft({ roleName: 'Flaky' }));
    const result = await plans.apply(plan.id);
    sandbox.faults.clear();
    expect(result.outcome).toBe('failed');
    expect(result.completedStepIds).toEqual(['create-role']);
    expect(result.rollback!.steps.map((s) => s.call)).toEqual(['iam:DeleteRole']);
    expect((await plans.apply(result.rollback!.id)).outcome).toBe('applied');
    await expect(iam.send(new GetRoleCommand({ RoleName: 'Flaky' }))).rejects.toMatchObject({ name: expect.stringMatching(/^NoSuchEntity/) });
  });

  it('discovers role pairs and searches policies across pages', async () => {
    const pairs = await discoverRolePairs(iam, [providerArn]);
    expect(pairs).toEqual([{ roleName: 'FederatedAdmin', roleArn: `arn:aws:iam::${sandbox.accountId}:role/FederatedAdmin`, providerName: 'authpoint', providerArn, providerExists: true }]);
    const found = await new PolicyCatalog().search(iam, 'k', 'administratoraccess', 'All', 5, Date.now());
    expect(found.policies[0]!.arn).toBe(ADMIN);
    await iam.send(new CreatePolicyCommand({ PolicyName: 'FederatedReadOnly', Description: 'Read-only access for federated auditors.', PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }] }) }));
    const local = await new PolicyCatalog().search(iam, 'k', 'auditors', 'Local', 5, Date.now());
    expect(local.policies.map((p) => [p.name, p.description])).toEqual([['FederatedReadOnly', 'Read-only access for federated auditors.']]);
  });

  it('rotates the certificate with UpdateSAMLProvider', async () => {
    const next = createTestIdp({ entityId: 'https://idp.federation.test' });
    const plan = await planUpdateProvider(plans, connection, { arn: providerArn, xml: next.metadataXml(), stripBom: false }, now());
    expect(plan.warnings).toEqual([]);
    const shorter = createTestIdp({ entityId: 'https://idp.federation.test', notAfter: new Date(Date.now() + 40 * 86_400_000) });
    const early = await planUpdateProvider(plans, connection, { arn: providerArn, xml: shorter.metadataXml(), stripBom: false }, now());
    expect(early.warnings.join(' ')).toMatch(/expires on .* earlier than the current one/);
    expect((await plans.apply(plan.id)).outcome).toBe('applied');
    const stored = await iam.send(new GetSAMLProviderCommand({ SAMLProviderArn: providerArn }));
    expect(stored.SAMLMetadataDocument).toContain(next.certificateBase64);
  });

  it('warns about the roles that trust a provider before deleting it, and the overview shows the orphan after', async () => {
    const plan = await planDeleteProvider(plans, connection, providerArn, now());
    expect(plan.warnings[0]).toMatch(/1 role\(s\) trust this provider.*FederatedAdmin/);
    expect((await plans.apply(plan.id)).outcome).toBe('applied');
    const overview = await federationOverview(iam, now());
    expect(overview.orphanRoles.map((r) => r.roleName)).toEqual(['FederatedAdmin']);
    expect(overview.issues.some((i) => i.severity === 'error' && /does not exist/.test(i.message))).toBe(true);
  });

  it('flags a provider that no role trusts and a certificate that expires soon in the overview', async () => {
    const soon = createTestIdp({ entityId: 'https://spare.federation.test', notBefore: new Date(Date.now() - 300 * 86_400_000), notAfter: new Date(Date.now() + 10 * 86_400_000) });
    const plan = await planCreateProvider(plans, connection, { xml: soon.metadataXml(), stripBom: false, name: 'spare', tags: [] }, now());
    expect(plan.warnings.join(' ')).toMatch(/expires in (9|10) day/);
    await plans.apply(plan.id);
    const overview = await federationOverview(iam, now());
    const spare = overview.providers.find((p) => p.provider.name === 'spare')!;
    expect(spare).toMatchObject({ provider: { expiry: 'expiring' }, roles: [] });
    const messages = overview.issues.filter((i) => i.target === 'spare').map((i) => i.message);
    expect(messages).toEqual([expect.stringMatching(/No role trusts the provider spare/), expect.stringMatching(/expires in (9|10) day\(s\)/)]);
  });
});
