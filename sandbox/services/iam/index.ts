import type { ServiceOperations } from '../../core/operation';
import { accessKeyOperations } from './access-key-operations';
import { accountAliasOperations } from './account-alias-operations';
import { accountSummaryOperations } from './account-summary-operations';
import { authorizationDetailsOperations } from './authorization-details-operations';
import { credentialReportOperations } from './credential-report-operations';
import { groupOperations } from './group-operations';
import { inlinePolicyOperations } from './inline-policy-operations';
import { managedPolicyOperations } from './managed-policy-operations';
import { mfaOperations } from './mfa-operations';
import { passwordPolicyOperations } from './password-policy-operations';
import { policyAttachmentOperations } from './policy-attachment-operations';
import { roleOperations } from './role-operations';
import { samlProviderOperations } from './saml-provider-operations';
import { simulateOperations } from './simulate-operations';
import { userOperations } from './user-operations';

/** Every IAM operation the sandbox implements. */
export const iamOperations: ServiceOperations = {
  ...userOperations,
  ...groupOperations,
  ...accessKeyOperations,
  ...roleOperations,
  ...inlinePolicyOperations,
  ...managedPolicyOperations,
  ...policyAttachmentOperations,
  ...accountAliasOperations,
  ...passwordPolicyOperations,
  ...authorizationDetailsOperations,
  ...samlProviderOperations,
  ...mfaOperations,
  ...credentialReportOperations,
  ...accountSummaryOperations,
  ...simulateOperations,
};
