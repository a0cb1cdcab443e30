import type { IamState } from '../services/iam/iam-state';
import type { StsState } from '../services/sts/sts-state';
import type { SsoAdminState } from '../services/sso-admin/sso-admin-state';
import type { IdentityStoreState } from '../services/identitystore/identitystore-state';
import type { OrganizationsState } from '../services/organizations/organizations-state';

/** The account the sandbox plays. */
export interface AccountState {
  readonly accountId: string;
  /** The sandbox's own root credentials, printed at start; never real AWS keys. */
  readonly rootAccessKeyId: string;
  readonly rootSecretAccessKey: string;
  readonly region: string;
}

/**
 * The whole persisted sandbox: plain JSON-serializable data, one slice per service. Each
 * slice's file defines its type and an `empty…State()` factory.
 */
export interface SandboxState {
  version: 1;
  account: AccountState;
  iam: IamState;
  sts: StsState;
  ssoAdmin: SsoAdminState;
  identityStore: IdentityStoreState;
  organizations: OrganizationsState;
}
