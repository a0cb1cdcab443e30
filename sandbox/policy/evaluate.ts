import { evaluateCondition } from './condition-operators';
import type { PolicyDocument, PolicyStatement } from './policy-document';
import { substitutePolicyVariables } from './policy-variables';
import type { RequestContextValues } from './request-context';
import { arnMatch, wildcardMatch } from './wildcard';

/** A policy as the evaluator sees it, named the way SimulatePolicy reports sources. */
export interface PolicySource {
  /** SourcePolicyId, e.g. "PolicyInputList.1", a policy name or ARN. */
  readonly id: string;
  /** SourcePolicyType: user, group, role, aws-managed, user-managed, resource, none. */
  readonly type: string;
  readonly document: PolicyDocument;
  /** The original text, so statement offsets can become line/column positions. */
  readonly text: string;
}

/** The principal of the request, for the Principal element of trust/resource policies. */
export interface RequestPrincipal {
  /** "AWS", "Federated" or "Service". */
  readonly type: string;
  /** Identifiers that count as this principal (its ARN, for AWS also the role ARN of a session). */
  readonly identifiers: readonly string[];
  readonly accountId?: string;
}

export interface EvaluationRequest {
  readonly action: string;
  readonly resource: string;
  readonly context: RequestContextValues;
  readonly principal?: RequestPrincipal;
}

export interface MatchedStatement {
  readonly source: PolicySource;
  readonly statement: PolicyStatement;
}

export type EvalDecision = 'allowed' | 'explicitDeny' | 'implicitDeny';

export interface EvaluationResult {
  readonly decision: EvalDecision;
  /** The statements that decided: the denies for explicitDeny, the allows for allowed. */
  readonly matched: MatchedStatement[];
  /** Context keys conditions asked for that the request did not carry. */
  readonly missingContextValues: string[];
  /** Whether a permissions boundary (when given) allowed the action. */
  readonly allowedByBoundary?: boolean;
}

function actionMatches(patterns: readonly string[], action: string): boolean {
  return patterns.some((p) => wildcardMatch(p, action, true));
}

function resourceMatches(patterns: readonly string[], resource: string, context: RequestContextValues, variables: boolean): boolean {
  return patterns.some((p) => {
    const pattern = variables ? substitutePolicyVariables(p, context) : p;
    return pattern !== undefined && arnMatch(pattern, resource);
  });
}

function principalMatches(block: Record<string, string[]>, principal: RequestPrincipal | undefined): boolean {
  if (block['*']) return true;
  if (!principal) return false;
  const values = Object.entries(block).find(([type]) => type.toLowerCase() === principal.type.toLowerCase())?.[1];
  if (!values) return false;
  return values.some((v) => {
    if (v === '*') return true;
    if (principal.type === 'AWS' && principal.accountId && (v === principal.accountId || v === `arn:aws:iam::${principal.accountId}:root`)) {
      return true;
    }
    return principal.identifiers.includes(v);
  });
}

function conditionsHold(statement: PolicyStatement, context: RequestContextValues, missing: Set<string>, variables: boolean): boolean {
  // Every operator and every key must hold (AND); values within a key are ORed by the operator.
  for (const [operator, keys] of Object.entries(statement.condition)) {
    for (const [key, rawValues] of Object.entries(keys)) {
      const values = variables ? rawValues.map((v) => substitutePolicyVariables(v, context)).filter((v): v is string => v !== undefined) : rawValues;
      const contextValues = context.get(key.toLowerCase());
      if (contextValues === undefined) missing.add(key);
      if (!evaluateCondition(operator, contextValues, values)) return false;
    }
  }
  return true;
}

/**
 * Whether a statement applies to the request (action, resource, principal, conditions).
 * Policy variables are only substituted in "Version": "2012-10-17" documents, as in IAM.
 */
export function statementApplies(statement: PolicyStatement, request: EvaluationRequest, missing = new Set<string>(), variables = true): boolean {
  if (statement.action && !actionMatches(statement.action, request.action)) return false;
  if (statement.notAction && actionMatches(statement.notAction, request.action)) return false;
  if (statement.resource && !resourceMatches(statement.resource, request.resource, request.context, variables)) return false;
  if (statement.notResource && resourceMatches(statement.notResource, request.resource, request.context, variables)) return false;
  if (statement.principal && !principalMatches(statement.principal, request.principal)) return false;
  if (statement.notPrincipal && principalMatches(statement.notPrincipal, request.principal)) return false;
  return conditionsHold(statement, request.context, missing, variables);
}

function evaluateSet(sources: readonly PolicySource[], request: EvaluationRequest, missing: Set<string>) {
  const allows: MatchedStatement[] = [];
  const denies: MatchedStatement[] = [];
  for (const source of sources) {
    const variables = source.document.version === '2012-10-17';
    for (const statement of source.document.statements) {
      if (!statementApplies(statement, request, missing, variables)) continue;
      (statement.effect === 'Deny' ? denies : allows).push({ source, statement });
    }
  }
  return { allows, denies };
}

/**
 * IAM's evaluation logic for one account: an explicit deny anywhere wins; otherwise the
 * request is allowed only if an identity (or resource) policy allows it and, when a
 * permissions boundary is set, the boundary allows it too.
 */
export function evaluatePolicies(
  policies: readonly PolicySource[],
  request: EvaluationRequest,
  permissionsBoundary?: readonly PolicySource[],
): EvaluationResult {
  const missing = new Set<string>();
  const identity = evaluateSet(policies, request, missing);
  const boundary = permissionsBoundary && permissionsBoundary.length > 0 ? evaluateSet(permissionsBoundary, request, missing) : undefined;
  const missingContextValues = [...missing];
  const allowedByBoundary = boundary ? boundary.allows.length > 0 && boundary.denies.length === 0 : undefined;
  const denies = [...identity.denies, ...(boundary?.denies ?? [])];
  if (denies.length > 0) return { decision: 'explicitDeny', matched: denies, missingContextValues, allowedByBoundary };
  if (identity.allows.length > 0 && allowedByBoundary !== false) {
    return { decision: 'allowed', matched: identity.allows, missingContextValues, allowedByBoundary };
  }
  return { decision: 'implicitDeny', matched: [], missingContextValues, allowedByBoundary };
}

/** 1-based line and column of an offset, as SimulatePolicy's Position reports it. */
export function positionOf(text: string, offset: number): { Line: number; Column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return { Line: line, Column: column };
}
