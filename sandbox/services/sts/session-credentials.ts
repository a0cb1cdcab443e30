import type { Principal } from '../../core/operation';
import type { SandboxState } from '../../core/state';

/** What the SigV4 verifier needs to check a request signed with temporary credentials. */
export interface ResolvedSessionCredentials {
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly principal: Principal;
  readonly expiration: Date;
  /** True once the session is past its expiration: answer `ExpiredToken` (400) "The security token included in the request is expired". */
  readonly expired: boolean;
}

/** Looks up an ASIA… key the sandbox issued; undefined when it never did. */
export function resolveSessionCredentials(state: SandboxState, accessKeyId: string, now: Date): ResolvedSessionCredentials | undefined {
  const session = state.sts.sessions.find((s) => s.accessKeyId === accessKeyId);
  if (!session) return undefined;
  const expiration = new Date(session.expiration);
  return {
    secretAccessKey: session.secretAccessKey,
    sessionToken: session.sessionToken,
    principal: session.principal,
    expiration,
    expired: now.getTime() >= expiration.getTime(),
  };
}
