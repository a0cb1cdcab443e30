import { getSSOTokenFromFile } from '@smithy/shared-ini-file-loader';
import { PortcullisError } from '../core/portcullis-error';

/** The state of the cached IAM Identity Center token a profile signs in with. */
export type SsoTokenStatus = { readonly state: 'fresh'; readonly expiresAt: Date } | { readonly state: 'missing' } | { readonly state: 'expired'; readonly expiresAt: Date };

/** Reads the token `aws sso login` cached for an sso_session name or legacy start URL. */
export async function readSsoTokenStatus(tokenId: string, now: Date): Promise<SsoTokenStatus> {
  let token: { expiresAt?: unknown };
  try {
    token = (await getSSOTokenFromFile(tokenId)) as { expiresAt?: unknown };
  } catch {
    return { state: 'missing' };
  }
  const expiresAt = new Date(String(token.expiresAt));
  if (Number.isNaN(expiresAt.getTime())) return { state: 'missing' };
  return expiresAt.getTime() > now.getTime() ? { state: 'fresh', expiresAt } : { state: 'expired', expiresAt };
}

/** The exact command that signs the profile in again. */
export function ssoLoginCommand(profile: string): string {
  return `aws sso login --profile ${/^[\w.@+-]+$/.test(profile) ? profile : `'${profile.replace(/'/g, `'\\''`)}'`}`;
}

/** The error shown when the profile's SSO token is missing or expired. */
export function ssoLoginRequired(profile: string, status: Exclude<SsoTokenStatus, { state: 'fresh' }>): PortcullisError {
  const why =
    status.state === 'missing'
      ? `There is no IAM Identity Center sign-in cached for profile ${profile}.`
      : `The IAM Identity Center sign-in of profile ${profile} expired at ${status.expiresAt.toISOString()}.`;
  return new PortcullisError('SSO_LOGIN_REQUIRED', why, {
    remedy: `Run \`${ssoLoginCommand(profile)}\` in a terminal, then connect again.`,
  });
}
