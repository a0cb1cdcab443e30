import type { IAMClient } from '@aws-sdk/client-iam';
import type { FederationOverview, OverviewRole } from '../../../shared/model/federation-overview';
import type { RolePair } from '../../../shared/model/federated-role';
import { listProviders, providerNameOf } from '../saml/saml-provider-reader';
import { attachedRolePolicies, listRoleTrusts, type RoleTrust } from './role-listing';

/** Every (role, SAML provider) pair whose trust policy allows the provider, existing or not. */
export async function discoverRolePairs(iam: IAMClient, providerArns: readonly string[]): Promise<RolePair[]> {
  const known = new Set(providerArns);
  const pairs: RolePair[] = [];
  for (const t of await listRoleTrusts(iam)) {
    for (const providerArn of t.providerArns) {
      pairs.push({ roleName: t.role.RoleName ?? '', roleArn: t.role.Arn ?? '', providerName: providerNameOf(providerArn), providerArn, providerExists: known.has(providerArn) });
    }
  }
  return pairs.sort((a, b) => a.providerName.localeCompare(b.providerName) || a.roleName.localeCompare(b.roleName));
}

async function overviewRole(iam: IAMClient, t: RoleTrust): Promise<OverviewRole> {
  return {
    roleName: t.role.RoleName ?? '',
    roleArn: t.role.Arn ?? '',
    consoleAccess: t.consoleAccess,
    policies: await attachedRolePolicies(iam, t.role.RoleName ?? ''),
    ...(t.role.PermissionsBoundary?.PermissionsBoundaryArn ? { permissionsBoundaryArn: t.role.PermissionsBoundary.PermissionsBoundaryArn } : {}),
  };
}

/** Providers → roles that trust them → their policies, and what is broken. */
export async function federationOverview(iam: IAMClient, now: Date): Promise<FederationOverview> {
  const providers = await listProviders(iam, now);
  const known = new Set(providers.map((p) => p.arn));
  const trusts = (await listRoleTrusts(iam)).filter((t) => t.providerArns.length > 0);
  const roleCache = new Map<string, Promise<OverviewRole>>();
  const roleOf = (t: RoleTrust): Promise<OverviewRole> => {
    const key = t.role.Arn ?? '';
    if (!roleCache.has(key)) roleCache.set(key, overviewRole(iam, t));
    return roleCache.get(key)!;
  };
  const issues: FederationOverview['issues'] = [];
  const entries: FederationOverview['providers'] = [];
  for (const provider of providers) {
    const roles = await Promise.all(trusts.filter((t) => t.providerArns.includes(provider.arn)).map(roleOf));
    entries.push({ provider, roles });
    if (roles.length === 0) issues.push({ severity: 'warning', target: provider.name, message: `No role trusts the provider ${provider.name}, so its users cannot sign in to this account.` });
    if (provider.expiry === 'expired') issues.push({ severity: 'error', target: provider.name, message: `The signing certificate of ${provider.name} has expired; sign-ins fail until the metadata is rotated.` });
    if (provider.expiry === 'expiring') issues.push({ severity: 'warning', target: provider.name, message: `The signing certificate of ${provider.name} expires in ${provider.daysLeft} day(s); rotate it before then.` });
    for (const role of roles) if (role.policies.length === 0) issues.push({ severity: 'warning', target: role.roleName, message: `The role ${role.roleName} has no managed policy attached.` });
  }
  const orphanRoles: FederationOverview['orphanRoles'] = [];
  for (const t of trusts) {
    for (const missing of t.providerArns.filter((a) => !known.has(a))) {
      orphanRoles.push({ ...(await roleOf(t)), missingProviderArn: missing });
      issues.push({ severity: 'error', target: t.role.RoleName ?? '', message: `The role ${t.role.RoleName} trusts ${providerNameOf(missing)}, which does not exist; nobody can assume it through that provider.` });
    }
  }
  return { providers: entries, orphanRoles, issues };
}
