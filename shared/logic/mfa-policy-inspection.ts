import { asList, type PolicyDocument, type PolicyStatement } from './mfa-policy-document';

/** AWS managed policies that make a group privileged on their own. */
export const privilegedManagedPolicyNames: readonly string[] = ['AdministratorAccess', 'IAMFullAccess', 'PowerUserAccess'];

/** Whether a managed policy ARN is one of AWS's privileged policies (any partition). */
export function isPrivilegedManagedPolicyArn(arn: string): boolean {
  const match = /^arn:[^:]+:iam::aws:policy\/(?:.*\/)?([^/]+)$/.exec(arn);
  return !!match && privilegedManagedPolicyNames.includes(match[1]!);
}

function allowsAdminLike(statement: PolicyStatement): boolean {
  if (statement.Effect !== 'Allow' || statement.NotAction !== undefined) return false;
  const actions = asList(statement.Action).map((a) => a.toLowerCase());
  const resources = asList(statement.Resource);
  return actions.some((a) => a === '*' || a === 'iam:*') && resources.includes('*');
}

/** Whether a policy allows `*` or `iam:*` on every resource (admin in effect). */
export function isAdminLikePolicy(document: PolicyDocument): boolean {
  return document.Statement.some(allowsAdminLike);
}

/** What an MFA policy enforces, in a few words, or undefined when the document is not one. */
export function describeMfaEnforcement(document: PolicyDocument): string | undefined {
  for (const statement of document.Statement) {
    if (statement.Effect !== 'Deny' || !statement.Condition) continue;
    const scope = statement.NotAction !== undefined ? 'everything but MFA self-service' : asList(statement.Action).join(', ');
    for (const [operator, keys] of Object.entries(statement.Condition)) {
      const present = keys['aws:MultiFactorAuthPresent'];
      if (present !== undefined && asList(present).includes('false') && operator.startsWith('Bool')) {
        return `MFA required for ${scope}`;
      }
      const age = keys['aws:MultiFactorAuthAge'];
      if (age !== undefined && operator.startsWith('NumericGreaterThan')) {
        return `MFA under ${asList(age)[0]} s required for ${scope}`;
      }
    }
  }
  return undefined;
}
