import type { Principal } from '../core/operation';
import type { SandboxState } from '../core/state';

/** Services whose requests the sandbox authorizes, by IAM action prefix. */
export type AuthorizedService = 'iam' | 'sts' | 'sso' | 'identitystore' | 'organizations';

type Input = Record<string, unknown>;

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function userArn(state: SandboxState, accountId: string, userName: string): string {
  return state.iam.users[userName.toLowerCase()]?.arn ?? `arn:aws:iam::${accountId}:user/${userName}`;
}

/** Operations whose UserName defaults to the caller when omitted. */
const CALLER_DEFAULTED = new Set([
  'GetUser', 'ListMFADevices', 'DeactivateMFADevice', 'ListAccessKeys', 'CreateAccessKey', 'UpdateAccessKey',
  'DeleteAccessKey', 'ListSigningCertificates', 'ListSSHPublicKeys', 'ChangePassword',
]);

/** Device-scoped MFA operations (resource is the device), as opposed to user-scoped ones. */
const DEVICE_SCOPED = new Set(['DeleteVirtualMFADevice', 'TagMFADevice', 'UntagMFADevice', 'ListMFADeviceTags', 'GetMFADevice']);

/** Resource of an IAM action, following the IAM service authorization reference. */
function iamResource(state: SandboxState, accountId: string, operation: string, input: Input, principal: Principal): string {
  const arn = (kind: string, path: unknown, name: string) => `arn:aws:iam::${accountId}:${kind}${str(path) ?? '/'}${name}`;
  switch (operation) {
    case 'ListUsers':
      return `arn:aws:iam::${accountId}:user/`;
    case 'ListGroups':
      return `arn:aws:iam::${accountId}:group/`;
    case 'ListRoles':
      return `arn:aws:iam::${accountId}:role/`;
    case 'ListPolicies':
      return `arn:aws:iam::${accountId}:policy/`;
    case 'CreateUser':
      return arn('user', input.Path, String(input.UserName));
    case 'CreateGroup':
      return arn('group', input.Path, String(input.GroupName));
    case 'CreateRole':
      return arn('role', input.Path, String(input.RoleName));
    case 'CreatePolicy':
      return arn('policy', input.Path, String(input.PolicyName));
    case 'CreateVirtualMFADevice':
      return arn('mfa', input.Path, String(input.VirtualMFADeviceName));
    case 'CreateSAMLProvider':
      return `arn:aws:iam::${accountId}:saml-provider/${String(input.Name)}`;
    case 'SimulatePrincipalPolicy':
      return String(input.PolicySourceArn);
  }
  if (DEVICE_SCOPED.has(operation) && str(input.SerialNumber)) return String(input.SerialNumber);
  const direct = str(input.SAMLProviderArn) ?? str(input.PolicyArn);
  if (direct) return direct;
  if (str(input.RoleName)) return state.iam.roles[String(input.RoleName).toLowerCase()]?.arn ?? arn('role', '/', String(input.RoleName));
  if (str(input.GroupName)) return state.iam.groups[String(input.GroupName).toLowerCase()]?.arn ?? arn('group', '/', String(input.GroupName));
  if (str(input.UserName)) return userArn(state, accountId, String(input.UserName));
  if (CALLER_DEFAULTED.has(operation) && principal.userName) return userArn(state, accountId, principal.userName);
  return '*';
}

/** The resource ARN AWS names in the AccessDenied message and matches against Resource. */
export function resourceForAction(state: SandboxState, principal: Principal, service: AuthorizedService, operation: string, input: unknown, accountId: string): string {
  const fields = (typeof input === 'object' && input !== null ? input : {}) as Input;
  switch (service) {
    case 'iam':
      return iamResource(state, accountId, operation, fields, principal);
    case 'sts':
      return str(fields.RoleArn) ?? '*';
    case 'sso':
      return str(fields.PermissionSetArn) ?? str(fields.InstanceArn) ?? '*';
    case 'identitystore':
      return str(fields.IdentityStoreId) ? `arn:aws:identitystore::${accountId}:identitystore/${String(fields.IdentityStoreId)}` : '*';
    case 'organizations':
      return '*';
  }
}
