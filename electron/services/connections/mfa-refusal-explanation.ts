import type { CallerIdentity } from '../../../shared/model/connection';
import { PortcullisError } from '../core/portcullis-error';
import { awsErrorCode } from '../core/aws-error-translation';

/** What is known about the credentials in use when AWS refuses a call. */
export interface MfaContext {
  readonly identity?: CallerIdentity;
  /** True while the app's own MFA session (GetSessionToken with a code) is in use. */
  readonly mfaSessionActive: boolean;
  /** True when the connection's own credentials are temporary (they carry a session token). */
  readonly temporaryCredentials: boolean;
  /** The admin's MFA device, when known. */
  readonly mfaSerial?: string;
}

/**
 * A refusal explained in terms of MFA. It keeps AWS's error code in `Code` so callers that
 * branch on the AWS code (e.g. tolerate AccessDenied) still can.
 */
export class MfaRefusalError extends PortcullisError {
  readonly Code: string;
  constructor(awsCode: string, message: string, remedy: string, requestId: string | undefined, cause: unknown) {
    super('MFA_REQUIRED', message, { remedy, awsCode, requestId, cause });
    this.Code = awsCode;
  }
}

interface AwsLike {
  message?: string;
  $metadata?: { requestId?: string };
}

/** Explains an AWS refusal that MFA causes, or returns undefined when MFA is not the reason. */
export function explainMfaRefusal(error: unknown, service: string, operation: string, context: MfaContext): MfaRefusalError | undefined {
  const code = awsErrorCode(error);
  if (!code || context.mfaSessionActive) return undefined;
  const e = error as AwsLike;
  const requestId = e.$metadata?.requestId;
  const action = `${service}:${operation}`;
  if (code === 'InvalidClientTokenId' && service === 'iam' && context.temporaryCredentials) {
    return new MfaRefusalError(
      code,
      `IAM refused ${action} because this connection uses temporary credentials from GetSessionToken that were issued without MFA, and IAM accepts those only with MFA.`,
      'Connect with the IAM user’s long-term access keys and start an MFA session, or get the temporary credentials with `aws sts get-session-token --serial-number … --token-code …`.',
      requestId,
      error,
    );
  }
  const isUser = context.identity?.principalType === 'user';
  if ((code === 'AccessDenied' || code === 'AccessDeniedException') && isUser && !context.temporaryCredentials && /explicit deny/i.test(e.message ?? '')) {
    return new MfaRefusalError(
      code,
      `AWS refused ${action} with an explicit deny. This connection has no MFA session, and a policy that denies actions without MFA (aws:MultiFactorAuthPresent) is the usual cause.`,
      context.mfaSerial
        ? `Start an MFA session with ${context.mfaSerial} (Connections, or the header), then try again.`
        : 'Assign an MFA device to this IAM user, then start an MFA session and try again.',
      requestId,
      error,
    );
  }
  return undefined;
}
