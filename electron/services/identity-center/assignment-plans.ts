import type { Plan, PlanStep } from '../../../shared/model/plan';
import type { Principal, PrincipalType } from '../../../shared/model/identity-center';
import type { ActiveConnection } from '../core/ports';
import type { PlanRegistry, StepExecutor } from '../plans/plan-registry';
import { assignmentRequestDocument, createAssignment, deleteAssignment, type AssignmentTarget, type PollingOptions } from './assignment-requests';
import { listAccountAssignments } from './assignment-reader';
import { listOrganizationAccounts } from './directory-reader';
import { permissionSetNamer } from './permission-set-reader';

function journalContext(connection: ActiveConnection) {
  return { area: 'identity-center', accountId: connection.identity.accountId, accountAlias: connection.identity.accountAlias, connectionLabel: connection.summary.label };
}

function principalLabel(type: PrincipalType, name: string): string {
  return `${type === 'GROUP' ? 'group' : 'user'} "${name}"`;
}

async function accountNames(connection: ActiveConnection): Promise<Map<string, string>> {
  // Names only make the plan easier to read; a plan without them is still right.
  try {
    return new Map((await listOrganizationAccounts(connection.clients.organizations)).map((a) => [a.id, a.name]));
  } catch {
    return new Map();
  }
}

/** Plans one CreateAccountAssignment per account and principal; existing assignments are marked already done. */
export async function planAssign(
  connection: ActiveConnection,
  plans: PlanRegistry,
  polling: PollingOptions,
  args: { instanceArn: string; permissionSetArn: string; accountIds: readonly string[]; principals: readonly Principal[] },
): Promise<Plan> {
  const sso = connection.clients.ssoAdmin;
  const setName = await permissionSetNamer(sso, args.instanceArn)(args.permissionSetArn);
  const names = await accountNames(connection);
  const accountIds = [...new Set(args.accountIds)];
  const steps: PlanStep[] = [];
  const executors = new Map<string, StepExecutor>();
  for (const accountId of accountIds) {
    const existing = new Set((await listAccountAssignments(sso, args.instanceArn, accountId, args.permissionSetArn)).map((a) => `${a.PrincipalType}:${a.PrincipalId}`));
    const account = names.has(accountId) ? `${names.get(accountId)} (${accountId})` : accountId;
    for (const principal of args.principals) {
      const target: AssignmentTarget = { instanceArn: args.instanceArn, permissionSetArn: args.permissionSetArn, accountId, principalType: principal.type, principalId: principal.id };
      const who = principalLabel(principal.type, principal.name);
      const label = `${who} → ${setName} in ${account}`;
      const id = `assign-${accountId}-${principal.type}-${principal.id}`;
      const alreadyDone = existing.has(`${principal.type}:${principal.id}`);
      steps.push({
        id,
        call: 'sso:CreateAccountAssignment',
        target: label,
        summary: alreadyDone
          ? `${who} already has ${setName} in ${account}.`
          : `Give ${who} the permission set ${setName} in ${account}, then wait until Identity Center reports SUCCEEDED.`,
        document: assignmentRequestDocument(target),
        alreadyDone,
      });
      executors.set(id, {
        run: () => createAssignment(sso, target, label, polling),
        undo: {
          step: { call: 'sso:DeleteAccountAssignment', target: label, summary: `Remove ${setName} from ${who} in ${account}.`, document: assignmentRequestDocument(target) },
          run: () => deleteAssignment(sso, target, label, polling),
        },
      });
    }
  }
  const pending = steps.filter((s) => !s.alreadyDone).length;
  const warnings = [
    ...(pending > 1
      ? [`Identity Center creates assignments asynchronously and accepts at most 10 outstanding requests; these ${pending} are sent one at a time, each waited for until it succeeds or fails.`]
      : []),
  ];
  return plans.register({ title: `Assign ${setName} to ${args.principals.length} principal(s) in ${accountIds.length} account(s)`, steps, warnings }, executors, journalContext(connection));
}

/** Plans removing one account assignment; the undo creates it again. */
export async function planRemoveAssignment(
  connection: ActiveConnection,
  plans: PlanRegistry,
  polling: PollingOptions,
  args: AssignmentTarget & { principalName?: string },
): Promise<Plan> {
  const sso = connection.clients.ssoAdmin;
  const setName = await permissionSetNamer(sso, args.instanceArn)(args.permissionSetArn);
  const names = await accountNames(connection);
  const account = names.has(args.accountId) ? `${names.get(args.accountId)} (${args.accountId})` : args.accountId;
  const who = principalLabel(args.principalType, args.principalName ?? args.principalId);
  const label = `${who} → ${setName} in ${account}`;
  const target: AssignmentTarget = { instanceArn: args.instanceArn, permissionSetArn: args.permissionSetArn, accountId: args.accountId, principalType: args.principalType, principalId: args.principalId };
  const existing = await listAccountAssignments(sso, args.instanceArn, args.accountId, args.permissionSetArn);
  const alreadyDone = !existing.some((a) => a.PrincipalType === args.principalType && a.PrincipalId === args.principalId);
  const step: PlanStep = {
    id: 'remove-assignment',
    call: 'sso:DeleteAccountAssignment',
    target: label,
    summary: alreadyDone ? `${who} no longer has ${setName} in ${account}.` : `Remove ${setName} from ${who} in ${account}, then wait until Identity Center reports SUCCEEDED.`,
    document: assignmentRequestDocument(target),
    alreadyDone,
  };
  const executors = new Map<string, StepExecutor>([
    [
      step.id,
      {
        run: () => deleteAssignment(sso, target, label, polling),
        undo: {
          step: { call: 'sso:CreateAccountAssignment', target: label, summary: `Give ${who} ${setName} in ${account} again.`, document: assignmentRequestDocument(target) },
          run: () => createAssignment(sso, target, label, polling),
        },
      },
    ],
  ]);
  const warnings = [
    `When this is the last assignment of ${setName} in the account, Identity Center also deletes its AWSReservedSSO_${setName}_… role there. Sessions already open with it stay valid until they expire.`,
  ];
  return plans.register({ title: `Remove ${setName} from ${who} in ${account}`, steps: [step], warnings }, executors, journalContext(connection));
}
