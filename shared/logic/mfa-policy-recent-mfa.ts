import type { PolicyDocument } from './mfa-policy-document';
import { selfServiceMfaActions } from './mfa-policy-require-mfa';

/** The default freshness of an MFA sign-in, in seconds. */
export const defaultMaxMfaAgeSeconds = 300;

/**
 * Template (c): deny when the MFA sign-in is older than maxAgeSeconds. IfExists makes a missing
 * age (no MFA at all, or long-term keys) deny too. Without chosen actions it covers everything
 * except MFA self-service.
 */
export function buildRecentMfaPolicy(maxAgeSeconds: number = defaultMaxMfaAgeSeconds, actions: readonly string[] = []): PolicyDocument {
  if (!Number.isInteger(maxAgeSeconds) || maxAgeSeconds <= 0) throw new Error('The MFA age must be a positive number of seconds.');
  const unique = [...new Set(actions.map((a) => a.trim()).filter(Boolean))];
  const scope = unique.length ? { Action: unique } : { NotAction: selfServiceMfaActions };
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenyUnlessRecentMFA',
        Effect: 'Deny',
        ...scope,
        Resource: '*',
        Condition: { NumericGreaterThanIfExists: { 'aws:MultiFactorAuthAge': String(maxAgeSeconds) } },
      },
    ],
  };
}
