import { resolveSessionCredentials } from '../services/sts/session-credentials';
import type { ResolvedCredentials } from './authenticate';
import type { SandboxState } from './state';

/**
 * Resolves an access key id to its secret and principal: the account root keys, an IAM user's
 * active access key (recording its last use, as AWS does), or temporary credentials STS issued.
 */
export function resolveCredentials(state: SandboxState, accessKeyId: string, now: Date): ResolvedCredentials | undefined {
  const { account } = state;
  if (accessKeyId === account.rootAccessKeyId) {
    return {
      secretAccessKey: account.rootSecretAccessKey,
      principal: {
        kind: 'root',
        arn: `arn:aws:iam::${account.accountId}:root`,
        accountId: account.accountId,
        userId: account.accountId,
        accessKeyId,
        mfaAuthenticated: false,
        temporary: false,
      },
    };
  }
  for (const user of Object.values(state.iam.users)) {
    const key = user.accessKeys.find((k) => k.accessKeyId === accessKeyId);
    if (!key) continue;
    if (key.status !== 'Active') return undefined;
    return {
      secretAccessKey: key.secretAccessKey,
      principal: {
        kind: 'user',
        arn: user.arn,
        accountId: account.accountId,
        userId: user.userId,
        accessKeyId,
        userName: user.userName,
        mfaAuthenticated: false,
        temporary: false,
      },
    };
  }
  const session = resolveSessionCredentials(state, accessKeyId, now);
  if (!session) return undefined;
  return { secretAccessKey: session.secretAccessKey, sessionToken: session.sessionToken, principal: session.principal, expired: session.expired };
}
