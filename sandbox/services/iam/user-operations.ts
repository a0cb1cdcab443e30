import { AwsError } from '../../core/aws-error';
import type { ServiceOperations } from '../../core/operation';
import { uniqueId } from '../../core/ids';
import {
  compareNames, deleteConflict, entityExists, findUser, groupsOfUser, iamArn, limitExceeded, requireUser,
} from './iam-lookup';
import type { IamTag } from './iam-state';
import { userShape } from './iam-shapes';
import { paginate, pageOutput } from './paging';
import { requireBoundaryPolicy } from './policy-store';
import { applyTags, removeTags, tagsPage } from './tagging';

const usersQuota = 5000;

/** IAM users: create, read, rename/move, delete (with AWS's dependency checks) and tags. */
export const userOperations: ServiceOperations = {
  CreateUser(input: { UserName: string; Path?: string; PermissionsBoundary?: string; Tags?: IamTag[] }, ctx, state) {
    if (findUser(state, input.UserName)) throw entityExists('User', input.UserName);
    if (Object.keys(state.iam.users).length >= usersQuota) throw limitExceeded(`Cannot exceed quota for UsersPerAccount: ${usersQuota}`);
    requireBoundaryPolicy(state, input.PermissionsBoundary);
    const path = input.Path ?? '/';
    const user = {
      userName: input.UserName,
      userId: uniqueId('AIDA'),
      arn: iamArn(ctx.accountId, 'user', path, input.UserName),
      path,
      createDate: ctx.now.toISOString(),
      permissionsBoundary: input.PermissionsBoundary,
      tags: applyTags([], input.Tags ?? []),
      inlinePolicies: {},
      attachedPolicyArns: [],
      accessKeys: [],
    };
    state.iam.users[input.UserName.toLowerCase()] = user;
    return { User: userShape(user) };
  },

  GetUser(input: { UserName?: string }, ctx, state) {
    // Without a name, IAM answers for the calling user.
    const name = input.UserName ?? ctx.principal?.userName;
    if (!name && ctx.principal?.kind !== 'root') {
      throw new AwsError('ValidationError', 'Must specify userName when calling with non-User credentials', 400);
    }
    if (!name) {
      const { accountId } = ctx;
      return { User: { Path: '/', UserName: undefined, UserId: accountId, Arn: `arn:aws:iam::${accountId}:root`, CreateDate: new Date(0) } };
    }
    return { User: userShape(requireUser(state, name)) };
  },

  ListUsers(input: { PathPrefix?: string; Marker?: string; MaxItems?: number }, ctx, state) {
    const prefix = input.PathPrefix ?? '/';
    const users = Object.values(state.iam.users)
      .filter((u) => u.path.startsWith(prefix))
      .sort((a, b) => compareNames(a.userName, b.userName));
    return pageOutput('Users', paginate(users, (u) => u.userName.toLowerCase(), input.Marker, input.MaxItems, ctx), (u) => userShape(u, false));
  },

  UpdateUser(input: { UserName: string; NewPath?: string; NewUserName?: string }, ctx, state) {
    const user = requireUser(state, input.UserName);
    const newName = input.NewUserName ?? user.userName;
    if (newName.toLowerCase() !== user.userName.toLowerCase() && findUser(state, newName)) throw entityExists('User', newName);
    const oldName = user.userName;
    delete state.iam.users[oldName.toLowerCase()];
    user.userName = newName;
    user.path = input.NewPath ?? user.path;
    user.arn = iamArn(ctx.accountId, 'user', user.path, newName);
    state.iam.users[newName.toLowerCase()] = user;
    for (const g of Object.values(state.iam.groups)) {
      g.userNames = g.userNames.map((u) => (u.toLowerCase() === oldName.toLowerCase() ? newName : u));
    }
    for (const d of state.iam.security.virtualMfaDevices) if (d.userName?.toLowerCase() === oldName.toLowerCase()) d.userName = newName;
    return {};
  },

  DeleteUser(input: { UserName: string }, _ctx, state) {
    const user = requireUser(state, input.UserName);
    const lower = user.userName.toLowerCase();
    if (user.loginProfile) throw deleteConflict('Cannot delete entity, must delete login profile first.');
    if (user.accessKeys.length) throw deleteConflict('Cannot delete entity, must delete access keys first.');
    if (state.iam.security.virtualMfaDevices.some((d) => d.userName?.toLowerCase() === lower)) {
      throw deleteConflict('Cannot delete entity, must delete MFA device first.');
    }
    if (Object.keys(user.inlinePolicies).length) throw deleteConflict('Cannot delete entity, must delete policies first.');
    if (user.attachedPolicyArns.length) throw deleteConflict('Cannot delete entity, must detach all policies first.');
    if (groupsOfUser(state, user.userName).length) throw deleteConflict('Cannot delete entity, must remove user from all groups first.');
    delete state.iam.users[lower];
    return {};
  },

  PutUserPermissionsBoundary(input: { UserName: string; PermissionsBoundary: string }, _ctx, state) {
    const user = requireUser(state, input.UserName);
    requireBoundaryPolicy(state, input.PermissionsBoundary);
    user.permissionsBoundary = input.PermissionsBoundary;
    return {};
  },

  DeleteUserPermissionsBoundary(input: { UserName: string }, _ctx, state) {
    delete requireUser(state, input.UserName).permissionsBoundary;
    return {};
  },

  TagUser(input: { UserName: string; Tags: IamTag[] }, _ctx, state) {
    const user = requireUser(state, input.UserName);
    user.tags = applyTags(user.tags, input.Tags);
    return {};
  },

  UntagUser(input: { UserName: string; TagKeys: string[] }, _ctx, state) {
    const user = requireUser(state, input.UserName);
    user.tags = removeTags(user.tags, input.TagKeys);
    return {};
  },

  ListUserTags(input: { UserName: string; MaxItems?: number }, _ctx, state) {
    return tagsPage(requireUser(state, input.UserName).tags, input.MaxItems);
  },
};
