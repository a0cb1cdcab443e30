import { describe, expect, it } from 'vitest';
import { AwsError } from '../../core/aws-error';
import type { SandboxState } from '../../core/state';
import { ASYNC_COMPLETION_MS } from './async-settlement';
import { demoTestState, emptyTestState, testContext } from './identity-center-test-state';
import { ssoAdminOperations } from './index';

const T0 = new Date('2025-05-01T12:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

function call(state: SandboxState, op: string, input: Record<string, unknown>, now = T0, accountId?: string): any {
  const handler = ssoAdminOperations[op];
  if (!handler) throw new Error(`no handler ${op}`);
  return handler(input, testContext(now, accountId), state);
}

function errorOf(fn: () => unknown): AwsError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AwsError) return error;
    throw error;
  }
  throw new Error('expected an AwsError');
}

function setup() {
  const state = demoTestState();
  const instanceArn = state.ssoAdmin.instances[0]!.instanceArn;
  const create = (name: string, extra: Record<string, unknown> = {}) =>
    call(state, 'CreatePermissionSet', { InstanceArn: instanceArn, Name: name, ...extra }).PermissionSet;
  return { state, instanceArn, create };
}

describe('instances', () => {
  it('lists the demo instance with its identity store and describes it', () => {
    const { state, instanceArn } = setup();
    const listed = call(state, 'ListInstances', {});
    expect(listed.Instances).toHaveLength(1);
    expect(listed.Instances[0].InstanceArn).toMatch(/^arn:aws:sso:::instance\/ssoins-[0-9a-f]{16}$/);
    expect(listed.Instances[0].IdentityStoreId).toMatch(/^d-[0-9a-f]{10}$/);
    expect(call(state, 'DescribeInstance', { InstanceArn: instanceArn }).Status).toBe('ACTIVE');
  });

  it('has no instance in an empty sandbox and rejects a made-up one', () => {
    const state = emptyTestState();
    expect(call(state, 'ListInstances', {}).Instances).toEqual([]);
    const error = errorOf(() => call(state, 'DescribeInstance', { InstanceArn: 'arn:aws:sso:::instance/ssoins-0000000000000000' }));
    expect(error.code).toBe('ValidationException');
  });

  it('refuses callers from an account that does not own the instance', () => {
    const { state, instanceArn } = setup();
    const error = errorOf(() => call(state, 'ListPermissionSets', { InstanceArn: instanceArn }, T0, '999988887777'));
    expect(error.code).toBe('AccessDeniedException');
    expect(error.message).toContain('sso:ListPermissionSets');
  });
});

