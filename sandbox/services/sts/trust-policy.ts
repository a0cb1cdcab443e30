import type { RequestContext } from '../../core/operation';
import { evaluatePolicies, type EvaluationResult, type RequestPrincipal } from '../../policy/evaluate';
import { parsePolicyDocument } from '../../policy/policy-document';
import type { IamRoleRecord } from '../iam/iam-state';

/** Evaluates a role's trust policy for one sts:* action by one principal. */
export function evaluateTrustPolicy(
  role: IamRoleRecord,
  action: string,
  principal: RequestPrincipal,
  context: ReadonlyMap<string, readonly string[]>,
): EvaluationResult {
  const text = role.assumeRolePolicyDocument;
  let document;
  try {
    document = parsePolicyDocument(text);
  } catch {
    return { decision: 'implicitDeny', matched: [], missingContextValues: [] };
  }
  return evaluatePolicies([{ id: 'TrustPolicy', type: 'role', text, document }], { action, resource: role.arn, context, principal });
}

/** Adds the request-time keys every trust evaluation sees. */
export function withRequestKeys(context: Map<string, readonly string[]>, ctx: RequestContext): Map<string, readonly string[]> {
  context.set('aws:sourceip', [ctx.sourceIp]);
  context.set('aws:currenttime', [ctx.now.toISOString()]);
  context.set('aws:epochtime', [String(Math.floor(ctx.now.getTime() / 1000))]);
  context.set('aws:securetransport', ['true']);
  return context;
}
