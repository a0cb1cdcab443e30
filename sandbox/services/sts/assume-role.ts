import { AwsError } from '../../core/aws-error';
import type { OperationHandler } from '../../core/operation';
import { accessDeniedMessage, decideForPrincipal } from '../../policy/authorize';
import { principalArnOf, principalRequestContext } from '../../policy/principal-context';
import { checkMfaToken } from './mfa-token-check';
import { findRoleByArn } from './role-lookup';
import { issueRoleSession } from './role-session';
import { evaluateTrustPolicy, withRequestKeys } from './trust-policy';

/** Role chaining (a role session assuming a role) is capped at one hour by AWS. */
const CHAINED_MAX_SECONDS = 3600;

interface AssumeRoleInput {
  RoleArn: string;
  RoleSessionName: string;
  DurationSeconds?: number;
  Policy?: string;
  PolicyArns?: { arn?: string }[];
  ExternalId?: string;
  SerialNumber?: string;
  TokenCode?: string;
  SourceIdentity?: string;
}

/**
 * AssumeRole: never with root credentials; the role's trust policy must allow the caller (with
 * MFA context when a token is given); unless the trust policy names the caller itself, its identity policies must allow
 * sts:AssumeRole on the role too.
 */
export const assumeRole: OperationHandler = (input: AssumeRoleInput, ctx, state) => {
  const caller = ctx.principal;
  if (!caller) throw new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
  if (caller.kind === 'root') throw new AwsError('AccessDenied', 'Roles may not be assumed by root accounts.', 403);
  const denied = () => new AwsError('AccessDenied', accessDeniedMessage(caller.arn, 'sts:AssumeRole', input.RoleArn, false), 403);
  const role = findRoleByArn(state, input.RoleArn);
  if (!role) throw denied();
  const chained = caller.kind === 'role-session' || caller.kind === 'federated-session';
  const duration = input.DurationSeconds ?? 3600;
  if (chained && duration > CHAINED_MAX_SECONDS) {
    throw new AwsError('ValidationError', 'The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.', 400);
  }
  if (duration > role.maxSessionDuration) {
    throw new AwsError('ValidationError', 'The requested DurationSeconds exceeds the MaxSessionDuration set for this role.', 400);
  }
  const mfaNow = checkMfaToken(state, caller.userName, input.SerialNumber, input.TokenCode, ctx.now);
  const context = principalRequestContext(
    mfaNow ? { ...caller, temporary: true, mfaAuthenticated: true, mfaAuthTime: ctx.now.toISOString() } : caller,
    ctx,
  );
  if (input.ExternalId !== undefined) context.set('sts:externalid', [input.ExternalId]);
  context.set('sts:rolesessionname', [input.RoleSessionName]);
  if (input.SourceIdentity !== undefined) context.set('sts:sourceidentity', [input.SourceIdentity]);
  const principalArn = principalArnOf(caller);
  const trust = evaluateTrustPolicy(
    role,
    'sts:AssumeRole',
    { type: 'AWS', identifiers: [caller.arn, principalArn], accountId: caller.accountId },
    withRequestKeys(context, ctx),
  );
  if (trust.decision !== 'allowed') throw denied();
  const namedDirectly = trust.matched.some((m) => m.statement.principal?.AWS?.some((v) => v === caller.arn || v === principalArn));
  if (!namedDirectly) {
    const identity = decideForPrincipal(state, caller, 'sts:AssumeRole', role.arn, ctx);
    if (identity !== 'allowed') throw new AwsError('AccessDenied', accessDeniedMessage(caller.arn, 'sts:AssumeRole', role.arn, identity === 'explicitDeny'), 403);
  }
  const session = issueRoleSession(state, ctx, role, {
    kind: 'role-session',
    sessionName: input.RoleSessionName,
    durationSeconds: duration,
    ...(input.Policy !== undefined ? { policy: input.Policy } : {}),
    ...(input.PolicyArns !== undefined ? { policyArns: input.PolicyArns } : {}),
    ...(input.SourceIdentity !== undefined ? { sourceIdentity: input.SourceIdentity } : {}),
  });
  return { ...session, ...(input.SourceIdentity ? { SourceIdentity: input.SourceIdentity } : {}) };
};
