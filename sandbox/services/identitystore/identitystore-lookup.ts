import { AwsError } from '../../core/aws-error';
import type { RequestContext } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import type { IdentityStoreGroupRecord, IdentityStoreUserRecord } from './identitystore-state';

/**
 * The identity store exists when an Identity Center instance owned by the caller's account
 * names it; stores of other accounts are as unknown as made-up ids.
 */
export function requireIdentityStore(state: SandboxState, identityStoreId: string, ctx: RequestContext): string {
  const caller = ctx.principal?.accountId ?? ctx.accountId;
  const owned = state.ssoAdmin.instances.some(
    (instance) => instance.identityStoreId === identityStoreId && instance.ownerAccountId === caller,
  );
  if (!owned) {
    throw new AwsError('ResourceNotFoundException', `Identity store ${identityStoreId} does not exist.`);
  }
  return identityStoreId;
}

export function requireUser(state: SandboxState, identityStoreId: string, userId: string): IdentityStoreUserRecord {
  const user = state.identityStore.users.find((u) => u.identityStoreId === identityStoreId && u.userId === userId);
  if (!user) throw new AwsError('ResourceNotFoundException', `USER with id ${userId} does not exist.`);
  return user;
}

export function requireGroup(state: SandboxState, identityStoreId: string, groupId: string): IdentityStoreGroupRecord {
  const group = state.identityStore.groups.find((g) => g.identityStoreId === identityStoreId && g.groupId === groupId);
  if (!group) throw new AwsError('ResourceNotFoundException', `GROUP with id ${groupId} does not exist.`);
  return group;
}

/** The document value of an alternate identifier or filter, as a string. */
export function attributeString(value: unknown): string {
  if (typeof value === 'string') return value;
  throw new AwsError('ValidationException', 'AttributeValue must be a string.');
}

export const identityStorePaging = {
  invalidToken: () => new AwsError('ValidationException', 'The NextToken is not valid.'),
} as const;
