import { describe, expect, it } from 'vitest';
import { fakeClient } from './fake-aws-client.test-helper';
import { planHarness } from './plan-test-setup.test-helper';
import { planAssign } from './assignment-plans';

const instanceArn = 'arn:aws:sso:::instance/ssoins-1111222233334444';
const setArn = 'arn:aws:sso:::permissionSet/ssoins-1111222233334444/ps-aaaabbbbccccdddd';
const developers = { type: 'GROUP' as const, id: 'g-dev', name: 'Developers' };
const auditors = { type: 'GROUP' as const, id: 'g-aud', name: 'Auditors' };

function clients(existing: { account: string; id: string }[]) {
  const organizations = fakeClient({
    // An empty first page with a token, as Organizations may return.
    ListAccounts: ({ NextToken }) =>
      NextToken ? { Accounts: [{ Id: '222233334444', Name: 'Staging' }, { Id: '333344445555', Name: 'Production' }] } : { Accounts: [], NextToken: 'p2' },
  });
  const created: string[] = [];
  const ssoAdmin = fakeClient({
    DescribePermissionSet: () => ({ PermissionSet: { Name: 'DeveloperAccess' } }),
    ListAccountAssignments: ({ AccountId }) => ({
      AccountAssignments: existing.filter((e) => e.account === AccountId).map((e) => ({ AccountId, PermissionSetArn: setArn, PrincipalType: 'GROUP', PrincipalId: e.id })),
    }),
    CreateAccountAssignment: (input) => {
      created.push(`${input.TargetId}:${input.PrincipalId}`);
      return { AccountAssignmentCreationStatus: { Status: 'IN_PROGRESS', RequestId: `r-${created.length}` } };
    },
    DescribeAccountAssignmentCreationStatus: ({ AccountAssignmentCreationRequestId }) => ({
      AccountAssignmentCreationStatus: AccountAssignmentCreationRequestId === 'r-2'
        ? { Status: 'FAILED', RequestId: 'r-2', FailureReason: 'Received a 404 status error: Group g-aud does not exist.' }
        : { Status: 'SUCCEEDED', RequestId: AccountAssignmentCreationRequestId },
    }),
  });
  return { organizations, ssoAdmin, created };
}

describe('planAssign', () => {
  it('plans one assignment per account and principal, named, skipping those that exist', async () => {
    const c = clients([{ account: '222233334444', id: 'g-dev' }]);
    const { plans, connection } = planHarness({ ssoAdmin: c.ssoAdmin.client, organizations: c.organizations.client });
    const plan = await planAssign(connection, plans, { sleep: async () => undefined }, { instanceArn, permissionSetArn: setArn, accountIds: ['222233334444', '333344445555'], principals: [developers, auditors] });
    expect(plan.steps.map((s) => [s.target, s.alreadyDone])).toEqual([
      ['group "Developers" → DeveloperAccess in Staging (222233334444)', true],
      ['group "Auditors" → DeveloperAccess in Staging (222233334444)', false],
      ['group "Developers" → DeveloperAccess in Production (333344445555)', false],
      ['group "Auditors" → DeveloperAccess in Production (333344445555)', false],
    ]);
    expect(plan.warnings[0]).toMatch(/at most 10 outstanding/);
  });

  it('stops at an assignment Identity Center reports FAILED, with its reason, and can roll back the ones that succeeded', async () => {
    const c = clients([]);
    const { plans, connection } = planHarness({ ssoAdmin: c.ssoAdmin.client, organizations: c.organizations.client });
    const plan = await planAssign(connection, plans, { sleep: async () => undefined }, { instanceArn, permissionSetArn: setArn, accountIds: ['222233334444'], principals: [developers, auditors] });
    const result = await plans.apply(plan.id);
    expect(result.outcome).toBe('failed');
    expect(result.completedStepIds).toEqual(['assign-222233334444-GROUP-g-dev']);
    expect(result.error?.message).toMatch(/Group g-aud does not exist/);
    expect(result.rollback?.steps.map((s) => [s.call, s.target])).toEqual([['sso:DeleteAccountAssignment', 'group "Developers" → DeveloperAccess in Staging (222233334444)']]);
  });
});
