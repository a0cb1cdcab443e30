import { z } from 'zod';
import { ApiErrorSchema } from '../contract/errors';

/** One AWS call a wizard will make, shown to the user before it is made. */
export const PlanStepSchema = z.object({
  id: z.string(),
  /** The AWS API call, e.g. `iam:CreateRole`. */
  call: z.string(),
  /** The resource it creates or changes, by name or ARN. */
  target: z.string(),
  summary: z.string(),
  /** The full document it sends (policy JSON, metadata digest), pretty-printed. */
  document: z.string().optional(),
  /** Already in the wanted state: applying skips it. */
  alreadyDone: z.boolean().default(false),
});
export type PlanStep = z.infer<typeof PlanStepSchema>;

/** The ordered list of calls a wizard proposes. */
export const PlanSchema = z.object({
  id: z.string(),
  title: z.string(),
  steps: z.array(PlanStepSchema),
  warnings: z.array(z.string()).default([]),
});
export type Plan = z.infer<typeof PlanSchema>;

/** What applying a plan did: the steps completed, and on failure where and how to undo. */
export const PlanResultSchema = z.object({
  planId: z.string(),
  outcome: z.enum(['applied', 'no-change', 'failed', 'rolled-back']),
  completedStepIds: z.array(z.string()),
  skippedStepIds: z.array(z.string()),
  failedStepId: z.string().optional(),
  error: ApiErrorSchema.optional(),
  /** The calls that would undo what was completed, when the plan failed part way. */
  rollback: PlanSchema.optional(),
  message: z.string(),
});
export type PlanResult = z.infer<typeof PlanResultSchema>;
