import type { ServiceOperations } from '../../core/operation';
import { evaluatePolicies, positionOf, type MatchedStatement, type PolicySource } from '../../policy/evaluate';
import { simulationContext, type ContextEntry } from './simulate-context';
import { contextKeysOf, inputPolicies, principalPolicySources } from './simulate-policy-sources';
import { pageOf } from './security-paging';

interface SimulationInput {
  ActionNames: string[];
  ResourceArns?: string[];
  ContextEntries?: ContextEntry[];
  PermissionsBoundaryPolicyInputList?: string[];
  MaxItems?: number;
  Marker?: string;
}

function matchedShape(m: MatchedStatement) {
  return {
    SourcePolicyId: m.source.id,
    SourcePolicyType: m.source.type,
    StartPosition: positionOf(m.source.text, m.statement.start),
    EndPosition: positionOf(m.source.text, m.statement.end),
  };
}

/** Evaluates every action against every resource, paged like any IAM list. */
function simulate(identity: PolicySource[], boundary: PolicySource[], input: SimulationInput) {
  const context = simulationContext(input.ContextEntries);
  const resources = input.ResourceArns?.length ? input.ResourceArns : ['*'];
  const results = input.ActionNames.flatMap((action) =>
    resources.map((resource) => {
      const r = evaluatePolicies(identity, { action, resource, context }, boundary);
      return {
        EvalActionName: action,
        EvalResourceName: resource,
        EvalDecision: r.decision,
        MatchedStatements: r.matched.map(matchedShape),
        MissingContextValues: r.missingContextValues,
        ...(boundary.length ? { PermissionsBoundaryDecisionDetail: { AllowedByPermissionsBoundary: r.allowedByBoundary ?? false } } : {}),
      };
    }),
  );
  const { page, IsTruncated, Marker } = pageOf(results, input.Marker, input.MaxItems);
  return { EvaluationResults: page, IsTruncated, ...(Marker ? { Marker } : {}) };
}

/** The policy simulator, backed by the same evaluator that authorizes sandbox requests. */
export const simulateOperations: ServiceOperations = {
  SimulateCustomPolicy(input: SimulationInput & { PolicyInputList: string[] }) {
    const identity = inputPolicies(input.PolicyInputList, 'PolicyInputList');
    const boundary = inputPolicies(input.PermissionsBoundaryPolicyInputList, 'PermissionsBoundaryPolicyInputList');
    return simulate(identity, boundary, input);
  },

  SimulatePrincipalPolicy(
    input: SimulationInput & { PolicySourceArn: string; PolicyInputList?: string[]; PolicyExclusionList?: { PolicyArn?: string }[] },
    _ctx,
    state,
  ) {
    const source = principalPolicySources(state, input.PolicySourceArn);
    const excluded = new Set((input.PolicyExclusionList ?? []).map((e) => e.PolicyArn).filter(Boolean));
    const identity = [...source.identity.filter((p) => !excluded.has(p.id)), ...inputPolicies(input.PolicyInputList, 'PolicyInputList')];
    const boundary = input.PermissionsBoundaryPolicyInputList?.length
      ? inputPolicies(input.PermissionsBoundaryPolicyInputList, 'PermissionsBoundaryPolicyInputList')
      : source.boundary;
    return simulate(identity, boundary, input);
  },

  GetContextKeysForCustomPolicy(input: { PolicyInputList: string[] }) {
    return { ContextKeyNames: contextKeysOf(inputPolicies(input.PolicyInputList, 'PolicyInputList')) };
  },

  GetContextKeysForPrincipalPolicy(input: { PolicySourceArn: string; PolicyInputList?: string[] }, _ctx, state) {
    const source = principalPolicySources(state, input.PolicySourceArn);
    return { ContextKeyNames: contextKeysOf([...source.identity, ...inputPolicies(input.PolicyInputList, 'PolicyInputList')]) };
  },
};
