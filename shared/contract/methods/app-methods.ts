import { z } from 'zod';
import { method } from '../define';
import { AppInfoSchema } from '../../model/app-info';

/** Methods about the app itself. */
export const appMethods = {
  'app.info': method({
    summary: 'Name, version, host and where the app keeps its data.',
    args: z.object({}).strict(),
    result: AppInfoSchema,
  }),
} as const;
