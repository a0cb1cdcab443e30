import { AwsError } from '../../core/aws-error';
import type { SandboxState } from '../../core/state';
import type { IamGroupRecord, IamRoleRecord, IamUserRecord } from './iam-state';

/** Finds a user by name, case-insensitively as IAM does; undefined when absent. */
export function findUser(state: SandboxState, userName: string): IamUserRecord | undefined {
  return state.iam.users[userName.toLowerCase()];
}

export function findGroup(state: SandboxState, groupName: string): IamGroupRecord | undefined {
  return state.iam.groups[groupName.toLowerCase()];
}

export function findRole(state: SandboxState, roleName: string): IamRoleRecord | undefined {
  return state.iam.roles[roleName.toLowerCase()];
}

export function noSuchEntity(message: string): AwsError {
  return new AwsError('NoSuchEntity', message, 404);
}

export function requireUser(state: SandboxState, userName: string): IamUserRecord {
  const user = findUser(state, userName);
  if (!user) throw noSuchEntity(`The user with name ${userName} cannot be found.`);
  return user;
}

export function requireGroup(state: SandboxState, groupName: string): IamGroupRecord {
  const group = findGroup(state, groupName);
  if (!group) throw noSuchEntity(`The group with name ${groupName} cannot be found.`);
  return group;
}

export function requireRole(state: SandboxState, roleName: string): IamRoleRecord {
  const role = findRole(state, roleName);
  if (!role) throw noSuchEntity(`The role with name ${roleName} cannot be found.`);
  return role;
}

/** The groups a user belongs to, ordered by name. */
export function groupsOfUser(state: SandboxState, userName: string): IamGroupRecord[] {
  const lower = userName.toLowerCase();
  return Object.values(state.iam.groups)
    .filter((g) => g.userNames.some((u) => u.toLowerCase() === lower))
    .sort((a, b) => compareNames(a.groupName, b.groupName));
}

export function compareNames(a: string, b: string): number {
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  return la < lb ? -1 : la > lb ? 1 : 0;
}

/** `arn:aws:iam::<acct>:<kind><path><name>`. */
export function iamArn(accountId: string, kind: 'user' | 'group' | 'role' | 'policy', path: string, name: string): string {
  return `arn:aws:iam::${accountId}:${kind}${path}${name}`;
}

export function entityExists(kind: 'User' | 'Group' | 'Role', name: string): AwsError {
  return new AwsError('EntityAlreadyExists', `${kind} with name ${name} already exists.`, 409);
}

export function limitExceeded(message: string): AwsError {
  return new AwsError('LimitExceeded', message, 409);
}

export function deleteConflict(message: string): AwsError {
  return new AwsError('DeleteConflict', message, 409);
}
