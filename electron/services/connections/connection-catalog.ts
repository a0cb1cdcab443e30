import type { Clock, Logger } from '../core/ports';
import type { ConnectionSource } from './connection-source';
import type { EndpointOverrides } from './endpoint-overrides';
import { createEnvironmentSource, environmentRegion } from './environment-source';
import { createProfileSource } from './profile-source';
import type { SavedAccessKeys } from './saved-access-keys';
import { listSharedConfigProfiles, sharedConfigPaths } from './shared-config-profiles';

/** Everything the catalog reads connections from. */
export interface CatalogOptions {
  readonly sandbox: ConnectionSource;
  readonly savedKeys: SavedAccessKeys;
  readonly endpoints: EndpointOverrides;
  /** The process environment (AWS_PROFILE, AWS_CONFIG_FILE, AWS_ACCESS_KEY_ID…). */
  readonly env: NodeJS.ProcessEnv;
  readonly clock: Clock;
  readonly logger: Logger;
}

/**
 * Lists every connection fresh on each call (the AWS files may change while the app runs):
 * the sandbox first, then environment keys, profiles (AWS_PROFILE's first), then saved keys,
 * each with the endpoint the user set for it in the app.
 */
export function createConnectionCatalog(options: CatalogOptions): () => Promise<ConnectionSource[]> {
  return async () => {
    const { env } = options;
    const sources: ConnectionSource[] = [options.sandbox];
    const environment = createEnvironmentSource(env);
    if (environment) sources.push(environment);
    const paths = sharedConfigPaths(env);
    try {
      const profiles = await listSharedConfigProfiles(paths);
      const selected = env.AWS_PROFILE;
      profiles.sort((a, b) => Number(b.name === selected) - Number(a.name === selected));
      for (const profile of profiles) {
        sources.push(
          createProfileSource(profile, {
            paths,
            defaultRegion: environmentRegion(env) ?? 'us-east-1',
            selectedByEnv: profile.name === selected,
            clock: options.clock,
          }),
        );
      }
    } catch (error) {
      // An unreadable config file must not hide the other connections.
      options.logger.warn('could not read the AWS config files', { error: error instanceof Error ? error.message : String(error) });
    }
    sources.push(...(await options.savedKeys.sources()));
    return Promise.all(sources.map((source) => withEndpointOverride(source, options.endpoints)));
  };
}

async function withEndpointOverride(source: ConnectionSource, endpoints: EndpointOverrides): Promise<ConnectionSource> {
  const endpoint = await endpoints.get(source.summary.id);
  if (!endpoint || source.summary.isSandbox) return source;
  return {
    summary: { ...source.summary, endpoint, endpointOverridden: true },
    open: (openOptions) => source.open({ ...openOptions, endpoint }),
    ...(source.close ? { close: source.close.bind(source) } : {}),
  };
}
