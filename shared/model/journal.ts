import { z } from 'zod';

/** One line of the activity journal: what changed in AWS (or locally), never a secret. */
export const JournalEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  /** The account the change was made in, and its alias. */
  accountId: z.string().optional(),
  accountAlias: z.string().nullable().optional(),
  connectionLabel: z.string().optional(),
  /** Dotted area, e.g. `saml.provider`, `iam.role`, `mfa.device`, `connections`. */
  area: z.string(),
  /** The AWS operation or local action, e.g. `CreateSAMLProvider`. */
  action: z.string(),
  target: z.string(),
  outcome: z.enum(['succeeded', 'failed', 'rolled-back', 'skipped']),
  summary: z.string(),
  /** Set when the entry belongs to an applied plan. */
  planId: z.string().optional(),
});
export type JournalEntry = z.infer<typeof JournalEntrySchema>;
