import type { ServiceOperations } from '../../core/operation';
import { uniqueId } from '../../core/ids';
import {
  compareNames, deleteConflict, entityExists, findGroup, findUser, groupsOfUser, iamArn, limitExceeded, noSuchEntity, requireGroup, requireUser,
} from './iam-lookup';
import { groupShape, userShape } from './iam-shapes';
import { paginate, pageOutput } from './paging';

const groupsQuota = 300;
const groupsPerUserQuota = 10;

/** IAM groups and their memberships. */
export const groupOperations: ServiceOperations = {
  CreateGroup(input: { GroupName: string; Path?: string }, ctx, state) {
    if (findGroup(state, input.GroupName)) throw entityExists('Group', input.GroupName);
    if (Object.keys(state.iam.groups).length >= groupsQuota) throw limitExceeded(`Cannot exceed quota for GroupsPerAccount: ${groupsQuota}`);
    const path = input.Path ?? '/';
    const group = {
      groupName: input.GroupName,
      groupId: uniqueId('AGPA'),
      arn: iamArn(ctx.accountId, 'group', path, input.GroupName),
      path,
      createDate: ctx.now.toISOString(),
      userNames: [],
      inlinePolicies: {},
      attachedPolicyArns: [],
    };
    state.iam.groups[input.GroupName.toLowerCase()] = group;
    return { Group: groupShape(group) };
  },

  GetGroup(input: { GroupName: string; Marker?: string; MaxItems?: number }, ctx, state) {
    const group = requireGroup(state, input.GroupName);
    const members = group.userNames
      .map((n) => findUser(state, n))
      .filter((u) => u !== undefined)
      .sort((a, b) => compareNames(a.userName, b.userName));
    const page = paginate(members, (u) => u.userName.toLowerCase(), input.Marker, input.MaxItems, ctx);
    return { Group: groupShape(group), ...pageOutput('Users', page, (u) => userShape(u, false)) };
  },

  ListGroups(input: { PathPrefix?: string; Marker?: string; MaxItems?: number }, ctx, state) {
    const prefix = input.PathPrefix ?? '/';
    const groups = Object.values(state.iam.groups)
      .filter((g) => g.path.startsWith(prefix))
      .sort((a, b) => compareNames(a.groupName, b.groupName));
    return pageOutput('Groups', paginate(groups, (g) => g.groupName.toLowerCase(), input.Marker, input.MaxItems, ctx), groupShape);
  },

  UpdateGroup(input: { GroupName: string; NewPath?: string; NewGroupName?: string }, ctx, state) {
    const group = requireGroup(state, input.GroupName);
    const newName = input.NewGroupName ?? group.groupName;
    if (newName.toLowerCase() !== group.groupName.toLowerCase() && findGroup(state, newName)) throw entityExists('Group', newName);
    delete state.iam.groups[group.groupName.toLowerCase()];
    group.groupName = newName;
    group.path = input.NewPath ?? group.path;
    group.arn = iamArn(ctx.accountId, 'group', group.path, newName);
    state.iam.groups[newName.toLowerCase()] = group;
    return {};
  },

  DeleteGroup(input: { GroupName: string }, _ctx, state) {
    const group = requireGroup(state, input.GroupName);
    if (group.userNames.length) throw deleteConflict('Cannot delete entity, must remove users from group first.');
    if (Object.keys(group.inlinePolicies).length) throw deleteConflict('Cannot delete entity, must delete policies first.');
    if (group.attachedPolicyArns.length) throw deleteConflict('Cannot delete entity, must detach all policies first.');
    delete state.iam.groups[group.groupName.toLowerCase()];
    return {};
  },

  AddUserToGroup(input: { GroupName: string; UserName: string }, _ctx, state) {
    const group = requireGroup(state, input.GroupName);
    const user = requireUser(state, input.UserName);
    if (group.userNames.some((u) => u.toLowerCase() === user.userName.toLowerCase())) return {};
    if (groupsOfUser(state, user.userName).length >= groupsPerUserQuota) {
      throw limitExceeded(`Cannot exceed quota for GroupsPerUser: ${groupsPerUserQuota}`);
    }
    group.userNames.push(user.userName);
    return {};
  },

  RemoveUserFromGroup(input: { GroupName: string; UserName: string }, _ctx, state) {
    const group = requireGroup(state, input.GroupName);
    const user = requireUser(state, input.UserName);
    const lower = user.userName.toLowerCase();
    if (!group.userNames.some((u) => u.toLowerCase() === lower)) {
      throw noSuchEntity(`The user with name ${user.userName} cannot be found in group ${group.groupName}.`);
    }
    group.userNames = group.userNames.filter((u) => u.toLowerCase() !== lower);
    return {};
  },

  ListGroupsForUser(input: { UserName: string; Marker?: string; MaxItems?: number }, ctx, state) {
    const user = requireUser(state, input.UserName);
    const page = paginate(groupsOfUser(state, user.userName), (g) => g.groupName.toLowerCase(), input.Marker, input.MaxItems, ctx);
    return pageOutput('Groups', page, groupShape);
  },
};
