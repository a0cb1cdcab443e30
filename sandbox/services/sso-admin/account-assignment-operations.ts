import { AwsError } from '../../core/aws-error';
import type { RequestContext, ServiceOperations } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import { ASYNC_COMPLETION_MS } from './async-settlement';
import { listPage } from './list-page';
import { requireInstance, requirePermissionSet, ssoPaging } from './sso-admin-lookup';
import type { AccountAssignmentRecord, AssignmentOperationRecord } from './sso-admin-state';
import { uuid } from './sso-ids';

/** Identity Center accepts at most this many outstanding create (or delete) requests. */
export const MAX_OUTSTANDING_ASSIGNMENT_REQUESTS = 10;

function statusShape(op: AssignmentOperationRecord) {
  return {
    Status: op.status,
    RequestId: op.requestId,
    FailureReason: op.failureReason,
    TargetId: op.accountId,
    TargetType: 'AWS_ACCOUNT',
    PermissionSetArn: op.permissionSetArn,
    PrincipalType: op.principalType,
    PrincipalId: op.principalId,
    CreatedDate: new Date(op.createdDate),
  };
}

function startAssignmentRequest(
  kind: AssignmentOperationRecord['kind'],
  input: any,
  ctx: RequestContext,
  state: SandboxState,
): AssignmentOperationRecord {
  const action = kind === 'CREATE' ? 'CreateAccountAssignment' : 'DeleteAccountAssignment';
  const instance = requireInstance(state, input.InstanceArn, ctx, action);
  requirePermissionSet(state, instance.instanceArn, input.PermissionSetArn);
  const sso = state.ssoAdmin;
  const outstanding = sso.assignmentOperations.filter(
    (op) => op.instanceArn === instance.instanceArn && op.kind === kind && op.status === 'IN_PROGRESS',
  );
  const target = {
    accountId: input.TargetId as string,
    permissionSetArn: input.PermissionSetArn as string,
    principalType: input.PrincipalType as 'USER' | 'GROUP',
    principalId: input.PrincipalId as string,
  };
  const sameTarget = sso.assignmentOperations.some(
    (op) =>
      op.status === 'IN_PROGRESS' &&
      op.accountId === target.accountId &&
      op.permissionSetArn === target.permissionSetArn &&
      op.principalType === target.principalType &&
      op.principalId === target.principalId,
  );
  if (sameTarget) {
    throw new AwsError(
      'ConflictException',
      'An account assignment request for this principal, permission set and account is already in progress. Retry after it completes.',
    );
  }
  if (outstanding.length >= MAX_OUTSTANDING_ASSIGNMENT_REQUESTS) {
    throw new AwsError('ThrottlingException', 'There are too many requests processing. Please try again later.');
  }
  const op: AssignmentOperationRecord = {
    requestId: uuid(),
    kind,
    instanceArn: instance.instanceArn,
    ...target,
    createdDate: ctx.now.toISOString(),
    completesAt: new Date(ctx.now.getTime() + ASYNC_COMPLETION_MS).toISOString(),
    status: 'IN_PROGRESS',
  };
  sso.assignmentOperations.push(op);
  return op;
}

function requireRequest(state: SandboxState, instanceArn: string, kind: AssignmentOperationRecord['kind'], requestId: string) {
  const op = state.ssoAdmin.assignmentOperations.find(
    (candidate) => candidate.requestId === requestId && candidate.kind === kind && candidate.instanceArn === instanceArn,
  );
  if (!op) {
    const what = kind === 'CREATE' ? 'AccountAssignmentCreationRequest' : 'AccountAssignmentDeletionRequest';
    throw new AwsError('ResourceNotFoundException', `${what} with RequestId ${requestId} does not exist.`);
  }
  return op;
}