describe('permission sets', () => {
  it('creates with defaults, describes, updates and deletes', () => {
    const { state, instanceArn, create } = setup();
    const created = create('BillingViewer', { Description: 'See the bill' });
    expect(created.SessionDuration).toBe('PT1H');
    expect(created.PermissionSetArn).toMatch(/^arn:aws:sso:::permissionSet\/ssoins-[0-9a-f]{16}\/ps-[0-9a-f]{16}$/);
    call(state, 'UpdatePermissionSet', { InstanceArn: instanceArn, PermissionSetArn: created.PermissionSetArn, SessionDuration: 'PT12H', RelayState: 'https://console.aws.amazon.com/billing/' });
    const described = call(state, 'DescribePermissionSet', { InstanceArn: instanceArn, PermissionSetArn: created.PermissionSetArn }).PermissionSet;
    expect(described).toMatchObject({ Name: 'BillingViewer', Description: 'See the bill', SessionDuration: 'PT12H', RelayState: 'https://console.aws.amazon.com/billing/' });
    call(state, 'DeletePermissionSet', { InstanceArn: instanceArn, PermissionSetArn: created.PermissionSetArn });
    expect(errorOf(() => call(state, 'DescribePermissionSet', { InstanceArn: instanceArn, PermissionSetArn: created.PermissionSetArn })).code).toBe('ResourceNotFoundException');
  });

  it('refuses a duplicate name with ConflictException', () => {
    const { create } = setup();
    const error = errorOf(() => create('AdministratorAccess'));
    expect(error.code).toBe('ConflictException');
    expect(error.message).toBe('PermissionSet with name AdministratorAccess already exists.');
  });

  it('accepts session durations from PT1H to PT12H only', () => {
    const { create } = setup();
    expect(create('Ninety', { SessionDuration: 'PT90M' }).SessionDuration).toBe('PT90M');
    for (const bad of ['PT30M', 'PT13H', 'P1D', 'one hour']) {
      expect(errorOf(() => create(`Bad${bad.length}`, { SessionDuration: bad })).code).toBe('ValidationException');
    }
  });

  it('walks every permission set one page at a time', () => {
    const { state, instanceArn, create } = setup();
    for (let i = 0; i < 4; i++) create(`Extra${i}`);
    const seen: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const page = call(state, 'ListPermissionSets', { InstanceArn: instanceArn, MaxResults: 1, NextToken: token });
      expect(page.PermissionSets.length).toBeLessThanOrEqual(1);
      seen.push(...page.PermissionSets);
      token = page.NextToken;
      pages++;
    } while (token && pages < 50);
    expect(seen).toHaveLength(7);
    expect(new Set(seen).size).toBe(7);
    expect(errorOf(() => call(state, 'ListPermissionSets', { InstanceArn: instanceArn, NextToken: 'not-a-token' })).code).toBe('ValidationException');
  });

  it('refuses to delete a permission set that is assigned', () => {
    const { state, instanceArn } = setup();
    const admin = state.ssoAdmin.permissionSets.find((set) => set.name === 'AdministratorAccess')!;
    const error = errorOf(() => call(state, 'DeletePermissionSet', { InstanceArn: instanceArn, PermissionSetArn: admin.permissionSetArn }));
    expect(error.code).toBe('ConflictException');
  });
});

