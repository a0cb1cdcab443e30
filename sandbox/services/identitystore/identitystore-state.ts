export interface IdentityStoreUserRecord {
  identityStoreId: string;
  userId: string;
  userName: string;
  displayName?: string;
  name?: { givenName?: string; familyName?: string; formatted?: string };
  emails: { value: string; type?: string; primary?: boolean }[];
  title?: string;
  createdAt: string;
  updatedAt: string;
}

export interface IdentityStoreGroupRecord {
  identityStoreId: string;
  groupId: string;
  displayName: string;
  description?: string;
  createdAt: string;
  updatedAt: string;
}

export interface IdentityStoreMembershipRecord {
  identityStoreId: string;
  membershipId: string;
  groupId: string;
  userId: string;
  createdAt: string;
}

export interface IdentityStoreState {
  users: IdentityStoreUserRecord[];
  groups: IdentityStoreGroupRecord[];
  memberships: IdentityStoreMembershipRecord[];
}

/** A fresh slice: no users, groups or memberships. */
export function emptyIdentityStoreState(): IdentityStoreState {
  return { users: [], groups: [], memberships: [] };
}
