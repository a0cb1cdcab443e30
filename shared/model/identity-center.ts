import { z } from 'zod';

/** The IAM Identity Center instance the connection administers, as ListInstances describes it. */
export const IdentityCenterInstanceSchema = z.object({
  instanceArn: z.string(),
  identityStoreId: z.string(),
  name: z.string().optional(),
  ownerAccountId: z.string().optional(),
  status: z.string().optional(),
  region: z.string(),
});
export type IdentityCenterInstance = z.infer<typeof IdentityCenterInstanceSchema>;

/** Whether the connection can administer Identity Center here, and why not when it cannot. */
export const InstanceDiscoverySchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ready'), instance: IdentityCenterInstanceSchema }),
  z.object({
    status: z.enum(['none', 'not-admin-account']),
    region: z.string(),
    accountId: z.string(),
    /** What the admin sees and does next, in a sentence or two. */
    explanation: z.string(),
  }),
]);
export type InstanceDiscovery = z.infer<typeof InstanceDiscoverySchema>;

/** A permission set with the policies it grants. */
export const PermissionSetSchema = z.object({
  arn: z.string(),
  name: z.string(),
  description: z.string().optional(),
  /** ISO-8601, e.g. PT8H. */
  sessionDuration: z.string().optional(),
  relayState: z.string().optional(),
  createdDate: z.string().optional(),
  managedPolicyArns: z.array(z.string()),
  hasInlinePolicy: z.boolean(),
});
export type PermissionSet = z.infer<typeof PermissionSetSchema>;

/** An AWS managed policy that a permission set can attach. */
export const AwsManagedPolicySchema = z.object({ name: z.string(), arn: z.string(), path: z.string() });
export type AwsManagedPolicy = z.infer<typeof AwsManagedPolicySchema>;

/** An account of the organization, as Organizations lists it. */
export const OrganizationAccountSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string().optional(),
  state: z.string().optional(),
});
export type OrganizationAccount = z.infer<typeof OrganizationAccountSchema>;

export const PrincipalTypeSchema = z.enum(['USER', 'GROUP']);
export type PrincipalType = z.infer<typeof PrincipalTypeSchema>;

/** A user or group of the identity store, which assignments grant access to. */
export const PrincipalSchema = z.object({
  type: PrincipalTypeSchema,
  id: z.string(),
  /** UserName for users, DisplayName for groups. */
  name: z.string(),
  /** DisplayName and email for users, description for groups. */
  detail: z.string().optional(),
});
export type Principal = z.infer<typeof PrincipalSchema>;

/** One grant: a principal gets a permission set in an account. */
export const AccountAssignmentSchema = z.object({
  accountId: z.string(),
  permissionSetArn: z.string(),
  permissionSetName: z.string(),
  principalType: PrincipalTypeSchema,
  principalId: z.string(),
  /** The principal's name, or undefined when it no longer exists in the identity store. */
  principalName: z.string().optional(),
});
export type AccountAssignment = z.infer<typeof AccountAssignmentSchema>;
