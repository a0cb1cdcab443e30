import { z } from 'zod';
import { method } from '../define';
import { ConnectionStateSchema, ConnectionSummarySchema } from '../../model/connection';

/** A six-digit code from the admin's authenticator; it goes to AWS and nowhere else. */
export const MfaCodeSchema = z.string().regex(/^\d{6}$/, 'Enter the 6-digit code shown by the authenticator.');

/** An endpoint URL for emulators (LocalStack, moto, a sandbox run with `npm run sandbox`). */
export const EndpointUrlSchema = z
  .string()
  .max(500)
  .refine((v) => /^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(v), 'Enter a URL such as http://127.0.0.1:4566.');

/** What the user types to save access keys in the app; the secret travels one way only. */
export const SaveAccessKeysArgsSchema = z
  .object({
    label: z.string().trim().min(1, 'Give the keys a name.').max(64),
    accessKeyId: z
      .string()
      .trim()
      .regex(/^(AKIA|ASIA)[A-Z0-9]{12,124}$/, 'An access key id starts with AKIA and has 20 capital letters and digits.'),
    secretAccessKey: z.string().trim().min(16, 'The secret access key is 40 characters long.').max(128),
    region: z.string().trim().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'Enter a region such as us-east-1.').default('us-east-1'),
    endpoint: EndpointUrlSchema.optional(),
  })
  .strict();

/** Methods to list, pick and inspect AWS connections, and the admin's own MFA session. */
export const connectionMethods = {
  'connections.list': method({
    summary: 'Every connection the app knows: sandbox, profiles, environment, saved keys.',
    args: z.object({}).strict(),
    result: z.array(ConnectionSummarySchema),
  }),
  'connections.select': method({
    summary: 'Connects with the given connection and makes it the active one; a role profile with mfa_serial needs mfaCode.',
    args: z.object({ id: z.string().min(1), mfaCode: MfaCodeSchema.optional() }).strict(),
    result: ConnectionStateSchema,
    mutates: true,
  }),
  'connections.state': method({
    summary: 'The active connection, its identity, expiry and MFA session.',
    args: z.object({}).strict(),
    result: ConnectionStateSchema,
  }),
  'connections.disconnect': method({
    summary: 'Closes the active connection and forgets its temporary credentials.',
    args: z.object({}).strict(),
    result: ConnectionStateSchema,
    mutates: true,
  }),
  'connections.saveAccessKeys': method({
    summary: 'Saves access keys entered in the app (encrypted, or for this run only in browser mode).',
    args: SaveAccessKeysArgsSchema,
    result: ConnectionSummarySchema,
    mutates: true,
  }),
  'connections.removeAccessKeys': method({
    summary: 'Forgets access keys saved in the app.',
    args: z.object({ id: z.string().min(1) }).strict(),
    result: z.object({ removed: z.boolean() }),
    mutates: true,
  }),
  'connections.setEndpoint': method({
    summary: 'Points a connection at a custom endpoint (emulators), or back at AWS with null.',
    args: z.object({ id: z.string().min(1), endpoint: EndpointUrlSchema.nullable() }).strict(),
    result: ConnectionSummarySchema,
    mutates: true,
  }),
  'connections.startMfaSession': method({
    summary: 'Calls GetSessionToken with the MFA device and a code, and uses the session for every later call.',
    args: z
      .object({
        code: MfaCodeSchema,
        durationSeconds: z.number().int().min(900).max(129_600).default(3600),
        mfaSerial: z.string().min(9).max(256).regex(/^[\w+=/:,.@-]+$/).optional(),
      })
      .strict(),
    result: ConnectionStateSchema,
    mutates: true,
  }),
  'connections.endMfaSession': method({
    summary: 'Drops the MFA session and goes back to the connection’s own credentials.',
    args: z.object({}).strict(),
    result: ConnectionStateSchema,
    mutates: true,
  }),
} as const;
