import { homedir } from 'node:os';
import { join } from 'node:path';
import { loadSharedConfigFiles } from '@smithy/shared-ini-file-loader';
import type { Profile } from '@smithy/types';
import { describeProfile, isProfileSection, type ProfileDescription } from './profile-kind';

/** Where the AWS shared config and credentials files are, honouring AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE. */
export interface SharedConfigPaths {
  readonly configFile: string;
  readonly credentialsFile: string;
}

/** The paths the AWS CLI and SDKs use for this environment. */
export function sharedConfigPaths(env: NodeJS.ProcessEnv): SharedConfigPaths {
  const home = env.HOME ?? env.USERPROFILE ?? homedir();
  return {
    configFile: env.AWS_CONFIG_FILE ?? join(home, '.aws', 'config'),
    credentialsFile: env.AWS_SHARED_CREDENTIALS_FILE ?? join(home, '.aws', 'credentials'),
  };
}

/** Every profile in the shared files, described; the files are read fresh on each call. */
export async function listSharedConfigProfiles(paths: SharedConfigPaths): Promise<ProfileDescription[]> {
  const { configFile, credentialsFile } = await loadSharedConfigFiles({
    configFilepath: paths.configFile,
    filepath: paths.credentialsFile,
    ignoreCache: true,
  });
  const names = new Set([...Object.keys(configFile).filter(isProfileSection), ...Object.keys(credentialsFile)]);
  return [...names].sort(byDefaultFirst).map((name) => {
    // The credentials file wins over the config file, as in the SDK.
    const merged: Profile = { ...configFile[name], ...credentialsFile[name] };
    return describeProfile(name, merged, configFile);
  });
}

function byDefaultFirst(a: string, b: string): number {
  if (a === 'default') return -1;
  if (b === 'default') return 1;
  return a.localeCompare(b);
}
