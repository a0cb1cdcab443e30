import { z } from 'zod';

/** IAM action names as policies write them, e.g. `s3:DeleteObject` or `iam:*`. */
export const IamActionSchema = z
  .string()
  .trim()
  .regex(/^([a-z0-9-]+:[A-Za-z0-9*?]+|\*)$/, 'Write actions as service:Action, e.g. s3:DeleteObject or iam:*');

/** The MFA policy templates Portcullis can put on a group. */
export const MfaTemplateSchema = z.discriminatedUnion('kind', [
  /** Deny everything without MFA except setting up one's own device. */
  z.object({ kind: z.literal('require-mfa') }),
  /** Deny only the chosen actions without MFA. */
  z.object({ kind: z.literal('selected-actions'), actions: z.array(IamActionSchema).min(1, 'Add at least one action that needs MFA, e.g. iam:*.').max(100) }),
  /** Deny when the MFA sign-in is older than maxAgeSeconds (or absent). */
  z.object({
    kind: z.literal('recent-mfa'),
    maxAgeSeconds: z.number().int().min(60).max(129600).default(300),
    actions: z.array(IamActionSchema).max(100).default([]),
  }),
]);
export type MfaTemplate = z.infer<typeof MfaTemplateSchema>;
export type MfaTemplateKind = MfaTemplate['kind'];

/** Where an enforcement policy lives on a group. */
export const EnforcementModeSchema = z.enum(['inline', 'managed']);
export type EnforcementMode = z.infer<typeof EnforcementModeSchema>;

/** An MFA policy found on a group, inline or attached. */
export const GroupEnforcementSchema = z.object({
  mode: EnforcementModeSchema,
  policyName: z.string(),
  policyArn: z.string().optional(),
  /** What it enforces, in a few words ("MFA for everything", "MFA under 300 s for iam:*"). */
  description: z.string(),
});
export type GroupEnforcement = z.infer<typeof GroupEnforcementSchema>;
