import type { ErrorCode } from '../../../shared/contract/errors';
import { PortcullisError } from './portcullis-error';

interface AwsLikeError {
  name?: string;
  message?: string;
  Code?: string;
  code?: string;
  $metadata?: { requestId?: string; httpStatusCode?: number };
  $retryable?: unknown;
}

interface Translation {
  code: ErrorCode;
  remedy?: string;
  retryable?: boolean;
  message?: (awsMessage: string) => string;
}

// Keyed by the query-protocol code; the JSON services' `…Exception` spelling is looked up by its base name.
const translations: Record<string, Translation> = {
  NoSuchEntity: { code: 'NOT_FOUND' },
  ResourceNotFoundException: { code: 'NOT_FOUND' },
  EntityAlreadyExists: { code: 'ALREADY_EXISTS', remedy: 'Choose another name, or open the existing one.' },
  DeleteConflict: { code: 'CONFLICT' },
  ConflictException: { code: 'CONFLICT', retryable: true },
  LimitExceeded: { code: 'LIMIT_EXCEEDED' },
  ServiceQuotaExceededException: { code: 'LIMIT_EXCEEDED' },
  ValidationError: { code: 'VALIDATION' },
  ValidationException: { code: 'VALIDATION' },
  InvalidInput: { code: 'VALIDATION' },
  MalformedPolicyDocument: { code: 'MALFORMED_POLICY' },
  InvalidAuthenticationCode: {
    code: 'INVALID_MFA_CODE',
    remedy: 'Wait for a new code in the authenticator and enter two consecutive codes.',
  },
  AccessDenied: { code: 'ACCESS_DENIED' },
  InvalidClientTokenId: {
    code: 'INVALID_CREDENTIALS',
    remedy: 'Check the access key id, or whether the key was deactivated or deleted.',
  },
  SignatureDoesNotMatch: {
    code: 'INVALID_CREDENTIALS',
    remedy: 'Check the secret access key. If it is right, check that this computer’s clock is correct.',
  },
  UnrecognizedClientException: { code: 'INVALID_CREDENTIALS', remedy: 'Check the access key id and secret.' },
  ExpiredToken: { code: 'EXPIRED_CREDENTIALS', remedy: 'Sign in again or start a new MFA session.' },
  RequestExpired: { code: 'CLOCK_SKEW', remedy: 'Set this computer’s clock to the correct time (enable network time).' },
  Throttling: { code: 'THROTTLED', retryable: true, remedy: 'AWS is limiting the request rate. Try again in a moment.' },
  ServiceUnavailable: { code: 'SERVICE_UNAVAILABLE', retryable: true, remedy: 'Try again in a moment.' },
  ServiceFailure: { code: 'SERVICE_UNAVAILABLE', retryable: true, remedy: 'Try again in a moment.' },
  InternalFailure: { code: 'SERVICE_UNAVAILABLE', retryable: true, remedy: 'Try again in a moment.' },
  InternalServerException: { code: 'SERVICE_UNAVAILABLE', retryable: true, remedy: 'Try again in a moment.' },
};

const networkCodes = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', 'TimeoutError']);

/** Names the AWS error behind any thrown value, or undefined when it is not one (a socket error included). */
export function awsErrorCode(error: unknown): string | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as AwsLikeError;
  if (isNetworkError(e)) return undefined;
  const code = e.Code ?? (e.$metadata ? e.name : undefined);
  // The SDK stamps $metadata on plain errors too; a bare "Error" is not an AWS answer.
  return code && code !== 'Error' ? code : undefined;
}

function isNetworkError(e: AwsLikeError): boolean {
  return (e.code !== undefined && networkCodes.has(e.code)) || e.name === 'TimeoutError' || (e.$metadata !== undefined && e.$metadata.httpStatusCode === undefined && e.name === 'Error');
}

/** The network failure behind an error (refused, unresolvable, timed out…), if it is one. */
export function networkFailure(error: unknown, doing: string): PortcullisError | undefined {
  if (!error || typeof error !== 'object') return undefined;
  const e = error as AwsLikeError;
  if (!isNetworkError(e)) return undefined;
  return new PortcullisError('NETWORK', `Could not reach AWS while ${doing} (${e.code ?? e.name ?? 'network error'}).`, {
    remedy: 'Check the network connection, proxy and the endpoint URL of this connection.',
    retryable: true,
    cause: error,
  });
}

/** Turns an AWS SDK (or network) error into a PortcullisError with a message and remedy. */
export function translateAwsError(error: unknown, doing: string): PortcullisError {
  if (error instanceof PortcullisError) return error;
  const e = (error ?? {}) as AwsLikeError & { code?: string };
  const awsMessage = typeof e.message === 'string' && e.message ? e.message : 'no message';
  const network = networkFailure(error, doing);
  if (network) return network;
  const awsCode = awsErrorCode(error);
  const requestId = e.$metadata?.requestId;
  if (!awsCode) {
    return new PortcullisError('INTERNAL', `Unexpected error while ${doing}: ${awsMessage}`, { cause: error });
  }
  const t = translations[awsCode] ?? translations[awsCode.replace(/Exception$/, '')] ?? { code: 'INTERNAL' as ErrorCode };
  const status = e.$metadata?.httpStatusCode ?? 0;
  return new PortcullisError(t.code, `AWS refused ${doing}: ${awsMessage}`, {
    remedy: t.remedy,
    retryable: t.retryable ?? status >= 500,
    awsCode,
    requestId,
    cause: error,
  });
}
