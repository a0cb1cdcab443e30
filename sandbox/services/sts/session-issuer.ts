import { randomBytes } from 'node:crypto';
import type { Principal } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import type { IssuedSessionRecord } from './sts-state';

const KEY_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function randomKeyId(): string {
  return 'ASIA' + Array.from(randomBytes(16), (b) => KEY_ALPHABET[b % 32]).join('');
}

/** Expired sessions are kept a day so a late request still gets ExpiredToken, not InvalidClientTokenId. */
const RETENTION_AFTER_EXPIRY_MS = 86_400_000;

/** The Credentials structure STS returns. */
export interface StsCredentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: Date;
}

/** Issues temporary credentials for `principal` (built by `makePrincipal` from the new key id) and records them. */
export function issueSession(
  state: SandboxState,
  now: Date,
  durationSeconds: number,
  makePrincipal: (accessKeyId: string) => Principal,
  extra: Partial<Pick<IssuedSessionRecord, 'roleArn' | 'sessionPolicy' | 'sessionPolicyArns' | 'sourceIdentity'>> = {},
  expiresAt?: Date,
): StsCredentials {
  const accessKeyId = randomKeyId();
  const secretAccessKey = randomBytes(30).toString('base64');
  const sessionToken = `IQoJb3JpZ2luX2Vj${randomBytes(180).toString('base64')}`;
  const expiration = expiresAt ?? new Date(now.getTime() + durationSeconds * 1000);
  state.sts.sessions = state.sts.sessions.filter((s) => new Date(s.expiration).getTime() + RETENTION_AFTER_EXPIRY_MS > now.getTime());
  state.sts.sessions.push({
    accessKeyId,
    secretAccessKey,
    sessionToken,
    issuedAt: now.toISOString(),
    expiration: expiration.toISOString(),
    principal: makePrincipal(accessKeyId),
    ...extra,
  });
  return { AccessKeyId: accessKeyId, SecretAccessKey: secretAccessKey, SessionToken: sessionToken, Expiration: expiration };
}
