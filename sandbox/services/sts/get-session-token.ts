import { AwsError } from '../../core/aws-error';
import type { OperationHandler } from '../../core/operation';
import { checkMfaToken } from './mfa-token-check';
import { issueSession } from './session-issuer';

/** Root sessions are capped at an hour; longer requests are silently shortened, as AWS does. */
const ROOT_MAX_SECONDS = 3600;

/**
 * GetSessionToken: long-term user or root keys only; SerialNumber/TokenCode verified against
 * the user's enabled device. Policies never control it ("You cannot use policies to control
 * authentication operations"), which is what lets an MFA-deny policy be satisfied at all.
 */
export const getSessionToken: OperationHandler = (
  input: { DurationSeconds?: number; SerialNumber?: string; TokenCode?: string },
  ctx,
  state,
) => {
  const caller = ctx.principal;
  if (!caller) throw new AwsError('MissingAuthenticationToken', 'Request is missing Authentication Token', 403);
  if (caller.temporary) throw new AwsError('AccessDenied', 'Cannot call GetSessionToken with session credentials', 403);
  const isRoot = caller.kind === 'root';
  const requested = input.DurationSeconds ?? (isRoot ? ROOT_MAX_SECONDS : 43_200);
  const duration = isRoot ? Math.min(requested, ROOT_MAX_SECONDS) : requested;
  const mfa = checkMfaToken(state, caller.userName, input.SerialNumber, input.TokenCode, ctx.now);
  const credentials = issueSession(state, ctx.now, duration, (accessKeyId) => ({
    kind: isRoot ? 'root' : 'user-session',
    arn: caller.arn,
    accountId: caller.accountId,
    userId: caller.userId,
    accessKeyId,
    ...(caller.userName ? { userName: caller.userName } : {}),
    mfaAuthenticated: mfa,
    ...(mfa ? { mfaAuthTime: ctx.now.toISOString() } : {}),
    temporary: true,
  }));
  return { Credentials: credentials };
};
