import { describe, expect, it } from 'vitest';
import { awsError, fakeClient } from './fake-aws-client.test-helper';
import { planHarness } from './plan-test-setup.test-helper';
import { planCreatePermissionSet, planDeletePermissionSet } from './permission-set-plans';

const instanceArn = 'arn:aws:sso:::instance/ssoins-1111222233334444';
const newArn = `arn:aws:sso:::permissionSet/ssoins-1111222233334444/ps-0000111122223333`;
const existingArn = 'arn:aws:sso:::permissionSet/ssoins-1111222233334444/ps-aaaabbbbccccdddd';

function ssoAdmin(overrides: Record<string, (input: any) => unknown> = {}) {
  return fakeClient({
    ListPermissionSets: () => ({ PermissionSets: [existingArn] }),
    DescribePermissionSet: ({ PermissionSetArn }) => ({ PermissionSet: { Name: PermissionSetArn === existingArn ? 'ReadOnlyAccess' : 'BillingAudit', PermissionSetArn } }),
    ListManagedPoliciesInPermissionSet: () => ({ AttachedManagedPolicies: [] }),
    GetInlinePolicyForPermissionSet: () => ({ InlinePolicy: '' }),
    CreatePermissionSet: ({ Name }) => ({ PermissionSet: { Name, PermissionSetArn: newArn } }),
    AttachManagedPolicyToPermissionSet: () => ({}),
    DetachManagedPolicyFromPermissionSet: () => ({}),
    PutInlinePolicyToPermissionSet: () => ({}),
    DeleteInlinePolicyFromPermissionSet: () => ({}),
    DeletePermissionSet: () => ({}),
    ...overrides,
  });
}

const input = {
  name: 'BillingAudit',
  description: 'Billing review',
  sessionHours: 8,
  managedPolicyArns: ['arn:aws:iam::aws:policy/job-function/Billing', 'arn:aws:iam::aws:policy/ReadOnlyAccess'],
  inlinePolicy: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"aws-portal:Modify*","Resource":"*"}]}',
};

describe('planCreatePermissionSet', () => {
  it('plans create, one attach per policy and the inline policy, and applies them with the new ARN', async () => {
    const { client, calls } = ssoAdmin();
    const { plans, connection } = planHarness({ ssoAdmin: client });
    const plan = await planCreatePermissionSet(connection, plans, instanceArn, input);
    expect(plan.steps.map((s) => s.call)).toEqual([
      'sso:CreatePermissionSet',
      'sso:AttachManagedPolicyToPermissionSet',
      'sso:AttachManagedPolicyToPermissionSet',
      'sso:PutInlinePolicyToPermissionSet',
    ]);
    expect(JSON.parse(plan.steps[0]!.document!)).toEqual({ Name: 'BillingAudit', Description: 'Billing review', SessionDuration: 'PT8H' });
    const result = await plans.apply(plan.id);
    expect(result.outcome).toBe('applied');
    const attach = calls.filter((c) => c.command === 'AttachManagedPolicyToPermissionSet');
    expect(attach.map((c) => [c.input.PermissionSetArn, c.input.ManagedPolicyArn])).toEqual([
      [newArn, 'arn:aws:iam::aws:policy/job-function/Billing'],
      [newArn, 'arn:aws:iam::aws:policy/ReadOnlyAccess'],
    ]);
  });

  it('offers a rollback that detaches what was attached, then deletes the permission set', async () => {
    const { client, calls } = ssoAdmin({
      AttachManagedPolicyToPermissionSet: ({ ManagedPolicyArn }) => {
        if (ManagedPolicyArn.endsWith('ReadOnlyAccess')) throw awsError('ServiceQuotaExceededException', 'Too many policies.');
        return {};
      },
    });
    const { plans, connection } = planHarness({ ssoAdmin: client });
    const plan = await planCreatePermissionSet(connection, plans, instanceArn, input);
    const failed = await plans.apply(plan.id);
    expect(failed).toMatchObject({ outcome: 'failed', failedStepId: 'attach-2', completedStepIds: ['create', 'attach-1'] });
    expect(failed.error?.remedy).toMatch(/at most 20 managed policies/);
    expect(failed.rollback?.steps.map((s) => s.call)).toEqual(['sso:DetachManagedPolicyFromPermissionSet', 'sso:DeletePermissionSet']);
    expect((await plans.apply(failed.rollback!.id)).outcome).toBe('applied');
    expect(calls.slice(-2).map((c) => [c.command, c.input.PermissionSetArn])).toEqual([
      ['DetachManagedPolicyFromPermissionSet', newArn],
      ['DeletePermissionSet', newArn],
    ]);
  });

  it('refuses a name that exists in another case, on the name field, before any change', async () => {
    const { client, calls } = ssoAdmin();
    const { plans, connection } = planHarness({ ssoAdmin: client });
    await expect(planCreatePermissionSet(connection, plans, instanceArn, { ...input, name: 'readonlyaccess' })).rejects.toMatchObject({ code: 'ALREADY_EXISTS', field: 'input.name' });
    expect(calls.some((c) => c.command === 'CreatePermissionSet')).toBe(false);
  });
});

describe('planDeletePermissionSet', () => {
  it('warns when the set is still provisioned and explains the ConflictException AWS then returns', async () => {
    const { client } = ssoAdmin({
      ListAccountsForProvisionedPermissionSet: () => ({ AccountIds: ['222233334444'] }),
      DeletePermissionSet: () => {
        throw awsError('ConflictException', 'Could not delete because PermissionSet has ApplicationProfile associated with it');
      },
    });
    const { plans, connection } = planHarness({ ssoAdmin: client });
    const plan = await planDeletePermissionSet(connection, plans, instanceArn, existingArn);
    expect(plan.warnings[0]).toMatch(/still provisioned to 1 account\(s\): 222233334444/);
    const result = await plans.apply(plan.id);
    expect(result.outcome).toBe('failed');
    expect(result.error).toMatchObject({ code: 'CONFLICT', awsCode: 'ConflictException', remedy: expect.stringMatching(/Remove every assignment of ReadOnlyAccess/) });
  });
});
