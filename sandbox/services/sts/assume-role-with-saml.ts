import { AwsError } from '../../core/aws-error';
import type { OperationHandler } from '../../core/operation';
import { contextFrom } from '../../policy/request-context';
import { validateSamlResponse } from '../../saml/saml-response-validator';
import { findRoleByArn } from './role-lookup';
import { issueRoleSession } from './role-session';
import { evaluateTrustPolicy, withRequestKeys } from './trust-policy';

interface AssumeRoleWithSamlInput {
  RoleArn: string;
  PrincipalArn: string;
  SAMLAssertion: string;
  Policy?: string;
  PolicyArns?: { arn?: string }[];
  DurationSeconds?: number;
}

const NOT_AUTHORIZED = 'Not authorized to perform sts:AssumeRoleWithSAML';

/** AssumeRoleWithSAML (unsigned): validates the IdP's response as STS does, then the role's trust policy. */
export const assumeRoleWithSaml: OperationHandler = (input: AssumeRoleWithSamlInput, ctx, state) => {
  const provider = state.iam.security.samlProviders.find((p) => p.arn === input.PrincipalArn);
  if (!provider) throw new AwsError('InvalidIdentityToken', "Specified provider doesn't exist.", 400);
  const claims = validateSamlResponse({
    samlAssertionBase64: input.SAMLAssertion,
    roleArn: input.RoleArn,
    provider: { arn: provider.arn, name: provider.name, entityId: provider.entityId, signingCertificates: provider.signingCertificates, uuid: provider.uuid },
    accountId: ctx.accountId,
    now: ctx.now,
  });
  const role = findRoleByArn(state, input.RoleArn);
  if (!role || role.roleName.startsWith('AWSReservedSSO_')) throw new AwsError('AccessDenied', NOT_AUTHORIZED, 403);
  if (input.DurationSeconds !== undefined && input.DurationSeconds > role.maxSessionDuration) {
    throw new AwsError('ValidationError', 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.', 400);
  }
  const context = withRequestKeys(contextFrom(claims.contextKeys), ctx);
  const federated = { type: 'Federated', identifiers: [provider.arn] };
  const actions = ['sts:AssumeRoleWithSAML'];
  if (Object.keys(claims.principalTags).length > 0) actions.push('sts:TagSession');
  if (claims.sourceIdentity) actions.push('sts:SetSourceIdentity');
  for (const action of actions) {
    if (evaluateTrustPolicy(role, action, federated, context).decision !== 'allowed') throw new AwsError('AccessDenied', NOT_AUTHORIZED, 403);
  }
  let duration = input.DurationSeconds ?? 3600;
  if (claims.sessionDuration !== undefined) duration = Math.min(duration, claims.sessionDuration);
  let expiresAt = new Date(ctx.now.getTime() + duration * 1000);
  if (claims.sessionNotOnOrAfter && claims.sessionNotOnOrAfter < expiresAt) expiresAt = claims.sessionNotOnOrAfter;
  const session = issueRoleSession(state, ctx, role, {
    kind: 'federated-session',
    sessionName: claims.roleSessionName,
    durationSeconds: duration,
    expiresAt,
    ...(input.Policy !== undefined ? { policy: input.Policy } : {}),
    ...(input.PolicyArns !== undefined ? { policyArns: input.PolicyArns } : {}),
    ...(claims.sourceIdentity ? { sourceIdentity: claims.sourceIdentity } : {}),
  });
  return {
    ...session,
    Subject: claims.subject,
    SubjectType: claims.subjectType,
    Issuer: claims.issuer,
    Audience: claims.recipient,
    NameQualifier: claims.nameQualifier,
    ...(claims.sourceIdentity ? { SourceIdentity: claims.sourceIdentity } : {}),
  };
};
