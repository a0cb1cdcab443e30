import { z } from 'zod';
import { ApiErrorSchema } from '../contract/errors';
import { PartitionSchema } from './partition';

/** Where a connection's credentials come from. */
export const ConnectionKindSchema = z.enum(['sandbox', 'profile', 'environment', 'access-keys']);
export type ConnectionKind = z.infer<typeof ConnectionKindSchema>;

/** A connection as the renderer may see it: never a secret, at most a masked key id. */
export const ConnectionSummarySchema = z.object({
  id: z.string(),
  kind: ConnectionKindSchema,
  label: z.string(),
  /** One line about the source: profile name, masked key id (`AKIA…WXYZ`), "local sandbox". */
  detail: z.string(),
  region: z.string(),
  /** Set when the connection talks to a custom endpoint (sandbox, LocalStack, moto…). */
  endpoint: z.string().optional(),
  isSandbox: z.boolean(),
  /** The MFA device the admin signs in with, when known (profile mfa_serial or discovered). */
  mfaSerial: z.string().optional(),
  /** True when the secret is kept only for this run (browser mode). */
  memoryOnly: z.boolean().optional(),
});
export type ConnectionSummary = z.infer<typeof ConnectionSummarySchema>;

/** Who the active credentials are, as STS and IAM tell it. */
export const CallerIdentitySchema = z.object({
  accountId: z.string(),
  accountAlias: z.string().nullable(),
  arn: z.string(),
  userId: z.string(),
  partition: PartitionSchema,
  principalType: z.enum(['root', 'user', 'assumed-role', 'federated-user', 'unknown']),
  /** The IAM user name when the caller is an IAM user. */
  userName: z.string().optional(),
});
export type CallerIdentity = z.infer<typeof CallerIdentitySchema>;

/** The admin's own MFA session (GetSessionToken with a TOTP code). */
export const MfaSessionStateSchema = z.object({
  active: z.boolean(),
  mfaSerial: z.string().optional(),
  expiresAt: z.string().optional(),
});
export type MfaSessionState = z.infer<typeof MfaSessionStateSchema>;

/** The state of the active connection, pushed to the renderer on every change. */
export const ConnectionStateSchema = z.object({
  status: z.enum(['disconnected', 'connecting', 'connected', 'expired', 'failed']),
  connection: ConnectionSummarySchema.optional(),
  identity: CallerIdentitySchema.optional(),
  /** When the credentials in use expire (temporary credentials only). */
  expiresAt: z.string().optional(),
  mfaSession: MfaSessionStateSchema.optional(),
  error: ApiErrorSchema.optional(),
});
export type ConnectionState = z.infer<typeof ConnectionStateSchema>;
