import { describe, expect, it } from 'vitest';
import { AwsError } from '../../core/aws-error';
import type { SandboxState } from '../../core/state';
import { demoTestState, testContext } from '../sso-admin/identity-center-test-state';
import { identityStoreOperations } from './index';

const NOW = new Date('2025-05-01T12:00:00.000Z');

function call(state: SandboxState, op: string, input: Record<string, unknown>, accountId?: string): any {
  return identityStoreOperations[op]!(input, testContext(NOW, accountId), state);
}

function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof AwsError) return error.code;
    throw error;
  }
  throw new Error('expected an AwsError');
}

function setup() {
  const state = demoTestState();
  return { state, storeId: state.ssoAdmin.instances[0]!.identityStoreId };
}

describe('Identity Store users', () => {
  it('lists the 15 demo users in pages of 4', () => {
    const { state, storeId } = setup();
    const names: string[] = [];
    let token: string | undefined;
    for (let i = 0; i < 20; i++) {
      const page = call(state, 'ListUsers', { IdentityStoreId: storeId, MaxResults: 4, NextToken: token });
      names.push(...page.Users.map((u: any) => u.UserName));
      token = page.NextToken;
      if (!token) break;
    }
    expect(names).toHaveLength(15);
    expect(names).toContain('priya.raman');
  });

  it('filters on UserName only', () => {
    const { state, storeId } = setup();
    const found = call(state, 'ListUsers', { IdentityStoreId: storeId, Filters: [{ AttributePath: 'UserName', AttributeValue: 'tomas.herrera' }] });
    expect(found.Users).toHaveLength(1);
    expect(found.Users[0]).toMatchObject({ DisplayName: 'Tomás Herrera', Emails: [{ Value: 'tomas.herrera@meridian-labs.example', Type: 'work', Primary: true }] });
    expect(errorCode(() => call(state, 'ListUsers', { IdentityStoreId: storeId, Filters: [{ AttributePath: 'Title', AttributeValue: 'x' }] }))).toBe('ValidationException');
  });

  it('finds user ids by user name or email and describes them', () => {
    const { state, storeId } = setup();
    const byName = call(state, 'GetUserId', { IdentityStoreId: storeId, AlternateIdentifier: { UniqueAttribute: { AttributePath: 'UserName', AttributeValue: 'grace.kim' } } });
    const byEmail = call(state, 'GetUserId', { IdentityStoreId: storeId, AlternateIdentifier: { UniqueAttribute: { AttributePath: 'Emails.Value', AttributeValue: 'grace.kim@meridian-labs.example' } } });
    expect(byEmail.UserId).toBe(byName.UserId);
    expect(call(state, 'DescribeUser', { IdentityStoreId: storeId, UserId: byName.UserId }).Title).toBe('Internal Auditor');
    expect(errorCode(() => call(state, 'GetUserId', { IdentityStoreId: storeId, AlternateIdentifier: { UniqueAttribute: { AttributePath: 'UserName', AttributeValue: 'nobody' } } }))).toBe('ResourceNotFoundException');
  });

  it('creates users, refuses duplicate names and deletes them with their memberships', () => {
    const { state, storeId } = setup();
    const input = { IdentityStoreId: storeId, UserName: 'new.hire', DisplayName: 'New Hire', Name: { GivenName: 'New', FamilyName: 'Hire' } };
    const { UserId } = call(state, 'CreateUser', input);
    expect(errorCode(() => call(state, 'CreateUser', { ...input, UserName: 'NEW.HIRE' }))).toBe('ConflictException');
    expect(errorCode(() => call(state, 'CreateUser', { IdentityStoreId: storeId, UserName: 'half' }))).toBe('ValidationException');
    const groupId = state.identityStore.groups[0]!.groupId;
    call(state, 'CreateGroupMembership', { IdentityStoreId: storeId, GroupId: groupId, MemberId: { UserId } });
    call(state, 'DeleteUser', { IdentityStoreId: storeId, UserId });
    expect(state.identityStore.memberships.some((m) => m.userId === UserId)).toBe(false);
  });

  it('does not know identity stores of other accounts or made-up ones', () => {
    const { state, storeId } = setup();
    expect(errorCode(() => call(state, 'ListUsers', { IdentityStoreId: 'd-0000000000' }))).toBe('ResourceNotFoundException');
    expect(errorCode(() => call(state, 'ListUsers', { IdentityStoreId: storeId }, '999988887777'))).toBe('ResourceNotFoundException');
  });
});

describe('Identity Store groups and memberships', () => {
  it('filters groups by display name and lists their members', () => {
    const { state, storeId } = setup();
    const groups = call(state, 'ListGroups', { IdentityStoreId: storeId, Filters: [{ AttributePath: 'DisplayName', AttributeValue: 'Auditors' }] }).Groups;
    expect(groups).toHaveLength(1);
    const { GroupId } = call(state, 'GetGroupId', { IdentityStoreId: storeId, AlternateIdentifier: { UniqueAttribute: { AttributePath: 'DisplayName', AttributeValue: 'Auditors' } } });
    expect(GroupId).toBe(groups[0].GroupId);
    const members = call(state, 'ListGroupMemberships', { IdentityStoreId: storeId, GroupId }).GroupMemberships;
    const names = members.map((m: any) => call(state, 'DescribeUser', { IdentityStoreId: storeId, UserId: m.MemberId.UserId }).UserName);
    expect(names.sort()).toEqual(['elena.volkova', 'grace.kim', 'priya.raman']);
  });

  it('lists a member’s groups, checks membership and refuses duplicates', () => {
    const { state, storeId } = setup();
    const jonah = state.identityStore.users.find((u) => u.userName === 'jonah.whitfield')!;
    const memberships = call(state, 'ListGroupMembershipsForMember', { IdentityStoreId: storeId, MemberId: { UserId: jonah.userId } }).GroupMemberships;
    expect(memberships).toHaveLength(2);
    const groupId = memberships[0].GroupId;
    expect(errorCode(() => call(state, 'CreateGroupMembership', { IdentityStoreId: storeId, GroupId: groupId, MemberId: { UserId: jonah.userId } }))).toBe('ConflictException');
    const check = call(state, 'IsMemberInGroups', { IdentityStoreId: storeId, MemberId: { UserId: jonah.userId }, GroupIds: [groupId, state.identityStore.groups[0]!.groupId] });
    expect(check.Results.map((r: any) => r.MembershipExists)).toEqual([true, false]);
    const { MembershipId } = call(state, 'GetGroupMembershipId', { IdentityStoreId: storeId, GroupId: groupId, MemberId: { UserId: jonah.userId } });
    call(state, 'DeleteGroupMembership', { IdentityStoreId: storeId, MembershipId });
    expect(errorCode(() => call(state, 'DescribeGroupMembership', { IdentityStoreId: storeId, MembershipId }))).toBe('ResourceNotFoundException');
  });

  it('creates groups with unique display names', () => {
    const { state, storeId } = setup();
    const { GroupId } = call(state, 'CreateGroup', { IdentityStoreId: storeId, DisplayName: 'On-call', Description: 'Pager rotation' });
    expect(call(state, 'DescribeGroup', { IdentityStoreId: storeId, GroupId }).Description).toBe('Pager rotation');
    expect(errorCode(() => call(state, 'CreateGroup', { IdentityStoreId: storeId, DisplayName: 'developers' }))).toBe('ConflictException');
    call(state, 'DeleteGroup', { IdentityStoreId: storeId, GroupId });
    expect(errorCode(() => call(state, 'DescribeGroup', { IdentityStoreId: storeId, GroupId }))).toBe('ResourceNotFoundException');
  });
});
