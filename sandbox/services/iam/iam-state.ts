import { emptyIamSecurityState, type IamSecurityState } from './security-state';

export interface IamTag {
  Key: string;
  Value: string;
}

export interface AccessKeyRecord {
  accessKeyId: string;
  secretAccessKey: string;
  status: 'Active' | 'Inactive';
  createDate: string;
  lastUsedDate?: string;
  lastUsedService?: string;
  lastUsedRegion?: string;
}

export interface LoginProfileRecord {
  createDate: string;
  passwordResetRequired: boolean;
  /** scrypt hash, never the password itself. */
  passwordHash: string;
}

export interface IamUserRecord {
  userName: string;
  userId: string;
  arn: string;
  path: string;
  createDate: string;
  passwordLastUsed?: string;
  permissionsBoundary?: string;
  tags: IamTag[];
  /** Inline policies by name, the document exactly as submitted. */
  inlinePolicies: Record<string, string>;
  attachedPolicyArns: string[];
  loginProfile?: LoginProfileRecord;
  accessKeys: AccessKeyRecord[];
}

export interface IamGroupRecord {
  groupName: string;
  groupId: string;
  arn: string;
  path: string;
  createDate: string;
  /** Member user names, as the users spell them. */
  userNames: string[];
  inlinePolicies: Record<string, string>;
  attachedPolicyArns: string[];
}

export interface IamRoleRecord {
  roleName: string;
  roleId: string;
  arn: string;
  path: string;
  createDate: string;
  assumeRolePolicyDocument: string;
  description?: string;
  maxSessionDuration: number;
  permissionsBoundary?: string;
  tags: IamTag[];
  inlinePolicies: Record<string, string>;
  attachedPolicyArns: string[];
  lastUsedDate?: string;
  lastUsedRegion?: string;
}

export interface PolicyVersionRecord {
  versionId: string;
  document: string;
  isDefaultVersion: boolean;
  createDate: string;
}

export interface ManagedPolicyRecord {
  policyName: string;
  policyId: string;
  arn: string;
  path: string;
  description?: string;
  createDate: string;
  updateDate: string;
  versions: PolicyVersionRecord[];
  nextVersion: number;
  tags: IamTag[];
}

/** The account password policy (UpdateAccountPasswordPolicy), in the model's member names. */
export interface PasswordPolicyRecord {
  MinimumPasswordLength: number;
  RequireSymbols: boolean;
  RequireNumbers: boolean;
  RequireUppercaseCharacters: boolean;
  RequireLowercaseCharacters: boolean;
  AllowUsersToChangePassword: boolean;
  MaxPasswordAge?: number;
  PasswordReusePrevention?: number;
  HardExpiry?: boolean;
}

/**
 * IAM's slice. Users, groups and roles are keyed by lower-cased name because IAM names are
 * unique and looked up case-insensitively; use the `find…` helpers in `iam-lookup.ts`.
 * Customer managed policies are keyed by ARN; AWS managed policies come from the read-only
 * catalog and are not stored.
 */
export interface IamState {
  users: Record<string, IamUserRecord>;
  groups: Record<string, IamGroupRecord>;
  roles: Record<string, IamRoleRecord>;
  policies: Record<string, ManagedPolicyRecord>;
  accountAliases: string[];
  /** Absent until UpdateAccountPasswordPolicy; AWS's default rules apply meanwhile. */
  passwordPolicy?: PasswordPolicyRecord;
  security: IamSecurityState;
}

export function emptyIamState(): IamState {
  return { users: {}, groups: {}, roles: {}, policies: {}, accountAliases: [], security: emptyIamSecurityState() };
}
