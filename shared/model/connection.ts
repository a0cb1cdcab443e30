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
  /** How a profile gets its credentials, in the words of the AWS config file. */
  profileType: z.enum(['static-keys', 'assume-role', 'sso', 'credential-process', 'other']).optional(),
  /** True when connecting asks for an MFA code first (a role profile with mfa_serial). */
  needsMfaCode: z.boolean().optional(),
  /** True when the user added this connection in the app and may remove it. */
  removable: z.boolean().optional(),
  /** True when the endpoint was set in the app rather than by the source itself. */
  endpointOverridden: z.boolean().optional(),
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
  /** True when an MFA session can be started: an IAM user's long-term keys and a known device. */
  available: z.boolean().optional(),
  /** Why an MFA session cannot be started here, in one sentence. */
  unavailableReason: z.string().optional(),
  mfaSerial: z.string().optional(),
  startedAt: z.string().optional(),
  expiresAt: z.string().optional(),
  /** When the last session ran out, so the UI can say so instead of silently dropping it. */
  endedAt: z.string().optional(),
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
  /** The region regional services (Identity Center) use for this connection. */
  region: z.string().optional(),
  error: ApiErrorSchema.optional(),
});
export type ConnectionState = z.infer<typeof ConnectionStateSchema>;
