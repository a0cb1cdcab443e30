import { AwsError } from '../../core/aws-error';
import type { RequestContext, ServiceOperations } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import { compareNames, limitExceeded, noSuchEntity, requireGroup, requireRole, requireUser } from './iam-lookup';
import { paginate, pageOutput } from './paging';
import { findManagedPolicy, requireAttachablePolicy } from './policy-store';

const attachedPerEntityQuota = 10;

type Kind = 'User' | 'Group' | 'Role';

function entity(state: SandboxState, kind: Kind, name: string): { attachedPolicyArns: string[] } {
  return kind === 'User' ? requireUser(state, name) : kind === 'Group' ? requireGroup(state, name) : requireRole(state, name);
}

/** Identity Center's provisioned roles are modifiable only by AWS. */
function assertRoleModifiable(state: SandboxState, kind: Kind, name: string): void {
  if (kind !== 'Role') return;
  const role = requireRole(state, name);
  if (role.roleName.startsWith('AWSReservedSSO_')) {
    throw new AwsError('UnmodifiableEntity', `Cannot perform the operation on the protected role '${role.roleName}' - this role is only modifiable by AWS`, 400);
  }
}

function attach(kind: Kind, nameField: string) {
  return (input: Record<string, string>, _ctx: unknown, state: SandboxState): object => {
    const name = input[nameField]!;
    const e = entity(state, kind, name);
    assertRoleModifiable(state, kind, name);
    requireAttachablePolicy(state, input.PolicyArn!);
    if (e.attachedPolicyArns.includes(input.PolicyArn!)) return {};
    if (e.attachedPolicyArns.length >= attachedPerEntityQuota) throw limitExceeded(`Cannot exceed quota for PoliciesPer${kind}: ${attachedPerEntityQuota}`);
    e.attachedPolicyArns.push(input.PolicyArn!);
    return {};
  };
}

function detach(kind: Kind, nameField: string) {
  return (input: Record<string, string>, _ctx: unknown, state: SandboxState): object => {
    const name = input[nameField]!;
    const e = entity(state, kind, name);
    assertRoleModifiable(state, kind, name);
    if (!e.attachedPolicyArns.includes(input.PolicyArn!)) throw noSuchEntity(`Policy ${input.PolicyArn} was not found.`);
    e.attachedPolicyArns = e.attachedPolicyArns.filter((a) => a !== input.PolicyArn);
    return {};
  };
}

function listAttached(kind: Kind, nameField: string) {
  return (input: Record<string, string | number | undefined>, ctx: RequestContext, state: SandboxState): object => {
    const e = entity(state, kind, String(input[nameField]));
    const prefix = (input.PathPrefix as string | undefined) ?? '/';
    const attached = e.attachedPolicyArns
      .map((arn) => {
        const p = findManagedPolicy(state, arn);
        const name = p?.kind === 'aws' ? p.entry.name : p?.kind === 'local' ? p.record.policyName : arn.slice(arn.lastIndexOf('/') + 1);
        const path = p?.kind === 'aws' ? p.entry.path : p?.kind === 'local' ? p.record.path : '/';
        return { PolicyName: name, PolicyArn: arn, path };
      })
      .filter((a) => a.path.startsWith(prefix))
      .sort((a, b) => compareNames(a.PolicyName, b.PolicyName) || (a.PolicyArn < b.PolicyArn ? -1 : 1));
    const page = paginate(attached, (a) => `${a.PolicyName.toLowerCase()}\u0001${a.PolicyArn}`, input.Marker as string | undefined, input.MaxItems as number | undefined, ctx);
    return pageOutput('AttachedPolicies', page, (a) => ({ PolicyName: a.PolicyName, PolicyArn: a.PolicyArn }));
  };
}

/** Managed policy attachments to users, groups and roles (10 each, as AWS's default quotas). */
export const policyAttachmentOperations: ServiceOperations = {
  AttachUserPolicy: attach('User', 'UserName'),
  DetachUserPolicy: detach('User', 'UserName'),
  ListAttachedUserPolicies: listAttached('User', 'UserName'),
  AttachGroupPolicy: attach('Group', 'GroupName'),
  DetachGroupPolicy: detach('Group', 'GroupName'),
  ListAttachedGroupPolicies: listAttached('Group', 'GroupName'),
  AttachRolePolicy: attach('Role', 'RoleName'),
  DetachRolePolicy: detach('Role', 'RoleName'),
  ListAttachedRolePolicies: listAttached('Role', 'RoleName'),

  ListEntitiesForPolicy(
    input: { PolicyArn: string; EntityFilter?: string; PathPrefix?: string; PolicyUsageFilter?: string; Marker?: string; MaxItems?: number },
    ctx,
    state,
  ) {
    if (!findManagedPolicy(state, input.PolicyArn)) throw noSuchEntity(`Policy ${input.PolicyArn} was not found.`);
    const prefix = input.PathPrefix ?? '/';
    const wants = (t: string): boolean => !input.EntityFilter || input.EntityFilter === t || (input.EntityFilter === 'LocalManagedPolicy' && false);
    const uses = (e: { attachedPolicyArns: string[]; permissionsBoundary?: string }): boolean => {
      if (input.PolicyUsageFilter === 'PermissionsBoundary') return e.permissionsBoundary === input.PolicyArn;
      if (input.PolicyUsageFilter === 'PermissionsPolicy') return e.attachedPolicyArns.includes(input.PolicyArn);
      return e.attachedPolicyArns.includes(input.PolicyArn) || e.permissionsBoundary === input.PolicyArn;
    };
    const rows: { type: 'User' | 'Group' | 'Role'; name: string; id: string }[] = [];
    if (wants('User')) for (const u of Object.values(state.iam.users)) if (u.path.startsWith(prefix) && uses(u)) rows.push({ type: 'User', name: u.userName, id: u.userId });
    if (wants('Group')) for (const g of Object.values(state.iam.groups)) if (g.path.startsWith(prefix) && uses(g)) rows.push({ type: 'Group', name: g.groupName, id: g.groupId });
    if (wants('Role')) for (const r of Object.values(state.iam.roles)) if (r.path.startsWith(prefix) && uses(r)) rows.push({ type: 'Role', name: r.roleName, id: r.roleId });
    const order = { Group: 0, User: 1, Role: 2 };
    rows.sort((a, b) => order[a.type] - order[b.type] || compareNames(a.name, b.name));
    const page = paginate(rows, (r) => `${order[r.type]}${r.name.toLowerCase()}`, input.Marker, input.MaxItems, ctx);
    return {
      PolicyGroups: page.items.filter((r) => r.type === 'Group').map((r) => ({ GroupName: r.name, GroupId: r.id })),
      PolicyUsers: page.items.filter((r) => r.type === 'User').map((r) => ({ UserName: r.name, UserId: r.id })),
      PolicyRoles: page.items.filter((r) => r.type === 'Role').map((r) => ({ RoleName: r.name, RoleId: r.id })),
      IsTruncated: page.IsTruncated,
      ...(page.Marker ? { Marker: page.Marker } : {}),
    };
  },
};
