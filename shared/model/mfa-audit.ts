import { z } from 'zod';

/** Why a user shows up in the MFA audit. */
export const AuditFindingSchema = z.enum(['console-without-mfa', 'keys-without-mfa', 'privileged-without-mfa']);
export type AuditFinding = z.infer<typeof AuditFindingSchema>;

/** One IAM user as the audit sees them. */
export const AuditUserSchema = z.object({
  userName: z.string(),
  arn: z.string(),
  passwordEnabled: z.boolean(),
  passwordLastUsed: z.string().nullable(),
  mfaActive: z.boolean(),
  activeAccessKeys: z.number().int().min(0).max(2),
  accessKeyLastUsed: z.string().nullable(),
  groups: z.array(z.string()),
  privilegedGroups: z.array(z.string()),
  findings: z.array(AuditFindingSchema),
});
export type AuditUser = z.infer<typeof AuditUserSchema>;

/** A group that grants admin-like power, with its members who have no MFA. */
export const PrivilegedGroupSchema = z.object({
  groupName: z.string(),
  reasons: z.array(z.string()),
  memberCount: z.number().int().nonnegative(),
  membersWithoutMfa: z.array(z.string()),
});
export type PrivilegedGroup = z.infer<typeof PrivilegedGroupSchema>;

/** The answer to "who can get in without MFA?". */
export const MfaAuditReportSchema = z.object({
  reportGeneratedAt: z.string().nullable(),
  rootMfaEnabled: z.boolean().nullable(),
  rootHasAccessKeys: z.boolean(),
  users: z.array(AuditUserSchema),
  groupCount: z.number().int().nonnegative(),
  privilegedGroups: z.array(PrivilegedGroupSchema),
  counts: z.object({
    users: z.number().int(),
    consoleWithoutMfa: z.number().int(),
    keysWithoutMfa: z.number().int(),
    privilegedWithoutMfa: z.number().int(),
  }),
  /** How many requests the audit sent to AWS, counted by SDK middleware. */
  awsCalls: z.number().int().nonnegative(),
  durationMs: z.number().nonnegative(),
});
export type MfaAuditReport = z.infer<typeof MfaAuditReportSchema>;
