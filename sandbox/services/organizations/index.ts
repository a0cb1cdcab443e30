import type { ServiceOperations } from '../../core/operation';
import { organizationOperations } from './organization-operations';

/** Organizations (AWSOrganizationsV20161128) operations the sandbox implements. */
export const organizationsOperations: ServiceOperations = { ...organizationOperations };
