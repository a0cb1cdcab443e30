import type { SandboxState } from '../../core/state';
import type { IamRoleRecord } from '../iam/iam-state';

/** The role an ARN names, matching path and name exactly as STS does. */
export function findRoleByArn(state: SandboxState, roleArn: string): IamRoleRecord | undefined {
  const name = roleArn.slice(roleArn.lastIndexOf('/') + 1);
  const role = state.iam.roles[name.toLowerCase()];
  return role && role.arn === roleArn ? role : undefined;
}
