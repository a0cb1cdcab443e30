import type { Principal } from '../../core/operation';

/** Temporary credentials the sandbox issued (GetSessionToken, AssumeRole*, AssumeRoleWithSAML). */
export interface IssuedSessionRecord {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  issuedAt: string;
  expiration: string;
  /** The principal requests signed with these credentials act as. */
  principal: Principal;
  /** For role sessions: the role's ARN, whose policies apply. */
  roleArn?: string;
  /** Session policy passed to AssumeRole*, intersected with the role's policies. */
  sessionPolicy?: string;
  /** Managed policy ARNs passed as session policies. */
  sessionPolicyArns?: string[];
  sourceIdentity?: string;
}

/** STS's slice: the sessions it issued. */
export interface StsState {
  sessions: IssuedSessionRecord[];
}

export function emptyStsState(): StsState {
  return { sessions: [] };
}
