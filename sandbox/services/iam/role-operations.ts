import { AwsError } from '../../core/aws-error';
import type { ServiceOperations } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import { uniqueId } from '../../core/ids';
import { compareNames, deleteConflict, entityExists, findRole, iamArn, limitExceeded, requireRole } from './iam-lookup';
import type { IamRoleRecord, IamTag } from './iam-state';
import { roleShape } from './iam-shapes';
import { paginate, pageOutput } from './paging';
import { checkTrustPolicy, policySize } from './policy-checks';
import { requireBoundaryPolicy } from './policy-store';
import { applyTags, removeTags, tagsPage } from './tagging';

const rolesQuota = 1000;
const trustPolicyQuota = 2048;

function checkTrustDocument(text: string): void {
  checkTrustPolicy(text);
  if (policySize(text) > trustPolicyQuota) throw limitExceeded(`Cannot exceed quota for ACLSizePerRole: ${trustPolicyQuota}`);
}


/** Identity Center's provisioned roles are modifiable only by AWS. */
function modifiableRole(state: SandboxState, name: string): IamRoleRecord {
  const role = requireRole(state, name);
  if (role.roleName.startsWith('AWSReservedSSO_')) {
    throw new AwsError('UnmodifiableEntity', `Cannot perform the operation on the protected role '${role.roleName}' - this role is only modifiable by AWS`, 400);
  }
  return role;
}

/** IAM roles: trust policy, session duration, boundary, description, tags. */
export const roleOperations: ServiceOperations = {
  CreateRole(
    input: { RoleName: string; Path?: string; AssumeRolePolicyDocument: string; Description?: string; MaxSessionDuration?: number; PermissionsBoundary?: string; Tags?: IamTag[] },
    ctx,
    state,
  ) {
    if (findRole(state, input.RoleName)) throw entityExists('Role', input.RoleName);
    if (Object.keys(state.iam.roles).length >= rolesQuota) throw limitExceeded(`Cannot exceed quota for RolesPerAccount: ${rolesQuota}`);
    checkTrustDocument(input.AssumeRolePolicyDocument);
    requireBoundaryPolicy(state, input.PermissionsBoundary);
    const path = input.Path ?? '/';
    const role: IamRoleRecord = {
      roleName: input.RoleName,
      roleId: uniqueId('AROA'),
      arn: iamArn(ctx.accountId, 'role', path, input.RoleName),
      path,
      createDate: ctx.now.toISOString(),
      assumeRolePolicyDocument: input.AssumeRolePolicyDocument,
      description: input.Description,
      maxSessionDuration: input.MaxSessionDuration ?? 3600,
      permissionsBoundary: input.PermissionsBoundary,
      tags: applyTags([], input.Tags ?? []),
      inlinePolicies: {},
      attachedPolicyArns: [],
    };
    state.iam.roles[input.RoleName.toLowerCase()] = role;
    return { Role: roleShape(role) };
  },

  GetRole(input: { RoleName: string }, _ctx, state) {
    return { Role: roleShape(requireRole(state, input.RoleName)) };
  },

  ListRoles(input: { PathPrefix?: string; Marker?: string; MaxItems?: number }, ctx, state) {
    const prefix = input.PathPrefix ?? '/';
    const roles = Object.values(state.iam.roles)
      .filter((r) => r.path.startsWith(prefix))
      .sort((a, b) => compareNames(a.roleName, b.roleName));
    return pageOutput('Roles', paginate(roles, (r) => r.roleName.toLowerCase(), input.Marker, input.MaxItems, ctx), (r) => roleShape(r, false));
  },

  UpdateRole(input: { RoleName: string; Description?: string; MaxSessionDuration?: number }, _ctx, state) {
    const role = modifiableRole(state, input.RoleName);
    if (input.Description !== undefined) role.description = input.Description;
    if (input.MaxSessionDuration !== undefined) role.maxSessionDuration = input.MaxSessionDuration;
    return {};
  },

  UpdateRoleDescription(input: { RoleName: string; Description: string }, _ctx, state) {
    const role = modifiableRole(state, input.RoleName);
    role.description = input.Description;
    return { Role: roleShape(role) };
  },

  UpdateAssumeRolePolicy(input: { RoleName: string; PolicyDocument: string }, _ctx, state) {
    const role = modifiableRole(state, input.RoleName);
    checkTrustDocument(input.PolicyDocument);
    role.assumeRolePolicyDocument = input.PolicyDocument;
    return {};
  },

  DeleteRole(input: { RoleName: string }, _ctx, state) {
    const role = modifiableRole(state, input.RoleName);
    if (role.attachedPolicyArns.length) throw deleteConflict('Cannot delete entity, must detach all policies first.');
    if (Object.keys(role.inlinePolicies).length) throw deleteConflict('Cannot delete entity, must delete policies first.');
    delete state.iam.roles[role.roleName.toLowerCase()];
    return {};
  },

  PutRolePermissionsBoundary(input: { RoleName: string; PermissionsBoundary: string }, _ctx, state) {
    const role = modifiableRole(state, input.RoleName);
    requireBoundaryPolicy(state, input.PermissionsBoundary);
    role.permissionsBoundary = input.PermissionsBoundary;
    return {};
  },

  DeleteRolePermissionsBoundary(input: { RoleName: string }, _ctx, state) {
    delete modifiableRole(state, input.RoleName).permissionsBoundary;
    return {};
  },

  TagRole(input: { RoleName: string; Tags: IamTag[] }, _ctx, state) {
    const role = requireRole(state, input.RoleName);
    role.tags = applyTags(role.tags, input.Tags);
    return {};
  },

  UntagRole(input: { RoleName: string; TagKeys: string[] }, _ctx, state) {
    const role = requireRole(state, input.RoleName);
    role.tags = removeTags(role.tags, input.TagKeys);
    return {};
  },

  ListRoleTags(input: { RoleName: string; MaxItems?: number }, _ctx, state) {
    return tagsPage(requireRole(state, input.RoleName).tags, input.MaxItems);
  },
};
