import type { PolicyDocument } from './mfa-policy-document';

/** Template (b): deny only the chosen actions unless the caller signed in with MFA. */
export function buildSelectedActionsMfaPolicy(actions: readonly string[]): PolicyDocument {
  const unique = [...new Set(actions.map((a) => a.trim()).filter(Boolean))];
  if (!unique.length) throw new Error('Choose at least one action that needs MFA.');
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'DenySelectedActionsWithoutMFA',
        Effect: 'Deny',
        Action: unique,
        Resource: '*',
        Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
      },
    ],
  };
}
