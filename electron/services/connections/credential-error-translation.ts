import { PortcullisError } from '../core/portcullis-error';
import { awsErrorCode, networkFailure, translateAwsError } from '../core/aws-error-translation';
import { redactSecrets } from '../core/redaction';
import { ssoLoginCommand } from './sso-token-status';

const clockSkewCodes = new Set(['RequestExpired', 'RequestTimeTooSkewed', 'InvalidSignatureException', 'SignatureDoesNotMatch']);

/** True when AWS refused a request because this computer's clock is off. */
export function isClockSkew(error: unknown): boolean {
  const code = awsErrorCode(error);
  if (code === 'RequestExpired' || code === 'RequestTimeTooSkewed') return true;
  const message = error instanceof Error ? error.message : '';
  return Boolean(code && clockSkewCodes.has(code) && /signature expired|too skewed|time.*differ/i.test(message));
}

/** Turns a failure while resolving or checking a connection's credentials into a message and a remedy. */
export function translateCredentialError(error: unknown, connectionLabel: string, doing: string, profile?: string): PortcullisError {
  if (error instanceof PortcullisError) return error;
  const network = networkFailure(error, doing);
  if (network) return network;
  if (isClockSkew(error)) {
    return new PortcullisError('CLOCK_SKEW', `AWS refused ${doing} because this computer's clock differs from AWS's time by more than 5 minutes.`, {
      remedy: 'Set the clock to the correct time (turn on automatic network time), then connect again.',
      awsCode: awsErrorCode(error),
    });
  }
  if (awsErrorCode(error)) {
    const translated = translateAwsError(error, doing);
    if (translated.code === 'INVALID_CREDENTIALS') {
      return new PortcullisError('INVALID_CREDENTIALS', `AWS does not accept the keys of ${connectionLabel}: ${translated.message.replace(/^AWS refused [^:]*: /, '')}`, {
        remedy: translated.remedy,
        awsCode: translated.awsCode,
        requestId: translated.requestId,
      });
    }
    return translated;
  }
  const message = redactSecrets(error instanceof Error ? error.message : String(error));
  if (/aws sso login|SSO session|SSO token/i.test(message)) {
    return new PortcullisError('SSO_LOGIN_REQUIRED', `The IAM Identity Center sign-in of ${connectionLabel} is missing or expired.`, {
      remedy: profile ? `Run \`${ssoLoginCommand(profile)}\` in a terminal, then connect again.` : 'Sign in with `aws sso login`, then connect again.',
    });
  }
  if (/credential_process/i.test(message)) {
    return new PortcullisError('INVALID_CREDENTIALS', `The credential_process of ${connectionLabel} failed: ${message}`, {
      remedy: 'Run the command from the profile in a terminal to see why it fails.',
    });
  }
  if ((error as { code?: string } | null)?.code) return translateAwsError(error, doing);
  return new PortcullisError('INVALID_CREDENTIALS', `Could not get credentials for ${connectionLabel}: ${message}`, {
    remedy: 'Check the profile in the AWS config and credentials files (`aws configure list --profile NAME` shows what the CLI sees).',
  });
}
