import { GetSessionTokenCommand, type STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import { PortcullisError } from '../core/portcullis-error';
import { awsErrorCode, translateAwsError } from '../core/aws-error-translation';
import { isClockSkew } from './credential-error-translation';

/** The temporary credentials of an MFA session and when they end. */
export interface MfaSessionCredentials {
  readonly credentials: AwsCredentialIdentity & { readonly sessionToken: string };
  readonly expiresAt: Date;
}

/** Calls GetSessionToken with the device and code; failures come back as one sentence and a fix. */
export async function requestMfaSession(sts: STSClient, request: { serial: string; code: string; durationSeconds: number }): Promise<MfaSessionCredentials> {
  let output;
  try {
    output = await sts.send(new GetSessionTokenCommand({ SerialNumber: request.serial, TokenCode: request.code, DurationSeconds: request.durationSeconds }));
  } catch (error) {
    throw explainGetSessionTokenFailure(error, request.serial);
  }
  const c = output.Credentials;
  if (!c?.AccessKeyId || !c.SecretAccessKey || !c.SessionToken || !c.Expiration) {
    throw new PortcullisError('INTERNAL', 'AWS answered GetSessionToken without credentials.', { retryable: true });
  }
  const expiresAt = new Date(c.Expiration);
  return { credentials: { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: expiresAt }, expiresAt };
}

/** Explains why GetSessionToken refused, in the terms users meet in every credentials tool. */
export function explainGetSessionTokenFailure(error: unknown, serial: string): PortcullisError {
  const code = awsErrorCode(error);
  const message = error instanceof Error ? error.message : '';
  const awsDetails = { awsCode: code, requestId: (error as { $metadata?: { requestId?: string } }).$metadata?.requestId, cause: error };
  if (isClockSkew(error)) {
    return new PortcullisError('CLOCK_SKEW', "AWS refused the request because this computer's clock differs from AWS's time by more than 5 minutes.", {
      remedy: 'Set the clock to the correct time (turn on automatic network time), then try again.',
      ...awsDetails,
    });
  }
  if (/session credentials/i.test(message)) {
    return new PortcullisError('UNSUPPORTED', 'AWS allows GetSessionToken only with an IAM user’s long-term access keys, and this connection uses temporary credentials.', {
      remedy: 'Connect with the IAM user’s own access keys (a profile or keys saved in the app), then start the MFA session.',
      ...awsDetails,
    });
  }
  if (/serial number|unable to validate MFA|not.*associated/i.test(message)) {
    return new PortcullisError('INVALID_MFA_CODE', `AWS does not know ${serial} as an MFA device of this IAM user.`, {
      remedy: 'Use the ARN of the device assigned to you (arn:…:mfa/NAME, not the user’s ARN); the MFA page lists each user’s devices.',
      field: 'mfaSerial',
      ...awsDetails,
    });
  }
  if (code === 'InvalidAuthenticationCode' || /one time pass code|MultiFactorAuthentication failed|invalid MFA/i.test(message)) {
    return new PortcullisError('INVALID_MFA_CODE', 'AWS did not accept the code: it was wrong, already used for another sign-in, or too old.', {
      remedy: 'Wait for the next code (they change every 30 seconds) and enter it. If every code fails, check the clock of the device that shows the codes.',
      field: 'code',
      ...awsDetails,
    });
  }
  return translateAwsError(error, 'starting an MFA session (sts:GetSessionToken)');
}
