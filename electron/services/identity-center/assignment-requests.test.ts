import { describe, expect, it } from 'vitest';
import { createAssignment, deleteAssignment, type AssignmentTarget } from './assignment-requests';
import { awsError, fakeClient } from './fake-aws-client.test-helper';

const target: AssignmentTarget = {
  instanceArn: 'arn:aws:sso:::instance/ssoins-1111222233334444',
  permissionSetArn: 'arn:aws:sso:::permissionSet/ssoins-1111222233334444/ps-aaaabbbbccccdddd',
  accountId: '222233334444',
  principalType: 'GROUP',
  principalId: 'b4f8a4e8-1234-4c7d-9a6b-0123456789ab',
};

function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

describe('createAssignment', () => {
  it('polls the creation status with backoff until SUCCEEDED', async () => {
    const statuses = ['IN_PROGRESS', 'IN_PROGRESS', 'SUCCEEDED'];
    const { client, calls } = fakeClient({
      CreateAccountAssignment: () => ({ AccountAssignmentCreationStatus: { Status: 'IN_PROGRESS', RequestId: 'req-1' } }),
      DescribeAccountAssignmentCreationStatus: () => ({ AccountAssignmentCreationStatus: { Status: statuses.shift(), RequestId: 'req-1' } }),
    });
    const { waits, sleep } = recordingSleep();
    await createAssignment(client, target, 'group "Developers"', { sleep });
    expect(calls[0]).toEqual({ command: 'CreateAccountAssignment', input: { InstanceArn: target.instanceArn, TargetId: '222233334444', TargetType: 'AWS_ACCOUNT', PermissionSetArn: target.permissionSetArn, PrincipalType: 'GROUP', PrincipalId: target.principalId } });
    expect(calls.slice(1).map((c) => c.input.AccountAssignmentCreationRequestId)).toEqual(['req-1', 'req-1', 'req-1']);
    expect(waits).toEqual([1000, 1000, 2000]);
  });

  it("fails with AWS's FailureReason when the request ends FAILED", async () => {
    const { client } = fakeClient({
      CreateAccountAssignment: () => ({ AccountAssignmentCreationStatus: { Status: 'IN_PROGRESS', RequestId: 'req-2' } }),
      DescribeAccountAssignmentCreationStatus: () => ({ AccountAssignmentCreationStatus: { Status: 'FAILED', RequestId: 'req-2', FailureReason: 'Account 999988887777 is not an active member of the organization.' } }),
    });
    await expect(createAssignment(client, target, 'x', recordingSleep())).rejects.toMatchObject({
      code: 'PLAN_FAILED',
      message: expect.stringContaining('is not an active member of the organization'),
      remedy: expect.stringContaining('active member'),
      requestId: 'req-2',
    });
  });

  it('retries the start when more than 10 requests are outstanding, then goes on', async () => {
    let refusals = 2;
    const { client, calls } = fakeClient({
      CreateAccountAssignment: () => {
        if (refusals-- > 0) throw awsError('ThrottlingException', 'There are too many requests processing.');
        return { AccountAssignmentCreationStatus: { Status: 'SUCCEEDED', RequestId: 'req-3' } };
      },
    });
    const { waits, sleep } = recordingSleep();
    await createAssignment(client, target, 'x', { sleep });
    expect(calls.map((c) => c.command)).toEqual(['CreateAccountAssignment', 'CreateAccountAssignment', 'CreateAccountAssignment']);
    expect(waits).toEqual([2000, 4000]);
  });

  it('gives up polling after the time bound and says the request may still finish', async () => {
    const { client, calls } = fakeClient({
      CreateAccountAssignment: () => ({ AccountAssignmentCreationStatus: { Status: 'IN_PROGRESS', RequestId: 'req-4' } }),
      DescribeAccountAssignmentCreationStatus: () => ({ AccountAssignmentCreationStatus: { Status: 'IN_PROGRESS', RequestId: 'req-4' } }),
    });
    await expect(createAssignment(client, target, 'x', { ...recordingSleep(), delaysMs: [5000], maxWaitMs: 20_000 })).rejects.toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: expect.stringContaining('req-4'),
    });
    expect(calls.filter((c) => c.command === 'DescribeAccountAssignmentCreationStatus')).toHaveLength(4);
  });
});

describe('deleteAssignment', () => {
  it('polls the deletion status', async () => {
    const { client, calls } = fakeClient({
      DeleteAccountAssignment: () => ({ AccountAssignmentDeletionStatus: { Status: 'IN_PROGRESS', RequestId: 'del-1' } }),
      DescribeAccountAssignmentDeletionStatus: () => ({ AccountAssignmentDeletionStatus: { Status: 'SUCCEEDED', RequestId: 'del-1' } }),
    });
    await deleteAssignment(client, target, 'x', recordingSleep());
    expect(calls.map((c) => c.command)).toEqual(['DeleteAccountAssignment', 'DescribeAccountAssignmentDeletionStatus']);
  });
});
