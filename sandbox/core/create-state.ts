import { emptyIamState } from '../services/iam/iam-state';
import { emptyStsState } from '../services/sts/sts-state';
import { emptySsoAdminState } from '../services/sso-admin/sso-admin-state';
import { emptyIdentityStoreState } from '../services/identitystore/identitystore-state';
import { emptyOrganizationsState } from '../services/organizations/organizations-state';
import { accessKeyId, accountId, secretAccessKey } from './ids';
import type { SandboxState } from './state';

export const defaultRegion = 'us-east-1';

/** A fresh account with its own random root credentials and no resources. */
export function createEmptyState(options: { accountId?: string; region?: string } = {}): SandboxState {
  return {
    version: 1,
    account: {
      accountId: options.accountId ?? accountId(),
      rootAccessKeyId: accessKeyId('AKIA'),
      rootSecretAccessKey: secretAccessKey(),
      region: options.region ?? defaultRegion,
    },
    iam: emptyIamState(),
    sts: emptyStsState(),
    ssoAdmin: emptySsoAdminState(),
    identityStore: emptyIdentityStoreState(),
    organizations: emptyOrganizationsState(),
  };
}
