import {
  CreateAccountAssignmentCommand,
  DeleteAccountAssignmentCommand,
  DescribeAccountAssignmentCreationStatusCommand,
  DescribeAccountAssignmentDeletionStatusCommand,
  type AccountAssignmentOperationStatus,
  type SSOAdminClient,
} from '@aws-sdk/client-sso-admin';
import type { PrincipalType } from '../../../shared/model/identity-center';
import { awsErrorCode } from '../core/aws-error-translation';
import { PortcullisError } from '../core/portcullis-error';
import { translateWithRemedy } from './identity-center-errors';

/** One (account, permission set, principal) grant, as the assignment calls name it. */
export interface AssignmentTarget {
  readonly instanceArn: string;
  readonly permissionSetArn: string;
  readonly accountId: string;
  readonly principalType: PrincipalType;
  readonly principalId: string;
}

/** How long to wait between polls and how many times to retry a refused start. */
export interface PollingOptions {
  readonly sleep: (ms: number) => Promise<void>;
  /** Waits between status polls; the last one repeats until `maxWaitMs` is spent. */
  readonly delaysMs?: readonly number[];
  readonly maxWaitMs?: number;
}

const DEFAULT_DELAYS = [1000, 1000, 2000, 3000, 5000];
const DEFAULT_MAX_WAIT_MS = 180_000;
/** Throttling (more than 10 outstanding requests) and conflicts are retried with backoff, as AWS recommends. */
const START_RETRY_DELAYS = [2000, 4000, 8000, 15000];

function request(kind: 'create' | 'delete', t: AssignmentTarget) {
  const input = {
    InstanceArn: t.instanceArn,
    TargetId: t.accountId,
    TargetType: 'AWS_ACCOUNT' as const,
    PermissionSetArn: t.permissionSetArn,
    PrincipalType: t.principalType,
    PrincipalId: t.principalId,
  };
  return kind === 'create' ? new CreateAccountAssignmentCommand(input) : new DeleteAccountAssignmentCommand(input);
}

async function start(client: SSOAdminClient, kind: 'create' | 'delete', target: AssignmentTarget, options: PollingOptions, doing: string): Promise<AccountAssignmentOperationStatus> {
  for (let attempt = 0; ; attempt++) {
    try {
      const out = await client.send(request(kind, target) as CreateAccountAssignmentCommand);
      const status = 'AccountAssignmentCreationStatus' in out ? out.AccountAssignmentCreationStatus : (out as { AccountAssignmentDeletionStatus?: AccountAssignmentOperationStatus }).AccountAssignmentDeletionStatus;
      if (!status) throw new PortcullisError('INTERNAL', `AWS returned no request status while ${doing}.`);
      return status;
    } catch (error) {
      const code = awsErrorCode(error);
      const retryable = code === 'ThrottlingException' || code === 'ConflictException';
      if (!retryable || attempt >= START_RETRY_DELAYS.length) {
        throw translateWithRemedy(error, doing, {
          ThrottlingException: { remedy: 'Identity Center allows at most 10 outstanding assignment requests per instance. Wait until other requests finish, then retry.' },
          ConflictException: { remedy: 'Another request for the same assignment is still running. Retry in a moment.' },
          ResourceNotFoundException: { remedy: 'The permission set or instance no longer exists. Reload the Identity Center page.' },
        });
      }
      await options.sleep(START_RETRY_DELAYS[attempt]!);
    }
  }
}

async function poll(client: SSOAdminClient, kind: 'create' | 'delete', instanceArn: string, initial: AccountAssignmentOperationStatus, options: PollingOptions, doing: string): Promise<AccountAssignmentOperationStatus> {
  const delays = options.delaysMs ?? DEFAULT_DELAYS;
  const maxWait = options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
  let status = initial;
  let waited = 0;
  for (let i = 0; status.Status === 'IN_PROGRESS'; i++) {
    if (waited >= maxWait) {
      throw new PortcullisError('SERVICE_UNAVAILABLE', `Identity Center is still ${doing} after ${Math.round(maxWait / 1000)} s (request ${status.RequestId}).`, {
        remedy: 'It may still finish: look at the assignments of the account in a minute, then retry this step if it is missing.',
        retryable: true,
      });
    }
    const delay = delays[Math.min(i, delays.length - 1)]!;
    await options.sleep(delay);
    waited += delay;
    try {
      const RequestId = status.RequestId;
      const out =
        kind === 'create'
          ? (await client.send(new DescribeAccountAssignmentCreationStatusCommand({ InstanceArn: instanceArn, AccountAssignmentCreationRequestId: RequestId }))).AccountAssignmentCreationStatus
          : (await client.send(new DescribeAccountAssignmentDeletionStatusCommand({ InstanceArn: instanceArn, AccountAssignmentDeletionRequestId: RequestId }))).AccountAssignmentDeletionStatus;
      if (out) status = out;
    } catch (error) {
      throw translateWithRemedy(error, `checking on ${doing}`, {});
    }
  }
  return status;
}

async function run(client: SSOAdminClient, kind: 'create' | 'delete', target: AssignmentTarget, label: string, options: PollingOptions): Promise<void> {
  const doing = `${kind === 'create' ? 'creating' : 'removing'} the assignment ${label}`;
  const started = await start(client, kind, target, options, doing);
  const finished = await poll(client, kind, target.instanceArn, started, options, doing);
  if (finished.Status === 'FAILED') {
    throw new PortcullisError('PLAN_FAILED', `Identity Center reported FAILED for ${doing}: ${finished.FailureReason ?? 'no reason given'}`, {
      remedy: /not an active member|account/i.test(finished.FailureReason ?? '')
        ? 'Check that the account is an active member of the organization, then retry.'
        : 'Fix the cause AWS names, then retry this step.',
      requestId: finished.RequestId,
    });
  }
}

/** Creates one account assignment and waits until Identity Center reports SUCCEEDED (or throws its FailureReason). */
export function createAssignment(client: SSOAdminClient, target: AssignmentTarget, label: string, options: PollingOptions): Promise<void> {
  return run(client, 'create', target, label, options);
}

/** Removes one account assignment and waits until Identity Center reports SUCCEEDED (or throws its FailureReason). */
export function deleteAssignment(client: SSOAdminClient, target: AssignmentTarget, label: string, options: PollingOptions): Promise<void> {
  return run(client, 'delete', target, label, options);
}

/** The request an assignment step sends, pretty-printed for the plan review. */
export function assignmentRequestDocument(target: AssignmentTarget): string {
  return JSON.stringify(
    { InstanceArn: target.instanceArn, TargetId: target.accountId, TargetType: 'AWS_ACCOUNT', PermissionSetArn: target.permissionSetArn, PrincipalType: target.principalType, PrincipalId: target.principalId },
    null,
    2,
  );
}
