import { z } from 'zod';

/** Every failure a caller can branch on. AWS errors are translated into these by the services. */
export const ErrorCodeSchema = z.enum([
  'INVALID_ARGUMENT',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'NOT_CONNECTED',
  'NOT_FOUND',
  'ALREADY_EXISTS',
  'CONFLICT',
  'LIMIT_EXCEEDED',
  'VALIDATION',
  'MALFORMED_POLICY',
  'ACCESS_DENIED',
  'MFA_REQUIRED',
  'INVALID_MFA_CODE',
  'INVALID_CREDENTIALS',
  'EXPIRED_CREDENTIALS',
  'SSO_LOGIN_REQUIRED',
  'CLOCK_SKEW',
  'THROTTLED',
  'NETWORK',
  'SERVICE_UNAVAILABLE',
  'METADATA_INVALID',
  'PLAN_FAILED',
  'CANCELLED',
  'UNSUPPORTED',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof ErrorCodeSchema>;

/** The error half of every response: a message a person can act on, and a remedy when there is one. */
export const ApiErrorSchema = z.object({
  code: ErrorCodeSchema,
  message: z.string(),
  remedy: z.string().optional(),
  retryable: z.boolean(),
  /** The AWS error code behind it (e.g. `EntityAlreadyExists`), for support and search. */
  awsCode: z.string().optional(),
  /** The AWS request id, for support cases. */
  requestId: z.string().optional(),
  /** The argument path the error is about, so forms can show it next to the field. */
  field: z.string().optional(),
});
export type ApiError = z.infer<typeof ApiErrorSchema>;

/** What every contract call resolves to; calls never reject across a host boundary. */
export type Envelope<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };
