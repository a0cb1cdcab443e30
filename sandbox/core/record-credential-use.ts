import type { Principal } from './operation';
import type { SandboxState } from './state';

/**
 * Records what AWS shows as "last used": the access key's date, service and region
 * (GetAccessKeyLastUsed, credential report) and a role's RoleLastUsed for role sessions.
 * Kept in memory and persisted with the next write, so reads stay cheap.
 */
export function recordCredentialUse(state: SandboxState, principal: Principal, service: string, now: Date): void {
  const iso = now.toISOString();
  if (principal.kind === 'user' && principal.userName) {
    const key = state.iam.users[principal.userName.toLowerCase()]?.accessKeys.find((k) => k.accessKeyId === principal.accessKeyId);
    if (key) {
      key.lastUsedDate = iso;
      key.lastUsedService = service;
      key.lastUsedRegion = state.account.region;
    }
  }
  if ((principal.kind === 'role-session' || principal.kind === 'federated-session') && principal.roleName) {
    const role = state.iam.roles[principal.roleName.toLowerCase()];
    if (role) {
      role.lastUsedDate = iso;
      role.lastUsedRegion = state.account.region;
    }
  }
}
