import type { Principal, RequestContext } from '../core/operation';
import { contextFrom } from './request-context';

/** The aws:PrincipalArn of a principal: for role sessions, the role's ARN. */
export function principalArnOf(principal: Principal): string {
  if ((principal.kind === 'role-session' || principal.kind === 'federated-session') && principal.roleName) {
    const match = /^arn:aws:sts::(\d{12}):assumed-role\/([^/]+)\//.exec(principal.arn);
    if (match) return `arn:aws:iam::${match[1]}:role/${match[2]}`;
  }
  return principal.arn;
}

function principalType(principal: Principal): string {
  switch (principal.kind) {
    case 'root':
      return 'Account';
    case 'user':
    case 'user-session':
      return 'User';
    case 'role-session':
    case 'federated-session':
      return 'AssumedRole';
  }
}

/**
 * The global condition keys AWS sets for a request (aws-api.md §5.3): the MFA keys only for
 * temporary credentials (absent for long-term keys), the age only when MFA was used.
 */
export function principalRequestContext(principal: Principal, ctx: RequestContext, roleArnOverride?: string) {
  const mfaAge = principal.mfaAuthenticated && principal.mfaAuthTime
    ? String(Math.max(0, Math.floor((ctx.now.getTime() - new Date(principal.mfaAuthTime).getTime()) / 1000)))
    : undefined;
  return contextFrom({
    'aws:username': principal.userName && (principal.kind === 'user' || principal.kind === 'user-session') ? principal.userName : undefined,
    'aws:userid': principal.userId,
    'aws:PrincipalArn': roleArnOverride ?? principalArnOf(principal),
    'aws:PrincipalAccount': principal.accountId,
    'aws:PrincipalType': principalType(principal),
    'aws:SourceIp': ctx.sourceIp,
    'aws:CurrentTime': ctx.now.toISOString(),
    'aws:EpochTime': String(Math.floor(ctx.now.getTime() / 1000)),
    // AWS endpoints are HTTPS only; the loopback sandbox stands in for them.
    'aws:SecureTransport': 'true',
    'aws:RequestedRegion': ctx.region,
    'aws:MultiFactorAuthPresent': principal.temporary ? String(principal.mfaAuthenticated) : undefined,
    'aws:MultiFactorAuthAge': mfaAge,
  });
}
