import type { SandboxState } from '../core/state';
import { groupsOfUser } from '../services/iam/iam-lookup';
import { defaultPolicyDocument, findManagedPolicy } from '../services/iam/policy-store';
import type { PolicySource } from './evaluate';
import { MalformedPolicyError, parsePolicyDocument, type PolicyDocument } from './policy-document';

/** The policies that apply to an IAM identity, split the way evaluation needs them. */
export interface IdentityPolicies {
  readonly identity: PolicySource[];
  readonly boundary: PolicySource[];
}

/** Parsed documents by text: every request re-reads the same policies, some of them large AWS managed ones. */
const parsed = new Map<string, PolicyDocument | null>();
const MAX_CACHED = 2000;

/** Parses a stored policy; a stored document that no longer parses grants nothing. */
export function policySource(id: string, type: string, text: string): PolicySource | undefined {
  let document = parsed.get(text);
  if (document === undefined) {
    try {
      document = parsePolicyDocument(text);
    } catch (err) {
      if (!(err instanceof MalformedPolicyError)) throw err;
      document = null;
    }
    if (parsed.size >= MAX_CACHED) parsed.delete(parsed.keys().next().value!);
    parsed.set(text, document);
  }
  return document ? { id, type, text, document } : undefined;
}

function managed(state: SandboxState, arn: string): PolicySource | undefined {
  const p = findManagedPolicy(state, arn);
  if (!p) return undefined;
  return policySource(arn, p.kind === 'aws' ? 'aws-managed' : 'user-managed', defaultPolicyDocument(p));
}

function compact(list: (PolicySource | undefined)[]): PolicySource[] {
  return list.filter((p): p is PolicySource => p !== undefined);
}

/** An IAM user's inline, attached, and groups' inline and attached policies, plus its boundary. */
export function userPolicies(state: SandboxState, userName: string): IdentityPolicies {
  const user = state.iam.users[userName.toLowerCase()];
  if (!user) return { identity: [], boundary: [] };
  const identity: (PolicySource | undefined)[] = [
    ...Object.entries(user.inlinePolicies).map(([name, text]) => policySource(name, 'user', text)),
    ...user.attachedPolicyArns.map((arn) => managed(state, arn)),
  ];
  for (const group of groupsOfUser(state, user.userName)) {
    identity.push(...Object.entries(group.inlinePolicies).map(([name, text]) => policySource(name, 'group', text)));
    identity.push(...group.attachedPolicyArns.map((arn) => managed(state, arn)));
  }
  return { identity: compact(identity), boundary: compact(user.permissionsBoundary ? [managed(state, user.permissionsBoundary)] : []) };
}

/** A role's inline and attached policies, plus its boundary. */
export function rolePolicies(state: SandboxState, roleName: string): IdentityPolicies {
  const role = state.iam.roles[roleName.toLowerCase()];
  if (!role) return { identity: [], boundary: [] };
  return {
    identity: compact([
      ...Object.entries(role.inlinePolicies).map(([name, text]) => policySource(name, 'role', text)),
      ...role.attachedPolicyArns.map((arn) => managed(state, arn)),
    ]),
    boundary: compact(role.permissionsBoundary ? [managed(state, role.permissionsBoundary)] : []),
  };
}

/** Session policies (inline and managed ARNs) passed to AssumeRole*; they only ever narrow. */
export function sessionPolicies(state: SandboxState, inline: string | undefined, arns: readonly string[] | undefined): PolicySource[] {
  return compact([
    ...(inline ? [policySource('SessionPolicy', 'session', inline)] : []),
    ...(arns ?? []).map((arn) => managed(state, arn)),
  ]);
}
