import { AwsError } from '../../core/aws-error';
import type { ServiceOperations } from '../../core/operation';
import { uuid } from '../sso-admin/sso-ids';
import { attributeFilter, identityStorePage } from './identitystore-list';
import { attributeString, requireIdentityStore, requireUser } from './identitystore-lookup';
import type { IdentityStoreUserRecord } from './identitystore-state';

/** The User shape ListUsers and DescribeUser return. */
export function userShape(user: IdentityStoreUserRecord) {
  return {
    IdentityStoreId: user.identityStoreId,
    UserId: user.userId,
    UserName: user.userName,
    Name: user.name
      ? { Formatted: user.name.formatted, GivenName: user.name.givenName, FamilyName: user.name.familyName }
      : undefined,
    DisplayName: user.displayName,
    Emails: user.emails.map((email) => ({ Value: email.value, Type: email.type, Primary: email.primary })),
    Title: user.title,
    UserStatus: 'ENABLED',
    CreatedAt: new Date(user.createdAt),
    UpdatedAt: new Date(user.updatedAt),
  };
}

function findByUniqueAttribute(users: IdentityStoreUserRecord[], path: string, value: string) {
  switch (path.toLowerCase()) {
    case 'username':
      return users.find((user) => user.userName.toLowerCase() === value.toLowerCase());
    case 'emails.value':
      return users.find((user) => user.emails.some((email) => email.value.toLowerCase() === value.toLowerCase()));
    default:
      throw new AwsError('ValidationException', `Invalid AttributePath ${path}. Use UserName or Emails.Value.`);
  }
}

/** Identity Store user operations. */
export const userOperations: ServiceOperations = {
  ListUsers(input, ctx, state) {
    const storeId = requireIdentityStore(state, input.IdentityStoreId, ctx);
    const matches = attributeFilter(input.Filters, 'UserName', (user: IdentityStoreUserRecord) => user.userName);
    const users = state.identityStore.users.filter((user) => user.identityStoreId === storeId && matches(user));
    const page = identityStorePage(users, (user) => user.userId, input);
    return { Users: page.items.map(userShape), NextToken: page.nextToken };
  },

  DescribeUser(input, ctx, state) {
    const storeId = requireIdentityStore(state, input.IdentityStoreId, ctx);
    return userShape(requireUser(state, storeId, input.UserId));
  },

  GetUserId(input, ctx, state) {
    const storeId = requireIdentityStore(state, input.IdentityStoreId, ctx);
    const users = state.identityStore.users.filter((user) => user.identityStoreId === storeId);
    const unique = input.AlternateIdentifier.UniqueAttribute;
    // The sandbox keeps no external ids, so lookups by ExternalId never match.
    const user = unique ? findByUniqueAttribute(users, unique.AttributePath, attributeString(unique.AttributeValue)) : undefined;
    if (!user) throw new AwsError('ResourceNotFoundException', 'USER not found.');
    return { IdentityStoreId: storeId, UserId: user.userId };
  },

  CreateUser(input, ctx, state) {
    const storeId = requireIdentityStore(state, input.IdentityStoreId, ctx);
    const missing = [
      input.UserName === undefined && 'UserName',
      input.DisplayName === undefined && 'DisplayName',
      input.Name?.GivenName === undefined && 'Name.GivenName',
      input.Name?.FamilyName === undefined && 'Name.FamilyName',
    ].filter(Boolean);
    if (missing.length) {
      throw new AwsError('ValidationException', `Missing required attributes: ${missing.join(', ')}.`);
    }
    const userName = String(input.UserName);
    const taken = state.identityStore.users.some(
      (user) => user.identityStoreId === storeId && user.userName.toLowerCase() === userName.toLowerCase(),
    );
    if (taken) throw new AwsError('ConflictException', 'Duplicate UserName');
    const now = ctx.now.toISOString();
    const user: IdentityStoreUserRecord = {
      identityStoreId: storeId,
      userId: uuid(),
      userName,
      displayName: input.DisplayName,
      name: { givenName: input.Name.GivenName, familyName: input.Name.FamilyName, formatted: input.Name.Formatted },
      emails: (input.Emails ?? []).map((email: any) => ({ value: email.Value, type: email.Type, primary: email.Primary })),
      title: input.Title,
      createdAt: now,
      updatedAt: now,
    };
    state.identityStore.users.push(user);
    return { IdentityStoreId: storeId, UserId: user.userId };
  },

  DeleteUser(input, ctx, state) {
    const storeId = requireIdentityStore(state, input.IdentityStoreId, ctx);
    const user = requireUser(state, storeId, input.UserId);
    const store = state.identityStore;
    store.users = store.users.filter((candidate) => candidate !== user);
    store.memberships = store.memberships.filter((m) => !(m.identityStoreId === storeId && m.userId === user.userId));
    return {};
  },
};
