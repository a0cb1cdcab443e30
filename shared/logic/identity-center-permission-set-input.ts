import { z } from 'zod';

/** Identity Center's own rules for a permission set name (CreatePermissionSet `Name`). */
export const PERMISSION_SET_NAME_PATTERN = /^[\w+=,.@-]{1,32}$/;
/** CreatePermissionSet `RelayState`: a console URL made of these characters. */
export const RELAY_STATE_PATTERN = /^[a-zA-Z0-9&$@#\\/%?=~\-_'"|!:,.;*+[\] (){}]{1,240}$/;
/** Only AWS managed policies can be attached with AttachManagedPolicyToPermissionSet. */
export const AWS_MANAGED_POLICY_ARN_PATTERN = /^arn:aws(-[a-z]{1,5}){0,3}:iam::aws:policy((\/[A-Za-z0-9.,+@=_-]+)*)\/([A-Za-z0-9.,+=@_-]+)$/;
/** Service quota: one inline policy per permission set, at most this many bytes. */
export const INLINE_POLICY_MAX_BYTES = 10_240;
/** Service quota: managed plus customer managed policies per permission set. */
export const MAX_MANAGED_POLICIES = 20;

/** Why an inline policy text cannot be sent, or null when it is a JSON policy within the quota. */
export function inlinePolicyProblem(text: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return `The inline policy is not valid JSON: ${(error as Error).message}`;
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return 'The inline policy must be a JSON object with a Statement.';
  if (!('Statement' in parsed)) return 'The inline policy has no "Statement".';
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > INLINE_POLICY_MAX_BYTES) return `The inline policy is ${bytes} bytes; Identity Center allows at most ${INLINE_POLICY_MAX_BYTES}.`;
  return null;
}

/** What the create-permission-set form collects, validated the same way in the form and the service. */
export const PermissionSetInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Enter a name.')
    .max(32, 'At most 32 characters.')
    .regex(PERMISSION_SET_NAME_PATTERN, 'Use letters, digits and + = , . @ _ - only (no spaces).'),
  description: z.string().trim().max(700, 'At most 700 characters.').default(''),
  sessionHours: z.number().int('Whole hours only.').min(1, 'At least 1 hour.').max(12, 'At most 12 hours.'),
  relayState: z
    .string()
    .trim()
    .max(240, 'At most 240 characters.')
    .refine((v) => v === '' || RELAY_STATE_PATTERN.test(v), 'The relay state contains characters Identity Center does not accept.')
    .default(''),
  managedPolicyArns: z
    .array(z.string().regex(AWS_MANAGED_POLICY_ARN_PATTERN, 'Only AWS managed policies (arn:aws:iam::aws:policy/…) can be attached here.'))
    .max(MAX_MANAGED_POLICIES, `At most ${MAX_MANAGED_POLICIES} policies per permission set.`)
    .refine((arns) => new Set(arns).size === arns.length, 'A policy is listed twice.')
    .default([]),
  inlinePolicy: z
    .string()
    .trim()
    .default('')
    .superRefine((text, ctx) => {
      const problem = text === '' ? null : inlinePolicyProblem(text);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
});
export type PermissionSetInput = z.input<typeof PermissionSetInputSchema>;
export type ValidPermissionSetInput = z.output<typeof PermissionSetInputSchema>;

/** The ISO-8601 duration Identity Center stores for a whole number of hours (8 → PT8H). */
export function sessionDurationFromHours(hours: number): string {
  return `PT${hours}H`;
}

/** Reads an ISO-8601 session duration as people say it ("PT1H30M" → "1 h 30 min"); unknown forms are returned as they are. */
export function describeSessionDuration(duration: string | undefined): string {
  if (!duration) return '1 h (default)';
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?$/.exec(duration);
  if (!match || (!match[1] && !match[2] && !match[3])) return duration;
  const parts = [match[1] && `${Number(match[1])} h`, match[2] && `${Number(match[2])} min`, match[3] && `${Number(match[3])} s`];
  return parts.filter(Boolean).join(' ');
}
