import type { ServiceKey } from '../models/service-models';
import { iamOperations } from '../services/iam';
import { ssoAdminOperations } from '../services/sso-admin';
import { identityStoreOperations } from '../services/identitystore';
import { organizationsOperations } from '../services/organizations';
import type { ServiceOperations } from './operation';
import { stsOperations } from '../services/sts';

/** The handlers of every service, keyed as the models are. */
export const serviceOperations: Readonly<Record<ServiceKey, ServiceOperations>> = {
  iam: iamOperations,
  sts: stsOperations,
  sso: ssoAdminOperations,
  identitystore: identityStoreOperations,
  organizations: organizationsOperations,
};
