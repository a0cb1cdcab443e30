import { fromIni, fromSSO } from '@aws-sdk/credential-providers';
import type { ConnectionSummary } from '../../../shared/model/connection';
import { PortcullisError } from '../core/portcullis-error';
import { awsErrorCode } from '../core/aws-error-translation';
import { redactSecrets } from '../core/redaction';
import type { Clock } from '../core/ports';
import type { ConnectionSource, OpenedSource } from './connection-source';
import { translateCredentialError } from './credential-error-translation';
import type { ProfileDescription } from './profile-kind';
import type { SharedConfigPaths } from './shared-config-profiles';
import { readSsoTokenStatus, ssoLoginRequired } from './sso-token-status';

/** The connection id of a profile. */
export function profileConnectionId(name: string): string {
  return `profile:${name}`;
}

/** A profile of the AWS shared files as a connection, resolved with the SDK's own INI provider. */
export function createProfileSource(
  profile: ProfileDescription,
  options: { paths: SharedConfigPaths; defaultRegion: string; selectedByEnv: boolean; clock: Clock },
): ConnectionSource {
  const region = profile.region ?? options.defaultRegion;
  const summary: ConnectionSummary = {
    id: profileConnectionId(profile.name),
    kind: 'profile',
    label: `Profile ${profile.name}${options.selectedByEnv ? ' (AWS_PROFILE)' : ''}`,
    detail: profile.detail,
    region,
    ...(profile.endpointUrl ? { endpoint: profile.endpointUrl } : {}),
    isSandbox: false,
    ...(profile.mfaSerial ? { mfaSerial: profile.mfaSerial } : {}),
    profileType: profile.type,
    needsMfaCode: profile.needsMfaCode,
  };
  return {
    summary,
    async open({ mfaCode, endpoint: override }): Promise<OpenedSource> {
      if (profile.type === 'other') {
        throw new PortcullisError('INVALID_CREDENTIALS', `Profile ${profile.name} has no credentials Portcullis can use.`, {
          remedy: 'Give it access keys, a role_arn with source_profile, an SSO session or a credential_process.',
        });
      }
      if (profile.type === 'sso' && profile.ssoTokenId) {
        const status = await readSsoTokenStatus(profile.ssoTokenId, options.clock.now());
        if (status.state !== 'fresh') throw ssoLoginRequired(profile.name, status);
      }
      if (profile.needsMfaCode && !mfaCode) {
        throw new PortcullisError('MFA_REQUIRED', `Profile ${profile.name} assumes its role with MFA.`, {
          remedy: `Enter the current code of ${profile.mfaSerial ?? 'the MFA device'}.`,
          field: 'mfaCode',
        });
      }
      const endpoint = override ?? profile.endpointUrl;
      const files = { profile: profile.name, filepath: options.paths.credentialsFile, configFilepath: options.paths.configFile, ignoreCache: true };
      const clientConfig = { region, ...(endpoint ? { endpoint } : {}) };
      // fromIni does not hand the file paths on to its SSO step, so SSO profiles go straight to fromSSO.
      const provider =
        profile.type === 'sso'
          ? fromSSO({ ...files, clientConfig })
          : fromIni({
              ...files,
              // Asked once per connect: the renderer collected the code before calling.
              mfaCodeProvider: async () => mfaCode ?? '',
              clientConfig,
            });
      try {
        const credentials = await provider();
        return { region, ...(endpoint ? { endpoint } : {}), credentials, renewable: !profile.needsMfaCode };
      } catch (error) {
        if (profile.type === 'credential-process' && !awsErrorCode(error)) throw processFailed(profile.name, error);
        throw translateCredentialError(error, `profile ${profile.name}`, `getting credentials for profile ${profile.name}`, profile.name);
      }
    },
  };
}

function processFailed(profile: string, error: unknown): PortcullisError {
  const output = redactSecrets(error instanceof Error ? error.message : String(error)).slice(0, 500);
  return new PortcullisError('INVALID_CREDENTIALS', `The credential_process of profile ${profile} failed: ${output}`, {
    remedy: 'Run the command from the profile in a terminal to see why it fails.',
  });
}
