import { z } from 'zod';
import { ConnectionStateSchema } from '../model/connection';
import { JournalEntrySchema } from '../model/journal';

/** Progress of a long operation; `operationId` is chosen by the caller and passed in its args. */
export const ProgressEventSchema = z.object({
  operationId: z.string(),
  label: z.string(),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  status: z.enum(['running', 'succeeded', 'failed', 'cancelled']),
  detail: z.string().optional(),
});
export type ProgressEvent = z.infer<typeof ProgressEventSchema>;

/** Every event the backend pushes to the renderer, by name. */
export const eventSchemas = {
  progress: ProgressEventSchema,
  'connection.changed': ConnectionStateSchema,
  'journal.appended': JournalEntrySchema,
} as const;

export type EventSchemas = typeof eventSchemas;
export type EventName = keyof EventSchemas;
export type EventPayload<E extends EventName> = z.infer<EventSchemas[E]>;
export const eventNames = Object.keys(eventSchemas) as EventName[];

/** Narrows an untrusted string to a known event name. */
export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(eventSchemas, name);
}
