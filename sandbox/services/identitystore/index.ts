import type { ServiceOperations } from '../../core/operation';
import { groupOperations } from './group-operations';
import { membershipOperations } from './membership-operations';
import { userOperations } from './user-operations';

/** Identity Store (AWSIdentityStore) operations the sandbox implements. */
export const identityStoreOperations: ServiceOperations = {
  ...userOperations,
  ...groupOperations,
  ...membershipOperations,
};
