import type { ConnectionSource, OpenedSource } from './connection-source';
import { maskAccessKeyId } from '../core/redaction';

/** The region the AWS CLI would use from the environment, if any. */
export function environmentRegion(env: NodeJS.ProcessEnv): string | undefined {
  return env.AWS_REGION || env.AWS_DEFAULT_REGION || undefined;
}

/** Keys from AWS_ACCESS_KEY_ID and friends, when they are set; undefined otherwise. */
export function createEnvironmentSource(env: NodeJS.ProcessEnv): ConnectionSource | undefined {
  const accessKeyId = env.AWS_ACCESS_KEY_ID?.trim();
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY?.trim();
  if (!accessKeyId || !secretAccessKey) return undefined;
  const sessionToken = env.AWS_SESSION_TOKEN?.trim() || undefined;
  const region = environmentRegion(env) ?? 'us-east-1';
  const endpoint = env.AWS_ENDPOINT_URL?.trim() || undefined;
  const expiration = env.AWS_CREDENTIAL_EXPIRATION ? new Date(env.AWS_CREDENTIAL_EXPIRATION) : undefined;
  return {
    summary: {
      id: 'environment',
      kind: 'environment',
      label: 'Environment variables',
      detail: `${sessionToken ? 'Temporary' : 'Access'} keys ${maskAccessKeyId(accessKeyId)} from AWS_ACCESS_KEY_ID`,
      region,
      ...(endpoint ? { endpoint } : {}),
      isSandbox: false,
    },
    async open(options): Promise<OpenedSource> {
      const chosen = options.endpoint ?? endpoint;
      return {
        region,
        ...(chosen ? { endpoint: chosen } : {}),
        credentials: {
          accessKeyId,
          secretAccessKey,
          ...(sessionToken ? { sessionToken } : {}),
          ...(expiration && !Number.isNaN(expiration.getTime()) ? { expiration } : {}),
        },
        // The variables do not change while the app runs; fresh ones need a restart.
        renewable: !expiration,
      };
    },
  };
}
