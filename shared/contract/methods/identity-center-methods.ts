import { z } from 'zod';
import { method } from '../define';
import { PlanSchema } from '../../model/plan';
import {
  AccountAssignmentSchema,
  AwsManagedPolicySchema,
  InstanceDiscoverySchema,
  OrganizationAccountSchema,
  PermissionSetSchema,
  PrincipalSchema,
  PrincipalTypeSchema,
} from '../../model/identity-center';
import { PermissionSetInputSchema } from '../../logic/identity-center-permission-set-input';

const instanceArn = z.string().startsWith('arn:').max(1224);
const permissionSetArn = z.string().startsWith('arn:').max(1224);
const accountId = z.string().regex(/^\d{12}$/, 'An account id has 12 digits.');
const principalId = z.string().min(1).max(47);

/** IAM Identity Center: the instance, permission sets and account assignments. */
export const identityCenterMethods = {
  'identityCenter.discover': method({
    summary: "Finds the Identity Center instance in the connection's region, or says why there is none to administer.",
    args: z.object({}).strict(),
    result: InstanceDiscoverySchema,
  }),
  'identityCenter.listPermissionSets': method({
    summary: 'Every permission set of the instance with its description, session, relay state and policies.',
    args: z.object({ instanceArn }).strict(),
    result: z.array(PermissionSetSchema),
  }),
  'identityCenter.listAwsManagedPolicies': method({
    summary: 'The AWS managed policies a permission set can attach.',
    args: z.object({}).strict(),
    result: z.array(AwsManagedPolicySchema),
  }),
  'identityCenter.planCreatePermissionSet': method({
    summary: 'Plans a new permission set with its managed policies and inline policy.',
    args: z.object({ instanceArn, input: PermissionSetInputSchema }).strict(),
    result: PlanSchema,
  }),
  'identityCenter.planDeletePermissionSet': method({
    summary: 'Plans deleting a permission set, warning when it is still assigned or provisioned.',
    args: z.object({ instanceArn, permissionSetArn }).strict(),
    result: PlanSchema,
  }),
  'identityCenter.listAccounts': method({
    summary: "The organization's accounts with their names (all pages).",
    args: z.object({}).strict(),
    result: z.array(OrganizationAccountSchema),
  }),
  'identityCenter.listPrincipals': method({
    summary: 'Users or groups of the identity store; with an exact name, looks that one up with the UserName/DisplayName filter.',
    args: z
      .object({ identityStoreId: z.string().min(1).max(36), type: PrincipalTypeSchema, exactName: z.string().trim().min(1).max(1024).optional() })
      .strict(),
    result: z.object({ principals: z.array(PrincipalSchema), truncated: z.boolean() }),
  }),
  'identityCenter.listAssignments': method({
    summary: 'The assignments in one account, for one permission set or for every permission set provisioned there.',
    args: z.object({ instanceArn, identityStoreId: z.string().min(1).max(36), accountId, permissionSetArn: permissionSetArn.optional() }).strict(),
    result: z.array(AccountAssignmentSchema),
  }),
  'identityCenter.planAssign': method({
    summary: 'Plans one CreateAccountAssignment per account and principal, skipping those that already exist.',
    args: z
      .object({
        instanceArn,
        permissionSetArn,
        accountIds: z.array(accountId).min(1, 'Pick at least one account.').max(500),
        principals: z.array(PrincipalSchema).min(1, 'Pick at least one user or group.').max(200),
      })
      .strict(),
    result: PlanSchema,
  }),
  'identityCenter.planRemoveAssignment': method({
    summary: 'Plans removing one account assignment.',
    args: z
      .object({ instanceArn, permissionSetArn, accountId, principalType: PrincipalTypeSchema, principalId, principalName: z.string().max(256).optional() })
      .strict(),
    result: PlanSchema,
  }),
} as const;
