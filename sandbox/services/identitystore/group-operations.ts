import { AwsError } from '../../core/aws-error';
import type { ServiceOperations } from '../../core/operation';
import { uuid } from '../sso-admin/sso-ids';
import { attributeFilter, identityStorePage } from './identitystore-list';
import { attributeString, requireGroup, requireIdentityStore } from './identitystore-lookup';
import type { IdentityStoreGroupRecord } from './identitystore-state';

function groupShape(group: IdentityStoreGroupRecord) {
  return {
    GroupId: group.groupId,
    DisplayName: group.displayName,
    Description: group.description,
    CreatedAt: new Date(group.createdAt),
    UpdatedAt: new Date(group.updatedAt),
    IdentityStoreId: group.identityStoreId,
  };
}

/** Identity Store group operations. */
export const groupOperations: ServiceOperations = {
  ListGroups(input, ctx, state) {
    const storeId = requireIdentityStore(state, input.IdentityStoreId, ctx);
    const matches = attributeFilter(input.Filters, 'DisplayName', (group: IdentityStoreGroupRecord) => group.displayName);
    const groups = state.identityStore.groups.filter((group) => group.identityStoreId === storeId && matches(group));
    const page = identityStorePage(groups, (group) => group.groupId, input);
    return { Groups: page.items.map(groupShape), NextToken: page.nextToken };
  },

  DescribeGroup(input, ctx, state) {
    const storeId = requireIdentityStore(state, input.IdentityStoreId, ctx);
    return groupShape(requireGroup(state, storeId, input.GroupId));
  },

  GetGroupId(input, ctx, state) {
    const storeId = requireIdentityStore(state, input.IdentityStoreId, ctx);
    const unique = input.AlternateIdentifier.UniqueAttribute;
    if (unique && unique.AttributePath.toLowerCase() !== 'displayname') {
      throw new AwsError('ValidationException', `Invalid AttributePath ${unique.AttributePath}. Use DisplayName.`);
    }
    const wanted = unique ? attributeString(unique.AttributeValue).toLowerCase() : undefined;
    const group = state.identityStore.groups.find(
      (candidate) => candidate.identityStoreId === storeId && candidate.displayName.toLowerCase() === wanted,
    );
    if (!group) throw new AwsError('ResourceNotFoundException', 'GROUP not found.');
    return { GroupId: group.groupId, IdentityStoreId: storeId };
  },

  CreateGroup(input, ctx, state) {
    const storeId = requireIdentityStore(state, input.IdentityStoreId, ctx);
    if (input.DisplayName === undefined) {
      throw new AwsError('ValidationException', 'Missing required attribute: DisplayName.');
    }
    const displayName = String(input.DisplayName);
    const taken = state.identityStore.groups.some(
      (group) => group.identityStoreId === storeId && group.displayName.toLowerCase() === displayName.toLowerCase(),
    );
    if (taken) throw new AwsError('ConflictException', 'Duplicate GroupDisplayName');
    const now = ctx.now.toISOString();
    const group: IdentityStoreGroupRecord = {
      identityStoreId: storeId,
      groupId: uuid(),
      displayName,
      description: input.Description,
      createdAt: now,
      updatedAt: now,
    };
    state.identityStore.groups.push(group);
    return { GroupId: group.groupId, IdentityStoreId: storeId };
  },

  DeleteGroup(input, ctx, state) {
    const storeId = requireIdentityStore(state, input.IdentityStoreId, ctx);
    const group = requireGroup(state, storeId, input.GroupId);
    const store = state.identityStore;
    store.groups = store.groups.filter((candidate) => candidate !== group);
    store.memberships = store.memberships.filter((m) => !(m.identityStoreId === storeId && m.groupId === group.groupId));
    return {};
  },
};
