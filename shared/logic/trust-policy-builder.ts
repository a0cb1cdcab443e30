import type { SamlCondition } from '../model/federated-role';
import { parseIamPolicyJson } from './iam-policy-json';

/** IAM's default quota for a role trust policy, counted without whitespace. */
export const TRUST_POLICY_QUOTA = 2048;

/** What a SAML role's trust policy allows. */
export interface SamlTrustOptions {
  readonly providerArn: string;
  readonly access: 'console' | 'programmatic';
  readonly audiences: readonly string[];
  readonly conditions: readonly SamlCondition[];
  readonly allowTagSession: boolean;
  readonly allowSourceIdentity: boolean;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Builds the trust policy of a SAML federation role, the way the IAM console does. */
export function buildSamlTrustPolicy(options: SamlTrustOptions): Record<string, Json> {
  const actions = ['sts:AssumeRoleWithSAML'];
  if (options.allowTagSession) actions.push('sts:TagSession');
  if (options.allowSourceIdentity) actions.push('sts:SetSourceIdentity');
  const condition: Record<string, Record<string, Json>> = {};
  const add = (operator: string, key: string, values: readonly string[]): void => {
    const block = (condition[operator] ??= {});
    const existing = block[key];
    const merged = [...(Array.isArray(existing) ? (existing as string[]) : existing ? [existing as string] : []), ...values];
    const unique = [...new Set(merged)];
    block[key] = unique.length === 1 ? unique[0]! : unique;
  };
  if (options.access === 'console') add('StringEquals', 'SAML:aud', options.audiences);
  for (const c of options.conditions) add(c.operator, c.key, c.values);
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { Federated: options.providerArn },
        Action: actions.length === 1 ? actions[0]! : actions,
        Condition: condition,
      },
    ],
  };
}

/** Size of a policy as IAM counts it against the quota: whitespace is not counted. */
export function policySize(policy: unknown): number {
  return JSON.stringify(typeof policy === 'string' ? JSON.parse(policy) : policy).length;
}

/** Parses a trust policy as IAM returns it (URL-encoded JSON) or as plain JSON. */
export const parsePolicyDocument = parseIamPolicyJson;

function asArray<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

interface Statement {
  Effect?: string;
  Principal?: { Federated?: string | string[] } | string;
  Action?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
}

/** The SAML providers an allow statement of a trust policy lets assume the role. */
export function trustedSamlProviders(document: string): string[] {
  const policy = parsePolicyDocument(document);
  if (!policy) return [];
  const providers = new Set<string>();
  for (const s of asArray(policy.Statement as Statement | Statement[])) {
    if (s.Effect !== 'Allow' || typeof s.Principal !== 'object') continue;
    const actions = asArray(s.Action).map((a) => a.toLowerCase());
    if (!actions.some((a) => a === 'sts:assumerolewithsaml' || a === 'sts:*' || a === '*')) continue;
    for (const arn of asArray(s.Principal.Federated)) if (arn.includes(':saml-provider/')) providers.add(arn);
  }
  return [...providers];
}

/** Whether a trust policy checks SAML:aud, which console sign-in needs. */
export function hasSamlAudience(document: string): boolean {
  const policy = parsePolicyDocument(document);
  return asArray(policy?.Statement as Statement | Statement[]).some((s) =>
    Object.values(s.Condition ?? {}).some((block) => Object.keys(block).some((k) => k.toLowerCase() === 'saml:aud')),
  );
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(canonical);
    return items.length === 1 ? items[0] : items.map((i) => JSON.stringify(i)).sort().map((i) => JSON.parse(i) as unknown);
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .map(([k, v]) => [k.toLowerCase() === 'saml:aud' ? 'saml:aud' : k, canonical(v)] as const)
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  }
  return value;
}

/** Whether two policy documents mean the same (order of lists, one-item lists and JSON layout ignored). */
export function samePolicy(a: string, b: string): boolean {
  const pa = parsePolicyDocument(a);
  const pb = parsePolicyDocument(b);
  return pa !== undefined && pb !== undefined && JSON.stringify(canonical(pa)) === JSON.stringify(canonical(pb));
}

/** Pretty JSON as shown in plans and diffs. */
export function prettyPolicy(policy: unknown): string {
  return JSON.stringify(typeof policy === 'string' ? parsePolicyDocument(policy) : policy, null, 2);
}
