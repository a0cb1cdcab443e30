import { AwsError } from '../../core/aws-error';
import type { RequestContext, ServiceOperations } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import { accessKeyId, secretAccessKey } from '../../core/ids';
import { limitExceeded, noSuchEntity, requireUser } from './iam-lookup';
import type { IamUserRecord } from './iam-state';
import { hashPassword } from './password-hash';
import { checkPasswordAgainstPolicy } from './password-policy-operations';

const accessKeysPerUser = 2;

/** The user a credential operation acts on: the named one, or the caller when omitted. */
function targetUser(state: SandboxState, ctx: RequestContext, userName: string | undefined): IamUserRecord {
  const name = userName ?? ctx.principal?.userName;
  if (!name) throw new AwsError('ValidationError', 'Must specify userName when calling with non-User credentials', 400);
  return requireUser(state, name);
}

/** Access keys (two per user) and console passwords (login profiles). */
export const accessKeyOperations: ServiceOperations = {
  CreateAccessKey(input: { UserName?: string }, ctx, state) {
    const user = targetUser(state, ctx, input.UserName);
    if (user.accessKeys.length >= accessKeysPerUser) throw limitExceeded(`Cannot exceed quota for AccessKeysPerUser: ${accessKeysPerUser}`);
    const key = { accessKeyId: accessKeyId('AKIA'), secretAccessKey: secretAccessKey(), status: 'Active' as const, createDate: ctx.now.toISOString() };
    user.accessKeys.push(key);
    return {
      AccessKey: { UserName: user.userName, AccessKeyId: key.accessKeyId, Status: key.status, SecretAccessKey: key.secretAccessKey, CreateDate: ctx.now },
    };
  },

  ListAccessKeys(input: { UserName?: string; Marker?: string; MaxItems?: number }, ctx, state) {
    const user = targetUser(state, ctx, input.UserName);
    return {
      AccessKeyMetadata: user.accessKeys.map((k) => ({ UserName: user.userName, AccessKeyId: k.accessKeyId, Status: k.status, CreateDate: new Date(k.createDate) })),
      IsTruncated: false,
    };
  },

  UpdateAccessKey(input: { UserName?: string; AccessKeyId: string; Status: 'Active' | 'Inactive' }, ctx, state) {
    const user = targetUser(state, ctx, input.UserName);
    const key = user.accessKeys.find((k) => k.accessKeyId === input.AccessKeyId);
    if (!key) throw noSuchEntity(`The Access Key with id ${input.AccessKeyId} cannot be found.`);
    key.status = input.Status;
    return {};
  },

  DeleteAccessKey(input: { UserName?: string; AccessKeyId: string }, ctx, state) {
    const user = targetUser(state, ctx, input.UserName);
    if (!user.accessKeys.some((k) => k.accessKeyId === input.AccessKeyId)) {
      throw noSuchEntity(`The Access Key with id ${input.AccessKeyId} cannot be found.`);
    }
    user.accessKeys = user.accessKeys.filter((k) => k.accessKeyId !== input.AccessKeyId);
    return {};
  },

  GetAccessKeyLastUsed(input: { AccessKeyId: string }, _ctx, state) {
    for (const user of Object.values(state.iam.users)) {
      const key = user.accessKeys.find((k) => k.accessKeyId === input.AccessKeyId);
      if (!key) continue;
      return {
        UserName: user.userName,
        AccessKeyLastUsed: key.lastUsedDate
          ? { LastUsedDate: new Date(key.lastUsedDate), ServiceName: key.lastUsedService ?? 'iam', Region: key.lastUsedRegion ?? 'us-east-1' }
          : { ServiceName: 'N/A', Region: 'N/A' },
      };
    }
    throw new AwsError('AccessDenied', `User is not authorized to perform: iam:GetAccessKeyLastUsed on resource: access key ${input.AccessKeyId}`, 403);
  },

  CreateLoginProfile(input: { UserName?: string; Password?: string; PasswordResetRequired?: boolean }, ctx, state) {
    const user = targetUser(state, ctx, input.UserName);
    if (user.loginProfile) throw new AwsError('EntityAlreadyExists', `Login Profile for user ${user.userName} already exists.`, 409);
    if (input.Password === undefined) throw new AwsError('ValidationError', 'Password is required to create a login profile.', 400);
    checkPasswordAgainstPolicy(state, input.Password);
    user.loginProfile = { createDate: ctx.now.toISOString(), passwordResetRequired: input.PasswordResetRequired ?? false, passwordHash: hashPassword(input.Password) };
    return { LoginProfile: { UserName: user.userName, CreateDate: ctx.now, PasswordResetRequired: user.loginProfile.passwordResetRequired } };
  },

  GetLoginProfile(input: { UserName?: string }, ctx, state) {
    const user = targetUser(state, ctx, input.UserName);
    if (!user.loginProfile) throw noSuchEntity(`Login Profile for User ${user.userName} cannot be found.`);
    return {
      LoginProfile: { UserName: user.userName, CreateDate: new Date(user.loginProfile.createDate), PasswordResetRequired: user.loginProfile.passwordResetRequired },
    };
  },

  UpdateLoginProfile(input: { UserName: string; Password?: string; PasswordResetRequired?: boolean }, ctx, state) {
    const user = targetUser(state, ctx, input.UserName);
    if (!user.loginProfile) throw noSuchEntity(`Login Profile for User ${user.userName} cannot be found.`);
    if (input.Password !== undefined) {
      checkPasswordAgainstPolicy(state, input.Password);
      user.loginProfile.passwordHash = hashPassword(input.Password);
    }
    if (input.PasswordResetRequired !== undefined) user.loginProfile.passwordResetRequired = input.PasswordResetRequired;
    return {};
  },

  DeleteLoginProfile(input: { UserName?: string }, ctx, state) {
    const user = targetUser(state, ctx, input.UserName);
    if (!user.loginProfile) throw noSuchEntity(`Login Profile for User ${user.userName} cannot be found.`);
    delete user.loginProfile;
    return {};
  },
};
