import { z } from 'zod';
import { method } from '../define';
import { PlanResultSchema } from '../../model/plan';

/** Applying the plans that wizards propose (and the rollback plans of failed ones). */
export const planMethods = {
  'plans.apply': method({
    summary: 'Applies a plan step by step, or retries it skipping completed steps; emits progress with operationId.',
    args: z.object({ planId: z.string().min(1), operationId: z.string().min(1).max(100).optional() }).strict(),
    result: PlanResultSchema,
    mutates: true,
  }),
} as const;
