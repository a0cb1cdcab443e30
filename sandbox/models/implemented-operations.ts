/**
 * The operations the sandbox serves, per model file. The generator keeps only these (and the
 * shapes they reach), so the committed models stay small. `'*'` keeps every operation.
 */
export const implementedOperations: Record<string, readonly string[] | '*'> = {
  iam: [
    // users, groups, memberships
    'CreateUser', 'GetUser', 'ListUsers', 'UpdateUser', 'DeleteUser', 'TagUser', 'UntagUser', 'ListUserTags',
    'CreateGroup', 'GetGroup', 'ListGroups', 'UpdateGroup', 'DeleteGroup', 'AddUserToGroup', 'RemoveUserFromGroup',
    'ListGroupsForUser',
    // credentials
    'CreateAccessKey', 'ListAccessKeys', 'UpdateAccessKey', 'DeleteAccessKey', 'GetAccessKeyLastUsed',
    'CreateLoginProfile', 'GetLoginProfile', 'UpdateLoginProfile', 'DeleteLoginProfile', 'ChangePassword',
    // roles
    'CreateRole', 'GetRole', 'ListRoles', 'UpdateRole', 'UpdateRoleDescription', 'UpdateAssumeRolePolicy', 'DeleteRole',
    'PutRolePermissionsBoundary', 'DeleteRolePermissionsBoundary', 'PutUserPermissionsBoundary',
    'DeleteUserPermissionsBoundary', 'TagRole', 'UntagRole', 'ListRoleTags',
    // inline policies
    'PutUserPolicy', 'GetUserPolicy', 'ListUserPolicies', 'DeleteUserPolicy',
    'PutGroupPolicy', 'GetGroupPolicy', 'ListGroupPolicies', 'DeleteGroupPolicy',
    'PutRolePolicy', 'GetRolePolicy', 'ListRolePolicies', 'DeleteRolePolicy',
    // managed policies
    'CreatePolicy', 'GetPolicy', 'ListPolicies', 'DeletePolicy', 'TagPolicy', 'UntagPolicy', 'ListPolicyTags',
    'CreatePolicyVersion', 'GetPolicyVersion', 'ListPolicyVersions', 'DeletePolicyVersion', 'SetDefaultPolicyVersion',
    'AttachUserPolicy', 'DetachUserPolicy', 'ListAttachedUserPolicies',
    'AttachGroupPolicy', 'DetachGroupPolicy', 'ListAttachedGroupPolicies',
    'AttachRolePolicy', 'DetachRolePolicy', 'ListAttachedRolePolicies', 'ListEntitiesForPolicy',
    // account
    'CreateAccountAlias', 'DeleteAccountAlias', 'ListAccountAliases', 'GetAccountAuthorizationDetails',
    'GetAccountPasswordPolicy', 'UpdateAccountPasswordPolicy', 'DeleteAccountPasswordPolicy',
    // security engineer's operations
    'CreateSAMLProvider', 'UpdateSAMLProvider', 'GetSAMLProvider', 'ListSAMLProviders', 'DeleteSAMLProvider',
    'TagSAMLProvider', 'UntagSAMLProvider', 'ListSAMLProviderTags',
    'CreateVirtualMFADevice', 'EnableMFADevice', 'DeactivateMFADevice', 'ResyncMFADevice', 'DeleteVirtualMFADevice',
    'ListMFADevices', 'ListVirtualMFADevices', 'TagMFADevice', 'UntagMFADevice', 'ListMFADeviceTags',
    'GenerateCredentialReport', 'GetCredentialReport', 'GetAccountSummary',
    'SimulateCustomPolicy', 'SimulatePrincipalPolicy', 'GetContextKeysForCustomPolicy',
    'GetContextKeysForPrincipalPolicy',
  ],
  sts: ['GetCallerIdentity', 'GetSessionToken', 'AssumeRole', 'AssumeRoleWithSAML', 'DecodeAuthorizationMessage', 'GetAccessKeyInfo'],
  'sso-admin': '*',
  identitystore: '*',
  organizations: [
    'DescribeOrganization', 'ListAccounts', 'DescribeAccount', 'ListRoots', 'ListChildren', 'ListParents',
    'ListOrganizationalUnitsForParent', 'ListAccountsForParent', 'DescribeOrganizationalUnit', 'ListTagsForResource',
  ],
};
