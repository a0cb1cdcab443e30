import { AwsError } from '../../core/aws-error';
import type { RequestContext } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import type { PermissionSetRecord, SsoInstanceRecord } from './sso-admin-state';

/** The account that signed the request; the account root when the request is unsigned. */
export function callerAccountId(ctx: RequestContext): string {
  return ctx.principal?.accountId ?? ctx.accountId;
}

/**
 * The instance named by `instanceArn`, visible only to the account that owns it. An instance
 * of another account is refused as AWS does, naming the action and resource.
 */
export function requireInstance(
  state: SandboxState,
  instanceArn: string,
  ctx: RequestContext,
  action: string,
): SsoInstanceRecord {
  const instance = state.ssoAdmin.instances.find((candidate) => candidate.instanceArn === instanceArn);
  if (!instance) {
    throw new AwsError('ValidationException', `The Identity Center instance ${instanceArn} does not exist.`);
  }
  if (instance.ownerAccountId !== callerAccountId(ctx)) {
    throw new AwsError(
      'AccessDeniedException',
      `User: ${ctx.principal?.arn ?? 'anonymous'} is not authorized to perform: sso:${action} on resource: ${instanceArn}`,
    );
  }
  return instance;
}

export function requirePermissionSet(
  state: SandboxState,
  instanceArn: string,
  permissionSetArn: string,
): PermissionSetRecord {
  const permissionSet = state.ssoAdmin.permissionSets.find(
    (candidate) => candidate.permissionSetArn === permissionSetArn && candidate.instanceArn === instanceArn,
  );
  if (!permissionSet) {
    throw new AwsError('ResourceNotFoundException', `Could not find PermissionSet with PermissionSetArn ${permissionSetArn}.`);
  }
  return permissionSet;
}

/** Marks every account the permission set is provisioned to as behind its latest version. */
export function markPermissionSetChanged(state: SandboxState, permissionSetArn: string): void {
  for (const record of state.ssoAdmin.provisioned) {
    if (record.permissionSetArn === permissionSetArn) record.latest = false;
  }
}

export const ssoPaging = {
  invalidToken: () => new AwsError('ValidationException', 'The NextToken is not valid.'),
} as const;
