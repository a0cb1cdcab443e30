import { GetGroupPolicyCommand, IAMClient, ListAttachedGroupPoliciesCommand, PutGroupPolicyCommand } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index';
import type { ActiveConnection, ConnectionProvider } from '../core/ports';
import { PlanRegistry } from '../plans/plan-registry';
import { GroupEnforcementService } from './group-enforcement-service';
import type { EnforcementRequest } from '../../../shared/contract/methods/group-methods';

let sandbox: RunningSandbox;
let iam: IAMClient;
let plans: PlanRegistry;
let groups: GroupEnforcementService;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, statePath: null, seed: 'demo' });
  iam = new IAMClient({ endpoint: sandbox.endpoint, credentials: sandbox.credentials, region: 'us-east-1' });
  const connection = {
    clients: { iam },
    identity: { accountId: sandbox.accountId, accountAlias: null, arn: `arn:aws:iam::${sandbox.accountId}:user/maria.garcia`, userId: 'AIDA', partition: 'aws', principalType: 'user', userName: 'maria.garcia' },
    summary: { id: 'sandbox', kind: 'sandbox', label: 'Sandbox', detail: '', region: 'us-east-1', isSandbox: true },
    region: 'us-east-1',
  } as unknown as ActiveConnection;
  const connections: ConnectionProvider = { current: () => connection };
  plans = new PlanRegistry({ emit: () => undefined }, { append: (e) => ({ ...e, id: '1', at: '' }) });
  groups = new GroupEnforcementService(connections, plans, () => false);
});
afterAll(async () => {
  iam.destroy();
  await sandbox.close();
});

const request = (over: Partial<EnforcementRequest> = {}): EnforcementRequest => ({
  groupName: 'OnCall',
  template: { kind: 'require-mfa' },
  mode: 'inline',
  policyName: 'PortcullisRequireMFA',
  simulateActions: [],
  ...over,
});

describe('MFA enforcement on groups against the sandbox account', () => {
  it('puts the inline policy through a plan, and planning it again is a no-op', async () => {
    const plan = await groups.planEnforcement(request());
    expect(plan.steps.map((s) => s.call)).toEqual(['iam:PutGroupPolicy']);
    expect(plan.steps[0]!.document).toContain('aws:MultiFactorAuthPresent');
    expect(plan.warnings.join()).toContain('SAML');
    await expect(plans.apply(plan.id)).resolves.toMatchObject({ outcome: 'applied' });
    const stored = await iam.send(new GetGroupPolicyCommand({ GroupName: 'OnCall', PolicyName: 'PortcullisRequireMFA' }));
    expect(decodeURIComponent(stored.PolicyDocument!)).toContain('BoolIfExists');
    const again = await groups.planEnforcement(request());
    expect(again.steps[0]!.alreadyDone).toBe(true);
    await expect(plans.apply(again.id)).resolves.toMatchObject({ outcome: 'no-change' });
  });

  it('refuses to lock out the signed-in admin who is a member without an MFA session', async () => {
    await expect(groups.planEnforcement(request({ groupName: 'Admins' }))).rejects.toMatchObject({ code: 'MFA_REQUIRED' });
  });

  it('checks the 5,120-character inline total before calling AWS', async () => {
    const filler = { Version: '2012-10-17', Statement: [{ Sid: 'x'.repeat(4400), Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };
    await iam.send(new PutGroupPolicyCommand({ GroupName: 'Billing', PolicyName: 'Large', PolicyDocument: JSON.stringify(filler) }));
    await expect(groups.planEnforcement(request({ groupName: 'Billing' }))).rejects.toMatchObject({ code: 'LIMIT_EXCEEDED', field: 'mode' });
  });

  it('creates and attaches a managed policy, then removes it by detaching with a rollback available', async () => {
    const plan = await groups.planEnforcement(request({ groupName: 'Support', mode: 'managed', policyName: 'RequireRecentMFA', template: { kind: 'recent-mfa', maxAgeSeconds: 600, actions: ['iam:*'] } }));
    expect(plan.steps.map((s) => s.call)).toEqual(['iam:CreatePolicy', 'iam:AttachGroupPolicy']);
    await expect(plans.apply(plan.id)).resolves.toMatchObject({ outcome: 'applied' });
    const arn = `arn:aws:iam::${sandbox.accountId}:policy/RequireRecentMFA`;
    const attached = await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'Support' }));
    expect(attached.AttachedPolicies?.map((p) => p.PolicyArn)).toContain(arn);

    const removal = await groups.planRemove('Support', 'managed', 'RequireRecentMFA', arn);
    expect(removal.steps.map((s) => s.call)).toEqual(['iam:DetachGroupPolicy']);
    await expect(plans.apply(removal.id)).resolves.toMatchObject({ outcome: 'applied' });
    const after = await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: 'Support' }));
    expect(after.AttachedPolicies?.map((p) => p.PolicyArn)).not.toContain(arn);
  });
});
