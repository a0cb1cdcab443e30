import type { Profile } from '@smithy/types';
import { maskAccessKeyId } from '../core/redaction';

/** How a profile of the AWS config files obtains credentials. */
export type ProfileType = 'static-keys' | 'assume-role' | 'sso' | 'credential-process' | 'other';

/** What the app shows about a profile and needs to open it; never a secret. */
export interface ProfileDescription {
  readonly name: string;
  readonly type: ProfileType;
  /** One line for the connection card. */
  readonly detail: string;
  readonly region?: string;
  readonly endpointUrl?: string;
  /** The MFA device the profile names (role profiles ask for its code; user profiles use it for MFA sessions). */
  readonly mfaSerial?: string;
  /** For role profiles: whether AssumeRole needs an MFA code. */
  readonly needsMfaCode: boolean;
  /** For SSO profiles: the id of the cached token (the sso_session name, or the legacy start URL). */
  readonly ssoTokenId?: string;
}

/** Sections of the config file that are not profiles (`[sso-session x]`, `[services x]`). */
export function isProfileSection(key: string): boolean {
  return !key.startsWith('sso-session.') && !key.startsWith('services.');
}

/** Classifies one merged profile (config file plus credentials file) the way the SDK resolves it. */
export function describeProfile(name: string, profile: Profile, sectionsByKey: Record<string, Profile> = {}): ProfileDescription {
  const region = profile.region;
  const endpointUrl = profile.endpoint_url;
  const mfaSerial = profile.mfa_serial;
  const base = { name, region, endpointUrl, mfaSerial };
  // The SDK tries role assumption first, then SSO, then static keys, then credential_process.
  if (profile.role_arn && (profile.source_profile || profile.credential_source)) {
    const from = profile.source_profile ? `profile ${profile.source_profile}` : profile.credential_source;
    return {
      ...base,
      type: 'assume-role',
      needsMfaCode: Boolean(mfaSerial),
      detail: `Assumes ${profile.role_arn} with ${from}${mfaSerial ? ', MFA code required' : ''}`,
    };
  }
  if (profile.sso_session || profile.sso_start_url) {
    const session = profile.sso_session ? sectionsByKey[`sso-session.${profile.sso_session}`] : undefined;
    const startUrl = profile.sso_start_url ?? session?.sso_start_url;
    return {
      ...base,
      type: 'sso',
      needsMfaCode: false,
      ssoTokenId: profile.sso_session ?? profile.sso_start_url,
      detail: `IAM Identity Center ${profile.sso_role_name ?? 'role'} in ${profile.sso_account_id ?? 'an account'}${startUrl ? ` via ${startUrl}` : ''}`,
    };
  }
  if (profile.aws_access_key_id && profile.aws_secret_access_key) {
    const temporary = Boolean(profile.aws_session_token);
    return {
      ...base,
      type: 'static-keys',
      needsMfaCode: false,
      detail: `${temporary ? 'Temporary' : 'Access'} keys ${maskAccessKeyId(profile.aws_access_key_id)}`,
    };
  }
  if (profile.credential_process) {
    return { ...base, type: 'credential-process', needsMfaCode: false, detail: 'Keys from a credential_process command' };
  }
  return { ...base, type: 'other', needsMfaCode: false, detail: 'No credentials Portcullis can use in this profile' };
}
