import { z } from 'zod';
import { method } from '../define';
import { ConnectionStateSchema, ConnectionSummarySchema } from '../../model/connection';

/** Methods to list, pick and inspect AWS connections. */
export const connectionMethods = {
  'connections.list': method({
    summary: 'Every connection the app knows: sandbox, profiles, environment, saved keys.',
    args: z.object({}).strict(),
    result: z.array(ConnectionSummarySchema),
  }),
  'connections.select': method({
    summary: 'Connects with the given connection and makes it the active one.',
    args: z.object({ id: z.string().min(1) }).strict(),
    result: ConnectionStateSchema,
    mutates: true,
  }),
  'connections.state': method({
    summary: 'The active connection, its identity, expiry and MFA session.',
    args: z.object({}).strict(),
    result: ConnectionStateSchema,
  }),
} as const;
