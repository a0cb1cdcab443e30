import { paginateListAttachedRolePolicies, paginateListRoles, type IAMClient, type Role } from '@aws-sdk/client-iam';
import type { TrustingRole } from '../../../shared/model/saml-provider';
import { hasSamlAudience, trustedSamlProviders } from '../../../shared/logic/trust-policy-builder';
import { translateAwsError } from '../core/aws-error-translation';

/** A role with the SAML providers its trust policy names. */
export interface RoleTrust {
  readonly role: Role;
  readonly providerArns: readonly string[];
  readonly consoleAccess: boolean;
}

/** Every role of the account (all pages), with the SAML providers each trusts. */
export async function listRoleTrusts(iam: IAMClient): Promise<RoleTrust[]> {
  const out: RoleTrust[] = [];
  try {
    for await (const page of paginateListRoles({ client: iam, pageSize: 200 }, {})) {
      for (const role of page.Roles ?? []) {
        const doc = role.AssumeRolePolicyDocument ?? '';
        out.push({ role, providerArns: trustedSamlProviders(doc), consoleAccess: hasSamlAudience(doc) });
      }
    }
  } catch (error) {
    throw translateAwsError(error, 'listing the roles of the account');
  }
  return out;
}

/** The roles whose trust policies name the provider (they stop working when it is deleted). */
export async function rolesTrusting(iam: IAMClient, providerArn: string): Promise<TrustingRole[]> {
  return (await listRoleTrusts(iam))
    .filter((t) => t.providerArns.includes(providerArn))
    .map((t) => ({ roleName: t.role.RoleName!, roleArn: t.role.Arn!, path: t.role.Path ?? '/', consoleAccess: t.consoleAccess }));
}

/** The managed policies attached to a role (all pages). */
export async function attachedRolePolicies(iam: IAMClient, roleName: string): Promise<Array<{ name: string; arn: string }>> {
  const out: Array<{ name: string; arn: string }> = [];
  try {
    for await (const page of paginateListAttachedRolePolicies({ client: iam }, { RoleName: roleName })) {
      for (const p of page.AttachedPolicies ?? []) out.push({ name: p.PolicyName ?? '', arn: p.PolicyArn ?? '' });
    }
  } catch (error) {
    throw translateAwsError(error, `listing the policies attached to the role ${roleName}`);
  }
  return out;
}
