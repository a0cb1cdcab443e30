import type { ServiceOperations } from '../../core/operation';
import type { SandboxState } from '../../core/state';

/** Quotas as GetAccountSummary reports them (IAM defaults). */
const QUOTAS = {
  UsersQuota: 5000,
  GroupsQuota: 300,
  RolesQuota: 1000,
  PoliciesQuota: 1500,
  ServerCertificatesQuota: 20,
  InstanceProfilesQuota: 1000,
  UserPolicySizeQuota: 2048,
  GroupPolicySizeQuota: 5120,
  RolePolicySizeQuota: 10240,
  PolicySizeQuota: 6144,
  AssumeRolePolicySizeQuota: 2048,
  GroupsPerUserQuota: 10,
  SigningCertificatesPerUserQuota: 2,
  AccessKeysPerUserQuota: 2,
  AttachedPoliciesPerGroupQuota: 10,
  AttachedPoliciesPerRoleQuota: 10,
  AttachedPoliciesPerUserQuota: 10,
  VersionsPerPolicyQuota: 5,
  PolicyVersionsInUseQuota: 10000,
} as const;

/** The SummaryMap of GetAccountSummary, counted from the live state. */
export function accountSummary(state: SandboxState): Record<string, number> {
  const { iam } = state;
  const devices = iam.security.virtualMfaDevices;
  const policies = Object.values(iam.policies);
  return {
    Users: Object.keys(iam.users).length,
    Groups: Object.keys(iam.groups).length,
    Roles: Object.keys(iam.roles).length,
    Policies: policies.length,
    PolicyVersionsInUse: policies.reduce((n, p) => n + p.versions.length, 0),
    ServerCertificates: 0,
    InstanceProfiles: 0,
    MFADevices: devices.length,
    MFADevicesInUse: devices.filter((d) => d.userName).length,
    AccountMFAEnabled: iam.security.rootMfaEnabled ? 1 : 0,
    // The sandbox's root has access keys (they sign the admin's requests) and no password.
    AccountAccessKeysPresent: 1,
    AccountPasswordPresent: 0,
    AccountSigningCertificatesPresent: 0,
    Providers: iam.security.samlProviders.length,
    GlobalEndpointTokenVersion: 1,
    ...QUOTAS,
  };
}

export const accountSummaryOperations: ServiceOperations = {
  GetAccountSummary(_input: unknown, _ctx, state) {
    return { SummaryMap: accountSummary(state) };
  },
};
