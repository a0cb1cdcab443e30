import type { RequestContext } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import type { IamRoleRecord } from '../iam/iam-state';
import { issueSession, type StsCredentials } from './session-issuer';
import { packedSessionPolicySize } from './session-policy';

export interface RoleSessionRequest {
  kind: 'role-session' | 'federated-session';
  sessionName: string;
  durationSeconds: number;
  policy?: string;
  policyArns?: { arn?: string }[];
  sourceIdentity?: string;
  /** Earlier end than the duration gives (a SAML SessionNotOnOrAfter). */
  expiresAt?: Date;
}

export interface RoleSessionOutput {
  Credentials: StsCredentials;
  AssumedRoleUser: { AssumedRoleId: string; Arn: string };
  PackedPolicySize?: number;
}

/** Issues an assumed-role session for `role` after its trust checks passed, and records the role's last use. */
export function issueRoleSession(state: SandboxState, ctx: RequestContext, role: IamRoleRecord, request: RoleSessionRequest): RoleSessionOutput {
  const packed = packedSessionPolicySize(request.policy, request.policyArns);
  const sessionArn = `arn:aws:sts::${ctx.accountId}:assumed-role/${role.roleName}/${request.sessionName}`;
  const assumedRoleId = `${role.roleId}:${request.sessionName}`;
  const credentials = issueSession(
    state,
    ctx.now,
    request.durationSeconds,
    (accessKeyId) => ({
      kind: request.kind,
      arn: sessionArn,
      accountId: ctx.accountId,
      userId: assumedRoleId,
      accessKeyId,
      roleName: role.roleName,
      // Role sessions never carry MFA context into later calls: AssumeRole's MFA code only
      // satisfies the trust policy (aws-api.md §5.3), and AWS cannot tell whether a SAML IdP used MFA.
      mfaAuthenticated: false,
      temporary: true,
    }),
    {
      roleArn: role.arn,
      ...(request.policy ? { sessionPolicy: request.policy } : {}),
      ...(request.policyArns?.length ? { sessionPolicyArns: request.policyArns.map((p) => p.arn ?? '') } : {}),
      ...(request.sourceIdentity ? { sourceIdentity: request.sourceIdentity } : {}),
    },
    request.expiresAt,
  );
  role.lastUsedDate = ctx.now.toISOString();
  role.lastUsedRegion = ctx.region;
  return {
    Credentials: credentials,
    AssumedRoleUser: { AssumedRoleId: assumedRoleId, Arn: sessionArn },
    ...(packed !== undefined ? { PackedPolicySize: packed } : {}),
  };
}