describe('permission set policies', () => {
  it('attaches up to 20 managed policies and no more', () => {
    const { state, instanceArn, create } = setup();
    const arn = create('Many').PermissionSetArn;
    const input = (i: number) => ({ InstanceArn: instanceArn, PermissionSetArn: arn, ManagedPolicyArn: `arn:aws:iam::aws:policy/Policy${i}` });
    for (let i = 0; i < 20; i++) call(state, 'AttachManagedPolicyToPermissionSet', input(i));
    expect(errorOf(() => call(state, 'AttachManagedPolicyToPermissionSet', input(20))).code).toBe('ServiceQuotaExceededException');
    expect(errorOf(() => call(state, 'AttachManagedPolicyToPermissionSet', input(3))).code).toBe('ConflictException');
    const listed = call(state, 'ListManagedPoliciesInPermissionSet', { InstanceArn: instanceArn, PermissionSetArn: arn });
    expect(listed.AttachedManagedPolicies).toHaveLength(20);
    expect(listed.AttachedManagedPolicies[0]).toEqual({ Name: 'Policy0', Arn: 'arn:aws:iam::aws:policy/Policy0' });
    call(state, 'DetachManagedPolicyFromPermissionSet', input(0));
    expect(errorOf(() => call(state, 'DetachManagedPolicyFromPermissionSet', input(0))).code).toBe('ResourceNotFoundException');
  });

  it('counts customer managed policy references against the same quota', () => {
    const { state, instanceArn, create } = setup();
    const arn = create('Mixed').PermissionSetArn;
    for (let i = 0; i < 19; i++) {
      call(state, 'AttachManagedPolicyToPermissionSet', { InstanceArn: instanceArn, PermissionSetArn: arn, ManagedPolicyArn: `arn:aws:iam::aws:policy/P${i}` });
    }
    const ref = (name: string) => ({ InstanceArn: instanceArn, PermissionSetArn: arn, CustomerManagedPolicyReference: { Name: name } });
    call(state, 'AttachCustomerManagedPolicyReferenceToPermissionSet', ref('TeamBoundary'));
    expect(errorOf(() => call(state, 'AttachCustomerManagedPolicyReferenceToPermissionSet', ref('Another'))).code).toBe('ServiceQuotaExceededException');
    const listed = call(state, 'ListCustomerManagedPolicyReferencesInPermissionSet', { InstanceArn: instanceArn, PermissionSetArn: arn });
    expect(listed.CustomerManagedPolicyReferences).toEqual([{ Name: 'TeamBoundary', Path: '/' }]);
  });

  it('stores one inline policy, returns an empty string when there is none, and checks it', () => {
    const { state, instanceArn, create } = setup();
    const arn = create('Inline').PermissionSetArn;
    const ids = { InstanceArn: instanceArn, PermissionSetArn: arn };
    expect(call(state, 'GetInlinePolicyForPermissionSet', ids).InlinePolicy).toBe('');
    const policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}]}';
    call(state, 'PutInlinePolicyToPermissionSet', { ...ids, InlinePolicy: policy });
    expect(call(state, 'GetInlinePolicyForPermissionSet', ids).InlinePolicy).toBe(policy);
    expect(errorOf(() => call(state, 'PutInlinePolicyToPermissionSet', { ...ids, InlinePolicy: '{not json' })).code).toBe('ValidationException');
    const huge = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: Array.from({ length: 400 }, (_, i) => `arn:aws:s3:::bucket-${i}/*`) }] });
    expect(errorOf(() => call(state, 'PutInlinePolicyToPermissionSet', { ...ids, InlinePolicy: huge })).code).toBe('ServiceQuotaExceededException');
    call(state, 'DeleteInlinePolicyFromPermissionSet', ids);
    expect(call(state, 'GetInlinePolicyForPermissionSet', ids).InlinePolicy).toBe('');
  });

  it('tags permission sets', () => {
    const { state, instanceArn, create } = setup();
    const arn = create('Tagged', { Tags: [{ Key: 'team', Value: 'platform' }] }).PermissionSetArn;
    call(state, 'TagResource', { InstanceArn: instanceArn, ResourceArn: arn, Tags: [{ Key: 'cost-center', Value: '42' }] });
    call(state, 'UntagResource', { InstanceArn: instanceArn, ResourceArn: arn, TagKeys: ['team'] });
    expect(call(state, 'ListTagsForResource', { InstanceArn: instanceArn, ResourceArn: arn }).Tags).toEqual([{ Key: 'cost-center', Value: '42' }]);
  });
});

