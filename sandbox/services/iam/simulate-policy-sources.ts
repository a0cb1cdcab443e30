import { AwsError } from '../../core/aws-error';
import type { SandboxState } from '../../core/state';
import type { PolicySource } from '../../policy/evaluate';
import { MalformedPolicyError, parsePolicyDocument } from '../../policy/policy-document';
import { policySource, rolePolicies, userPolicies, type IdentityPolicies } from '../../policy/principal-policies';
import { defaultPolicyDocument, findManagedPolicy } from './policy-store';

/** Parses the caller's PolicyInputList-style documents, refusing malformed ones as IAM does. */
export function inputPolicies(texts: readonly string[] | undefined, listName: string): PolicySource[] {
  return (texts ?? []).map((text, i) => {
    try {
      return { id: `${listName}.${i + 1}`, type: 'none', text, document: parsePolicyDocument(text) };
    } catch (err) {
      if (err instanceof MalformedPolicyError) throw new AwsError('InvalidInput', `${listName}.${i + 1}: ${err.message}`, 400);
      throw err;
    }
  });
}

/** The policies of the user, group or role a PolicySourceArn names (NoSuchEntity otherwise). */
export function principalPolicySources(state: SandboxState, arn: string): IdentityPolicies {
  const match = /^arn:aws:iam::(\d{12}):(user|group|role)\/(?:.*\/)?([^/]+)$/.exec(arn);
  const missing = () => new AwsError('NoSuchEntity', `The ${match?.[2] ?? 'entity'} with ARN ${arn} cannot be found.`, 404);
  if (!match || match[1] !== state.account.accountId) throw missing();
  const [, , kind, name] = match;
  const key = name!.toLowerCase();
  if (kind === 'user') {
    if (state.iam.users[key]?.arn !== arn) throw missing();
    return userPolicies(state, name!);
  }
  if (kind === 'role') {
    if (state.iam.roles[key]?.arn !== arn) throw missing();
    return rolePolicies(state, name!);
  }
  const group = state.iam.groups[key];
  if (!group || group.arn !== arn) throw missing();
  const identity = [
    ...Object.entries(group.inlinePolicies).map(([n, text]) => policySource(n, 'group', text)),
    ...group.attachedPolicyArns.map((policyArn) => {
      const p = findManagedPolicy(state, policyArn);
      return p ? policySource(policyArn, p.kind === 'aws' ? 'aws-managed' : 'user-managed', defaultPolicyDocument(p)) : undefined;
    }),
  ].filter((p): p is PolicySource => p !== undefined);
  return { identity, boundary: [] };
}

/** Every condition key the policies mention, first spelling kept (GetContextKeysFor*Policy). */
export function contextKeysOf(sources: readonly PolicySource[]): string[] {
  const seen = new Map<string, string>();
  for (const source of sources) {
    for (const statement of source.document.statements) {
      for (const keys of Object.values(statement.condition)) {
        for (const key of Object.keys(keys)) if (!seen.has(key.toLowerCase())) seen.set(key.toLowerCase(), key);
      }
    }
  }
  return [...seen.values()];
}
