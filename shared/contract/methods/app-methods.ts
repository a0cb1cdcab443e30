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
  'app.setWeakSecretStorage': method({
    summary: 'Accepts (or withdraws) saving keys with Linux basic_text storage when no keyring runs.',
    args: z.object({ allow: z.boolean() }).strict(),
    result: AppInfoSchema,
    mutates: true,
  }),
} as const;
