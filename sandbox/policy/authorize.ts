import { AwsError } from '../core/aws-error';
import type { Principal, RequestContext } from '../core/operation';
import type { SandboxState } from '../core/state';
import { resourceForAction, type AuthorizedService } from './action-resource';
import { evaluatePolicies, type EvalDecision } from './evaluate';
import { principalRequestContext } from './principal-context';
import { rolePolicies, sessionPolicies, userPolicies } from './principal-policies';

function isAuthorizedService(service: string): service is AuthorizedService {
  return ['iam', 'sts', 'sso', 'identitystore', 'organizations'].includes(service);
}

/** STS operations every authenticated caller may make, whatever its policies say. */
const ALWAYS_ALLOWED_STS = new Set(['GetCallerIdentity', 'GetAccessKeyInfo']);
/**
 * Operations whose handler makes the decision itself: GetSessionToken (refuses session
 * credentials with its own message), AssumeRole (identity and trust policy together),
 * AssumeRoleWithSAML (unsigned).
 */
const DECIDED_BY_HANDLER = new Set(['GetSessionToken', 'AssumeRole', 'AssumeRoleWithSAML']);

/** Evaluates a principal's identity policies for one action and resource. */
export function decideForPrincipal(
  state: SandboxState,
  principal: Principal,
  action: string,
  resource: string,
  ctx: RequestContext,
): EvalDecision {
  if (principal.kind === 'root') return 'allowed';
  const session = principal.temporary ? state.sts.sessions.find((s) => s.accessKeyId === principal.accessKeyId) : undefined;
  const policies = principal.roleName ? rolePolicies(state, principal.roleName) : userPolicies(state, principal.userName ?? '');
  const request = { action, resource, context: principalRequestContext(principal, ctx) };
  const result = evaluatePolicies(policies.identity, request, policies.boundary);
  if (result.decision !== 'allowed') return result.decision;
  const narrowing = sessionPolicies(state, session?.sessionPolicy, session?.sessionPolicyArns);
  if (narrowing.length === 0) return 'allowed';
  const bySession = evaluatePolicies(narrowing, request);
  return bySession.decision === 'allowed' ? 'allowed' : bySession.decision;
}

/** AWS's AccessDenied message. */
export function accessDeniedMessage(principalArn: string, action: string, resource: string, explicit: boolean): string {
  return `User: ${principalArn} is not authorized to perform: ${action} on resource: ${resource}${explicit ? ' with an explicit deny' : ''}`;
}

/**
 * Authorizes a signed request as AWS would, or throws AWS's AccessDenied (query services)
 * / AccessDeniedException (JSON services) naming the action and the resource.
 */
export function authorizeRequest(
  state: SandboxState,
  principal: Principal | null,
  service: AuthorizedService | string,
  operation: string,
  input: unknown,
  ctx: RequestContext,
): void {
  if (!principal || principal.kind === 'root') return;
  if (!isAuthorizedService(service)) throw new AwsError('AccessDenied', `Unknown service ${service}`, 403);
  if (service === 'sts' && (ALWAYS_ALLOWED_STS.has(operation) || DECIDED_BY_HANDLER.has(operation))) return;
  // GetSessionToken credentials without MFA are not accepted by IAM at all (aws-api.md §2.2).
  if (principal.kind === 'user-session' && !principal.mfaAuthenticated && service === 'iam') {
    throw new AwsError('InvalidClientTokenId', 'The security token included in the request is invalid', 403);
  }
  const action = `${service}:${operation}`;
  const resource = resourceForAction(state, principal, service, operation, input, ctx.accountId);
  const decision = decideForPrincipal(state, principal, action, resource, ctx);
  if (decision === 'allowed') return;
  const message = accessDeniedMessage(principal.arn, action, resource, decision === 'explicitDeny');
  const query = service === 'iam' || service === 'sts';
  throw new AwsError(query ? 'AccessDenied' : 'AccessDeniedException', message, query ? 403 : 400);
}
