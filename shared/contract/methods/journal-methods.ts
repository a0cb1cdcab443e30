import { z } from 'zod';
import { method } from '../define';
import { JournalEntrySchema } from '../../model/journal';

/** Methods to read the activity journal. */
export const journalMethods = {
  'journal.list': method({
    summary: 'Journal entries, newest first, optionally filtered by text or area.',
    args: z
      .object({
        query: z.string().max(200).optional(),
        area: z.string().max(100).optional(),
        limit: z.number().int().min(1).max(5000).default(500),
      })
      .strict(),
    result: z.object({ entries: z.array(JournalEntrySchema), total: z.number().int() }),
  }),
} as const;
