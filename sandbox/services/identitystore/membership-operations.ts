import { AwsError } from '../../core/aws-error';
import type { ServiceOperations } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import { uuid } from '../sso-admin/sso-ids';
import { identityStorePage } from './identitystore-list';
import { requireGroup, requireIdentityStore, requireUser } from './identitystore-lookup';
import type { IdentityStoreMembershipRecord } from './identitystore-state';

function membershipShape(membership: IdentityStoreMembershipRecord) {
  return {
    IdentityStoreId: membership.identityStoreId,
    MembershipId: membership.membershipId,
    GroupId: membership.groupId,
    MemberId: { UserId: membership.userId },
    CreatedAt: new Date(membership.createdAt),
    UpdatedAt: new Date(membership.createdAt),
  };
}

/** MemberId is a union; users are the only members Identity Store knows. */
function memberUserId(memberId: { UserId?: string } | undefined): string {
  if (!memberId?.UserId) throw new AwsError('ValidationException', 'MemberId must specify a UserId.');
  return memberId.UserId;
}

function requireMembership(state: SandboxState, storeId: string, membershipId: string) {
  const membership = state.identityStore.memberships.find(
    (m) => m.identityStoreId === storeId && m.membershipId === membershipId,
  );
  if (!membership) throw new AwsError('ResourceNotFoundException', `GROUP_MEMBERSHIP with id ${membershipId} does not exist.`);
  return membership;
}

/** Identity Store group membership operations. */
export const membershipOperations: ServiceOperations = {
  ListGroupMemberships(input, ctx, state) {
    const storeId = requireIdentityStore(state, input.IdentityStoreId, ctx);
    requireGroup(state, storeId, input.GroupId);
    const memberships = state.identityStore.memberships.filter((m) => m.identityStoreId === storeId && m.groupId === input.GroupId);
    const page = identityStorePage(memberships, (m) => m.membershipId, input);
    return { GroupMemberships: page.items.map(membershipShape), NextToken: page.nextToken };
  },

  ListGroupMembershipsForMember(input, ctx, state) {
    const storeId = requireIdentityStore(state, input.IdentityStoreId, ctx);
    const userId = memberUserId(input.MemberId);
    requireUser(state, storeId, userId);
    const memberships = state.identityStore.memberships.filter((m) => m.identityStoreId === storeId && m.userId === userId);
    const page = identityStorePage(memberships, (m) => m.membershipId, input);
    return { GroupMemberships: page.items.map(membershipShape), NextToken: page.nextToken };
  },

  CreateGroupMembership(input, ctx, state) {
    const storeId = requireIdentityStore(state, input.IdentityStoreId, ctx);
    const userId = memberUserId(input.MemberId);
    requireGroup(state, storeId, input.GroupId);
    requireUser(state, storeId, userId);
    const exists = state.identityStore.memberships.some(
      (m) => m.identityStoreId === storeId && m.groupId === input.GroupId && m.userId === userId,
    );
    if (exists) throw new AwsError('ConflictException', 'Member and Group relationship already exists.');
    const membership: IdentityStoreMembershipRecord = {
      identityStoreId: storeId,
      membershipId: uuid(),
      groupId: input.GroupId,
      userId,
      createdAt: ctx.now.toISOString(),
    };
    state.identityStore.memberships.push(membership);
    return { MembershipId: membership.membershipId, IdentityStoreId: storeId };
  },

  DescribeGroupMembership(input, ctx, state) {
    const storeId = requireIdentityStore(state, input.IdentityStoreId, ctx);
    return membershipShape(requireMembership(state, storeId, input.MembershipId));
  },

  GetGroupMembershipId(input, ctx, state) {
    const storeId = requireIdentityStore(state, input.IdentityStoreId, ctx);
    const userId = memberUserId(input.MemberId);
    const membership = state.identityStore.memberships.find(
      (m) => m.identityStoreId === storeId && m.groupId === input.GroupId && m.userId === userId,
    );
    if (!membership) throw new AwsError('ResourceNotFoundException', 'GROUP_MEMBERSHIP not found.');
    return { MembershipId: membership.membershipId, IdentityStoreId: storeId };
  },

  IsMemberInGroups(input, ctx, state) {
    const storeId = requireIdentityStore(state, input.IdentityStoreId, ctx);
    const userId = memberUserId(input.MemberId);
    return {
      Results: (input.GroupIds as string[]).map((groupId) => ({
        GroupId: groupId,
        MemberId: { UserId: userId },
        MembershipExists: state.identityStore.memberships.some(
          (m) => m.identityStoreId === storeId && m.groupId === groupId && m.userId === userId,
        ),
      })),
    };
  },

  DeleteGroupMembership(input, ctx, state) {
    const storeId = requireIdentityStore(state, input.IdentityStoreId, ctx);
    const membership = requireMembership(state, storeId, input.MembershipId);
    state.identityStore.memberships = state.identityStore.memberships.filter((m) => m !== membership);
    return {};
  },
};
