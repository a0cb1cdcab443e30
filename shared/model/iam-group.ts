import { z } from 'zod';
import { GroupEnforcementSchema } from './mfa-enforcement';

/** An IAM group with the MFA enforcement found on it. */
export const GroupSummarySchema = z.object({
  groupName: z.string(),
  arn: z.string(),
  memberCount: z.number().int().nonnegative(),
  enforcement: z.array(GroupEnforcementSchema),
  /** Characters used by the group's inline policies, counted as IAM counts them. */
  inlinePolicySize: z.number().int().nonnegative(),
  attachedPolicyCount: z.number().int().nonnegative(),
});
export type GroupSummary = z.infer<typeof GroupSummarySchema>;

/** A member of a group and whether they can sign in with MFA today. */
export const GroupMemberSchema = z.object({
  userName: z.string(),
  arn: z.string(),
  mfaDeviceCount: z.number().int().nonnegative(),
});
export type GroupMember = z.infer<typeof GroupMemberSchema>;

/** One row of the simulation: is the action allowed with MFA present, absent or too old? */
export const SimulationRowSchema = z.object({
  action: z.string(),
  withMfa: z.string(),
  withoutMfa: z.string(),
  mfaTooOld: z.string(),
});
export type SimulationRow = z.infer<typeof SimulationRowSchema>;

/** What enforcing MFA on a group will do, shown before anything changes. */
export const EnforcementPreviewSchema = z.object({
  groupName: z.string(),
  policyName: z.string(),
  document: z.string(),
  /** Characters of this document as IAM counts them. */
  documentSize: z.number().int(),
  /** Inline total after the change (inline mode) and IAM's limit for it. */
  inlineTotalAfter: z.number().int(),
  inlineLimit: z.number().int(),
  fits: z.boolean(),
  members: z.array(GroupMemberSchema),
  membersWithoutMfa: z.array(z.string()),
  adminIsMember: z.boolean(),
  adminHasMfaSession: z.boolean(),
  /** Applying is blocked until this is resolved (e.g. the admin needs an MFA session first). */
  blocker: z.string().optional(),
  simulation: z.array(SimulationRowSchema),
  warnings: z.array(z.string()),
});
export type EnforcementPreview = z.infer<typeof EnforcementPreviewSchema>;