describe('account assignments', () => {
  function assignmentInput(state: SandboxState, principalId: string, accountIndex = 2) {
    const instanceArn = state.ssoAdmin.instances[0]!.instanceArn;
    const readOnly = state.ssoAdmin.permissionSets.find((set) => set.name === 'ReadOnlyAccess')!;
    return {
      InstanceArn: instanceArn,
      TargetId: state.organizations.accounts[accountIndex]!.id,
      TargetType: 'AWS_ACCOUNT',
      PermissionSetArn: readOnly.permissionSetArn,
      PrincipalType: 'USER',
      PrincipalId: principalId,
    };
  }

  it('goes IN_PROGRESS, then SUCCEEDED once the sandbox clock has moved on, and is then listed', () => {
    const state = demoTestState();
    const user = state.identityStore.users[4]!;
    const input = assignmentInput(state, user.userId);
    const started = call(state, 'CreateAccountAssignment', input).AccountAssignmentCreationStatus;
    expect(started.Status).toBe('IN_PROGRESS');
    const describe = (now: Date) =>
      call(state, 'DescribeAccountAssignmentCreationStatus', { InstanceArn: input.InstanceArn, AccountAssignmentCreationRequestId: started.RequestId }, now)
        .AccountAssignmentCreationStatus;
    expect(describe(later(100)).Status).toBe('IN_PROGRESS');
    expect(describe(later(ASYNC_COMPLETION_MS)).Status).toBe('SUCCEEDED');
    const listed = call(state, 'ListAccountAssignments', { InstanceArn: input.InstanceArn, AccountId: input.TargetId, PermissionSetArn: input.PermissionSetArn }, later(ASYNC_COMPLETION_MS));
    expect(listed.AccountAssignments).toContainEqual({ AccountId: input.TargetId, PermissionSetArn: input.PermissionSetArn, PrincipalType: 'USER', PrincipalId: user.userId });
    const forPrincipal = call(state, 'ListAccountAssignmentsForPrincipal', { InstanceArn: input.InstanceArn, PrincipalType: 'USER', PrincipalId: user.userId }, later(ASYNC_COMPLETION_MS));
    expect(forPrincipal.AccountAssignments).toHaveLength(1);
  });

  it('fails with a reason for a principal the identity store does not know', () => {
    const state = demoTestState();
    const input = assignmentInput(state, '00000000-0000-4000-8000-000000000000');
    const started = call(state, 'CreateAccountAssignment', input).AccountAssignmentCreationStatus;
    const done = call(state, 'DescribeAccountAssignmentCreationStatus', { InstanceArn: input.InstanceArn, AccountAssignmentCreationRequestId: started.RequestId }, later(ASYNC_COMPLETION_MS)).AccountAssignmentCreationStatus;
    expect(done.Status).toBe('FAILED');
    expect(done.FailureReason).toContain('00000000-0000-4000-8000-000000000000');
    const failed = call(state, 'ListAccountAssignmentCreationStatus', { InstanceArn: input.InstanceArn, Filter: { Status: 'FAILED' } }, later(ASYNC_COMPLETION_MS));
    expect(failed.AccountAssignmentsCreationStatus.map((s: any) => s.RequestId)).toEqual([started.RequestId]);
  });

  it('allows 10 outstanding creation requests and throttles the 11th until one finishes', () => {
    const state = demoTestState();
    const users = state.identityStore.users;
    for (let i = 0; i < 10; i++) call(state, 'CreateAccountAssignment', assignmentInput(state, users[i]!.userId));
    const error = errorOf(() => call(state, 'CreateAccountAssignment', assignmentInput(state, users[10]!.userId), later(10)));
    expect(error.code).toBe('ThrottlingException');
    const retried = call(state, 'CreateAccountAssignment', assignmentInput(state, users[10]!.userId), later(ASYNC_COMPLETION_MS));
    expect(retried.AccountAssignmentCreationStatus.Status).toBe('IN_PROGRESS');
  });

  it('refuses a second request for the same assignment while the first is in progress', () => {
    const state = demoTestState();
    const input = assignmentInput(state, state.identityStore.users[0]!.userId);
    call(state, 'CreateAccountAssignment', input);
    expect(errorOf(() => call(state, 'DeleteAccountAssignment', input, later(5))).code).toBe('ConflictException');
  });

  it('deletes an assignment asynchronously and deprovisions with the last one', () => {
    const state = demoTestState();
    const instanceArn = state.ssoAdmin.instances[0]!.instanceArn;
    const single = state.ssoAdmin.assignments.find((a) => a.principalType === 'USER')!;
    const input = { InstanceArn: instanceArn, TargetId: single.accountId, TargetType: 'AWS_ACCOUNT', PermissionSetArn: single.permissionSetArn, PrincipalType: 'USER', PrincipalId: single.principalId };
    const before = call(state, 'ListPermissionSetsProvisionedToAccount', { InstanceArn: instanceArn, AccountId: single.accountId }).PermissionSets;
    const started = call(state, 'DeleteAccountAssignment', input).AccountAssignmentDeletionStatus;
    expect(started.Status).toBe('IN_PROGRESS');
    const done = call(state, 'DescribeAccountAssignmentDeletionStatus', { InstanceArn: instanceArn, AccountAssignmentDeletionRequestId: started.RequestId }, later(ASYNC_COMPLETION_MS));
    expect(done.AccountAssignmentDeletionStatus.Status).toBe('SUCCEEDED');
    const remaining = call(state, 'ListAccountAssignmentsForPrincipal', { InstanceArn: instanceArn, PrincipalType: 'USER', PrincipalId: single.principalId }, later(ASYNC_COMPLETION_MS));
    expect(remaining.AccountAssignments).toEqual([]);
    // The group Platform Admins still holds the same permission set there, so it stays provisioned.
    const after = call(state, 'ListPermissionSetsProvisionedToAccount', { InstanceArn: instanceArn, AccountId: single.accountId }, later(ASYNC_COMPLETION_MS)).PermissionSets;
    expect(after).toEqual(before);
  });
});

