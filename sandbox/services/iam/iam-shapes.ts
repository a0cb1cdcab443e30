import type { IamGroupRecord, IamRoleRecord, IamUserRecord } from './iam-state';
import { encodePolicy } from './policy-checks';

// Records rendered as the model's output structures.

function boundary(arn: string | undefined): Record<string, string> | undefined {
  return arn ? { PermissionsBoundaryType: 'Policy', PermissionsBoundaryArn: arn } : undefined;
}

export function userShape(u: IamUserRecord, detail = true): Record<string, unknown> {
  return {
    Path: u.path,
    UserName: u.userName,
    UserId: u.userId,
    Arn: u.arn,
    CreateDate: new Date(u.createDate),
    PasswordLastUsed: u.passwordLastUsed ? new Date(u.passwordLastUsed) : undefined,
    ...(detail ? { PermissionsBoundary: boundary(u.permissionsBoundary), Tags: u.tags.length ? u.tags : undefined } : {}),
  };
}

export function groupShape(g: IamGroupRecord): Record<string, unknown> {
  return { Path: g.path, GroupName: g.groupName, GroupId: g.groupId, Arn: g.arn, CreateDate: new Date(g.createDate) };
}

/** `detail` adds what GetRole returns beyond ListRoles (boundary, tags, last use). */
export function roleShape(r: IamRoleRecord, detail = true): Record<string, unknown> {
  return {
    Path: r.path,
    RoleName: r.roleName,
    RoleId: r.roleId,
    Arn: r.arn,
    CreateDate: new Date(r.createDate),
    AssumeRolePolicyDocument: encodePolicy(r.assumeRolePolicyDocument),
    Description: r.description,
    MaxSessionDuration: r.maxSessionDuration,
    ...(detail
      ? {
          PermissionsBoundary: boundary(r.permissionsBoundary),
          Tags: r.tags.length ? r.tags : undefined,
          RoleLastUsed: r.lastUsedDate ? { LastUsedDate: new Date(r.lastUsedDate), Region: r.lastUsedRegion } : {},
        }
      : {}),
  };
}
