import { AwsError } from '../../core/aws-error';
import type { ServiceOperations } from '../../core/operation';
import { ASYNC_COMPLETION_MS } from './async-settlement';
import { listPage } from './list-page';
import { requireInstance, requirePermissionSet, ssoPaging } from './sso-admin-lookup';
import type { ProvisionedPermissionSetRecord, ProvisioningOperationRecord } from './sso-admin-state';
import { uuid } from './sso-ids';

function statusShape(op: ProvisioningOperationRecord) {
  return {
    Status: op.status,
    RequestId: op.requestId,
    AccountId: op.accountId,
    PermissionSetArn: op.permissionSetArn,
    FailureReason: op.failureReason,
    CreatedDate: new Date(op.createdDate),
  };
}

function matchesProvisioningStatus(record: ProvisionedPermissionSetRecord, wanted: string | undefined): boolean {
  if (wanted === 'LATEST_PERMISSION_SET_PROVISIONED') return record.latest;
  if (wanted === 'LATEST_PERMISSION_SET_NOT_PROVISIONED') return !record.latest;
  return true;
}

/** ProvisionPermissionSet, its status operations, and where permission sets are provisioned. */
export const provisioningOperations: ServiceOperations = {
  ProvisionPermissionSet(input, ctx, state) {
    const instance = requireInstance(state, input.InstanceArn, ctx, 'ProvisionPermissionSet');
    requirePermissionSet(state, instance.instanceArn, input.PermissionSetArn);
    if (input.TargetType === 'AWS_ACCOUNT' && input.TargetId === undefined) {
      throw new AwsError('ValidationException', 'TargetId is required when TargetType is AWS_ACCOUNT.');
    }
    if (input.TargetType === 'ALL_PROVISIONED_ACCOUNTS' && input.TargetId !== undefined) {
      throw new AwsError('ValidationException', 'TargetId must not be specified when TargetType is ALL_PROVISIONED_ACCOUNTS.');
    }
    const busy = state.ssoAdmin.provisioningOperations.some(
      (op) => op.permissionSetArn === input.PermissionSetArn && op.status === 'IN_PROGRESS',
    );
    if (busy) {
      throw new AwsError('ConflictException', 'A provisioning request for this permission set is already in progress. Retry after it completes.');
    }
    const op: ProvisioningOperationRecord = {
      requestId: uuid(),
      instanceArn: instance.instanceArn,
      permissionSetArn: input.PermissionSetArn,
      accountId: input.TargetType === 'AWS_ACCOUNT' ? input.TargetId : undefined,
      createdDate: ctx.now.toISOString(),
      completesAt: new Date(ctx.now.getTime() + ASYNC_COMPLETION_MS).toISOString(),
      status: 'IN_PROGRESS',
    };
    state.ssoAdmin.provisioningOperations.push(op);
    return { PermissionSetProvisioningStatus: statusShape(op) };
  },

  DescribePermissionSetProvisioningStatus(input, ctx, state) {
    requireInstance(state, input.InstanceArn, ctx, 'DescribePermissionSetProvisioningStatus');
    const op = state.ssoAdmin.provisioningOperations.find(
      (candidate) => candidate.requestId === input.ProvisionPermissionSetRequestId && candidate.instanceArn === input.InstanceArn,
    );
    if (!op) {
      throw new AwsError(
        'ResourceNotFoundException',
        `PermissionSetProvisioningRequest with RequestId ${input.ProvisionPermissionSetRequestId} does not exist.`,
      );
    }
    return { PermissionSetProvisioningStatus: statusShape(op) };
  },

  ListPermissionSetProvisioningStatus(input, ctx, state) {
    requireInstance(state, input.InstanceArn, ctx, 'ListPermissionSetProvisioningStatus');
    const wanted: string | undefined = input.Filter?.Status;
    const ops = state.ssoAdmin.provisioningOperations.filter(
      (op) => op.instanceArn === input.InstanceArn && (wanted === undefined || op.status === wanted),
    );
    const page = listPage(ops, (op) => op.requestId, input.MaxResults, input.NextToken, { defaultMax: 100, ...ssoPaging });
    return {
      PermissionSetsProvisioningStatus: page.items.map((op) => ({
        Status: op.status,
        RequestId: op.requestId,
        CreatedDate: new Date(op.createdDate),
      })),
      NextToken: page.nextToken,
    };
  },

  ListAccountsForProvisionedPermissionSet(input, ctx, state) {
    requireInstance(state, input.InstanceArn, ctx, 'ListAccountsForProvisionedPermissionSet');
    requirePermissionSet(state, input.InstanceArn, input.PermissionSetArn);
    const records = state.ssoAdmin.provisioned.filter(
      (record) => record.permissionSetArn === input.PermissionSetArn && matchesProvisioningStatus(record, input.ProvisioningStatus),
    );
    const page = listPage(records, (record) => record.accountId, input.MaxResults, input.NextToken, { defaultMax: 100, ...ssoPaging });
    return { AccountIds: page.items.map((record) => record.accountId), NextToken: page.nextToken };
  },

  ListPermissionSetsProvisionedToAccount(input, ctx, state) {
    requireInstance(state, input.InstanceArn, ctx, 'ListPermissionSetsProvisionedToAccount');
    const inInstance = new Set(
      state.ssoAdmin.permissionSets.filter((set) => set.instanceArn === input.InstanceArn).map((set) => set.permissionSetArn),
    );
    const records = state.ssoAdmin.provisioned.filter(
      (record) =>
        record.accountId === input.AccountId &&
        inInstance.has(record.permissionSetArn) &&
        matchesProvisioningStatus(record, input.ProvisioningStatus),
    );
    const page = listPage(records, (record) => record.permissionSetArn, input.MaxResults, input.NextToken, {
      defaultMax: 100,
      ...ssoPaging,
    });
    return { PermissionSets: page.items.map((record) => record.permissionSetArn), NextToken: page.nextToken };
  },
};