describe('provisioning', () => {
  it('marks accounts out of date after a change and up to date after ProvisionPermissionSet', () => {
    const state = demoTestState();
    const instanceArn = state.ssoAdmin.instances[0]!.instanceArn;
    const developer = state.ssoAdmin.permissionSets.find((set) => set.name === 'DeveloperAccess')!;
    const ids = { InstanceArn: instanceArn, PermissionSetArn: developer.permissionSetArn };
    const accounts = (status: string, now = T0) => call(state, 'ListAccountsForProvisionedPermissionSet', { ...ids, ProvisioningStatus: status }, now).AccountIds;
    expect(accounts('LATEST_PERMISSION_SET_NOT_PROVISIONED')).toEqual([]);
    call(state, 'UpdatePermissionSet', { ...ids, SessionDuration: 'PT2H' });
    expect(accounts('LATEST_PERMISSION_SET_NOT_PROVISIONED')).toHaveLength(2);
    const started = call(state, 'ProvisionPermissionSet', { ...ids, TargetType: 'ALL_PROVISIONED_ACCOUNTS' }).PermissionSetProvisioningStatus;
    expect(started.Status).toBe('IN_PROGRESS');
    const done = call(state, 'DescribePermissionSetProvisioningStatus', { InstanceArn: instanceArn, ProvisionPermissionSetRequestId: started.RequestId }, later(ASYNC_COMPLETION_MS));
    expect(done.PermissionSetProvisioningStatus.Status).toBe('SUCCEEDED');
    expect(accounts('LATEST_PERMISSION_SET_PROVISIONED', later(ASYNC_COMPLETION_MS))).toHaveLength(2);
    const history = call(state, 'ListPermissionSetProvisioningStatus', { InstanceArn: instanceArn }, later(ASYNC_COMPLETION_MS));
    expect(history.PermissionSetsProvisioningStatus).toEqual([{ Status: 'SUCCEEDED', RequestId: started.RequestId, CreatedDate: T0 }]);
  });

  it('requires a target account for AWS_ACCOUNT and fails for an account outside the organization', () => {
    const state = demoTestState();
    const instanceArn = state.ssoAdmin.instances[0]!.instanceArn;
    const ids = { InstanceArn: instanceArn, PermissionSetArn: state.ssoAdmin.permissionSets[0]!.permissionSetArn };
    expect(errorOf(() => call(state, 'ProvisionPermissionSet', { ...ids, TargetType: 'AWS_ACCOUNT' })).code).toBe('ValidationException');
    const started = call(state, 'ProvisionPermissionSet', { ...ids, TargetType: 'AWS_ACCOUNT', TargetId: '999999999999' }).PermissionSetProvisioningStatus;
    const done = call(state, 'DescribePermissionSetProvisioningStatus', { InstanceArn: instanceArn, ProvisionPermissionSetRequestId: started.RequestId }, later(ASYNC_COMPLETION_MS));
    expect(done.PermissionSetProvisioningStatus.Status).toBe('FAILED');
  });
});
