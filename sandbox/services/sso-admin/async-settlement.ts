import type { SandboxState } from '../../core/state';
import type { AssignmentOperationRecord, ProvisioningOperationRecord, SsoInstanceRecord } from './sso-admin-state';

/** How long an assignment or provisioning request stays IN_PROGRESS on the sandbox clock. */
export const ASYNC_COMPLETION_MS = 1500;
/** Finished requests kept for the List*Status operations, newest last. */
const SETTLED_HISTORY_LIMIT = 1000;

/**
 * Completes every request whose time has come. Called at the start of each Identity Center
 * call, so requests finish on later reads without timers keeping the process alive. Returns
 * whether any request finished, so a read that finished one is persisted.
 */
export function settleAsyncOperations(state: SandboxState, now: Date): boolean {
  const sso = state.ssoAdmin;
  const due = (op: { status: string; completesAt: string }) =>
    op.status === 'IN_PROGRESS' && Date.parse(op.completesAt) <= now.getTime();
  const dueAssignments = sso.assignmentOperations.filter(due);
  const dueProvisioning = sso.provisioningOperations.filter(due);
  for (const op of dueAssignments) completeAssignment(state, op);
  for (const op of dueProvisioning) completeProvisioning(state, op);
  sso.assignmentOperations = trimSettled(sso.assignmentOperations);
  sso.provisioningOperations = trimSettled(sso.provisioningOperations);
  return dueAssignments.length + dueProvisioning.length > 0;
}

function trimSettled<T extends { status: string }>(ops: T[]): T[] {
  const settled = ops.filter((op) => op.status !== 'IN_PROGRESS').length;
  let excess = settled - SETTLED_HISTORY_LIMIT;
  if (excess <= 0) return ops;
  return ops.filter((op) => op.status === 'IN_PROGRESS' || excess-- <= 0);
}

function instanceOf(state: SandboxState, instanceArn: string): SsoInstanceRecord | undefined {
  return state.ssoAdmin.instances.find((instance) => instance.instanceArn === instanceArn);
}

/** Why the account cannot receive a permission set, or null when it can. */
export function accountProblem(state: SandboxState, instance: SsoInstanceRecord, accountId: string): string | null {
  const organization = state.organizations.organization;
  const known = organization
    ? state.organizations.accounts.some((account) => account.id === accountId && account.status === 'ACTIVE')
    : accountId === instance.ownerAccountId;
  return known ? null : `Received a 404 status error: Account ${accountId} is not an active member of the organization.`;
}

function principalProblem(state: SandboxState, instance: SsoInstanceRecord, op: AssignmentOperationRecord): string | null {
  const store = state.identityStore;
  const exists =
    op.principalType === 'USER'
      ? store.users.some((user) => user.identityStoreId === instance.identityStoreId && user.userId === op.principalId)
      : store.groups.some((group) => group.identityStoreId === instance.identityStoreId && group.groupId === op.principalId);
  const kind = op.principalType === 'USER' ? 'User' : 'Group';
  return exists ? null : `Received a 404 status error: ${kind} ${op.principalId} does not exist in identity store ${instance.identityStoreId}.`;
}

function settle(op: { status: string; failureReason?: string }, failure: string | null): void {
  if (failure) {
    op.status = 'FAILED';
    op.failureReason = failure;
  } else {
    op.status = 'SUCCEEDED';
  }
}

function sameAssignment(a: AssignmentOperationRecord, b: { accountId: string; permissionSetArn: string; principalType: string; principalId: string }) {
  return (
    a.accountId === b.accountId &&
    a.permissionSetArn === b.permissionSetArn &&
    a.principalType === b.principalType &&
    a.principalId === b.principalId
  );
}

function completeAssignment(state: SandboxState, op: AssignmentOperationRecord): void {
  const sso = state.ssoAdmin;
  const instance = instanceOf(state, op.instanceArn);
  const permissionSetExists = sso.permissionSets.some((set) => set.permissionSetArn === op.permissionSetArn);
  if (!instance || !permissionSetExists) {
    settle(op, `Received a 404 status error: Permission set ${op.permissionSetArn} not found.`);
    return;
  }
  if (op.kind === 'CREATE') {
    const failure = principalProblem(state, instance, op) ?? accountProblem(state, instance, op.accountId);
    settle(op, failure);
    if (failure) return;
    if (!sso.assignments.some((assignment) => sameAssignment(op, assignment))) {
      sso.assignments.push({
        instanceArn: op.instanceArn,
        accountId: op.accountId,
        permissionSetArn: op.permissionSetArn,
        principalType: op.principalType,
        principalId: op.principalId,
      });
    }
    // Creating an assignment provisions the permission set's role in the account.
    const record = sso.provisioned.find((p) => p.permissionSetArn === op.permissionSetArn && p.accountId === op.accountId);
    if (record) record.latest = true;
    else sso.provisioned.push({ permissionSetArn: op.permissionSetArn, accountId: op.accountId, latest: true });
    return;
  }
  const index = sso.assignments.findIndex((assignment) => sameAssignment(op, assignment));
  if (index < 0) {
    settle(op, 'Received a 404 status error: Assignment not found.');
    return;
  }
  settle(op, null);
  sso.assignments.splice(index, 1);
  // The role goes away with the last assignment of the permission set in that account.
  const stillAssigned = sso.assignments.some((a) => a.permissionSetArn === op.permissionSetArn && a.accountId === op.accountId);
  if (!stillAssigned) {
    sso.provisioned = sso.provisioned.filter((p) => !(p.permissionSetArn === op.permissionSetArn && p.accountId === op.accountId));
  }
}

function completeProvisioning(state: SandboxState, op: ProvisioningOperationRecord): void {
  const sso = state.ssoAdmin;
  const instance = instanceOf(state, op.instanceArn);
  if (!instance || !sso.permissionSets.some((set) => set.permissionSetArn === op.permissionSetArn)) {
    settle(op, `Received a 404 status error: Permission set ${op.permissionSetArn} not found.`);
    return;
  }
  if (op.accountId === undefined) {
    for (const record of sso.provisioned) if (record.permissionSetArn === op.permissionSetArn) record.latest = true;
    settle(op, null);
    return;
  }
  const failure = accountProblem(state, instance, op.accountId);
  settle(op, failure);
  if (failure) return;
  const record = sso.provisioned.find((p) => p.permissionSetArn === op.permissionSetArn && p.accountId === op.accountId);
  if (record) record.latest = true;
  else sso.provisioned.push({ permissionSetArn: op.permissionSetArn, accountId: op.accountId, latest: true });
}
