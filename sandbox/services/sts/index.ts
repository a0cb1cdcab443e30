import { AwsError } from '../../core/aws-error';
import type { ServiceOperations } from '../../core/operation';
import { assumeRole } from './assume-role';
import { assumeRoleWithSaml } from './assume-role-with-saml';
import { getCallerIdentity } from './get-caller-identity';
import { getSessionToken } from './get-session-token';

/** The STS operations the sandbox serves. */
export const stsOperations: ServiceOperations = {
  GetCallerIdentity: getCallerIdentity,
  GetSessionToken: getSessionToken,
  AssumeRole: assumeRole,
  AssumeRoleWithSAML: assumeRoleWithSaml,
  GetAccessKeyInfo: (_input: { AccessKeyId: string }, ctx) => ({ Account: ctx.accountId }),
  DecodeAuthorizationMessage: () => {
    // The sandbox's AccessDenied messages are never encoded, so there is nothing to decode.
    throw new AwsError('InvalidAuthorizationMessageException', 'The sandbox does not issue encoded authorization messages.', 400);
  },
};