function listRequests(input: any, kind: AssignmentOperationRecord['kind']) {
  return (ctx: RequestContext, state: SandboxState) => {
    const action = kind === 'CREATE' ? 'ListAccountAssignmentCreationStatus' : 'ListAccountAssignmentDeletionStatus';
    requireInstance(state, input.InstanceArn, ctx, action);
    const wanted: string | undefined = input.Filter?.Status;
    const ops = state.ssoAdmin.assignmentOperations.filter(
      (op) => op.instanceArn === input.InstanceArn && op.kind === kind && (wanted === undefined || op.status === wanted),
    );
    const page = listPage(ops, (op) => op.requestId, input.MaxResults, input.NextToken, { defaultMax: 100, ...ssoPaging });
    return {
      items: page.items.map((op) => ({ Status: op.status, RequestId: op.requestId, CreatedDate: new Date(op.createdDate) })),
      NextToken: page.nextToken,
    };
  };
}

/** One page of assignments in the AccountAssignment shape both List operations return. */
function assignmentPage(assignments: AccountAssignmentRecord[], keyOf: (a: AccountAssignmentRecord) => string, input: { MaxResults?: number; NextToken?: string }) {
  const page = listPage(assignments, keyOf, input.MaxResults, input.NextToken, { defaultMax: 100, ...ssoPaging });
  return {
    AccountAssignments: page.items.map((a) => ({ AccountId: a.accountId, PermissionSetArn: a.permissionSetArn, PrincipalType: a.principalType, PrincipalId: a.principalId })),
    NextToken: page.nextToken,
  };
}

/** Asynchronous account assignment requests and the assignments they produce. */
export const accountAssignmentOperations: ServiceOperations = {
  CreateAccountAssignment(input, ctx, state) {
    return { AccountAssignmentCreationStatus: statusShape(startAssignmentRequest('CREATE', input, ctx, state)) };
  },

  DeleteAccountAssignment(input, ctx, state) {
    return { AccountAssignmentDeletionStatus: statusShape(startAssignmentRequest('DELETE', input, ctx, state)) };
  },

  DescribeAccountAssignmentCreationStatus(input, ctx, state) {
    requireInstance(state, input.InstanceArn, ctx, 'DescribeAccountAssignmentCreationStatus');
    const op = requireRequest(state, input.InstanceArn, 'CREATE', input.AccountAssignmentCreationRequestId);
    return { AccountAssignmentCreationStatus: statusShape(op) };
  },

  DescribeAccountAssignmentDeletionStatus(input, ctx, state) {
    requireInstance(state, input.InstanceArn, ctx, 'DescribeAccountAssignmentDeletionStatus');
    const op = requireRequest(state, input.InstanceArn, 'DELETE', input.AccountAssignmentDeletionRequestId);
    return { AccountAssignmentDeletionStatus: statusShape(op) };
  },

  ListAccountAssignmentCreationStatus(input, ctx, state) {
    const { items, NextToken } = listRequests(input, 'CREATE')(ctx, state);
    return { AccountAssignmentsCreationStatus: items, NextToken };
  },

  ListAccountAssignmentDeletionStatus(input, ctx, state) {
    const { items, NextToken } = listRequests(input, 'DELETE')(ctx, state);
    return { AccountAssignmentsDeletionStatus: items, NextToken };
  },

  ListAccountAssignments(input, ctx, state) {
    requireInstance(state, input.InstanceArn, ctx, 'ListAccountAssignments');
    requirePermissionSet(state, input.InstanceArn, input.PermissionSetArn);
    const assignments = state.ssoAdmin.assignments.filter(
      (a) => a.instanceArn === input.InstanceArn && a.accountId === input.AccountId && a.permissionSetArn === input.PermissionSetArn,
    );
    return assignmentPage(assignments, (a) => `${a.principalType}:${a.principalId}`, input);
  },

  ListAccountAssignmentsForPrincipal(input, ctx, state) {
    requireInstance(state, input.InstanceArn, ctx, 'ListAccountAssignmentsForPrincipal');
    const accountId: string | undefined = input.Filter?.AccountId;
    const assignments = state.ssoAdmin.assignments.filter(
      (a) =>
        a.instanceArn === input.InstanceArn &&
        a.principalType === input.PrincipalType &&
        a.principalId === input.PrincipalId &&
        (accountId === undefined || a.accountId === accountId),
    );
    return assignmentPage(assignments, (a) => `${a.accountId}:${a.permissionSetArn}`, input);
  },
};
