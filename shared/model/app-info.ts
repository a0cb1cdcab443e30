import { z } from 'zod';

/** What the shell shows about the running app and its host. */
export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['desktop', 'browser']),
  platform: z.string(),
  /** Where the app keeps its state (journal, sandbox account, settings). */
  dataDir: z.string(),
  /** How secrets are kept: OS keychain via safeStorage, or memory only. */
  secretStorage: z.enum(['os-keychain', 'basic-text-opt-in', 'memory-only', 'unavailable']),
  /** Linux without a keyring: saving keys waits for the user to accept weak (basic_text) storage. */
  secretStorageNeedsOptIn: z.boolean(),
});
export type AppInfo = z.infer<typeof AppInfoSchema>;
