import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CreateAccountAssignmentCommand, DescribeAccountAssignmentCreationStatusCommand, ListInstancesCommand, ListPermissionSetsCommand, SSOAdminClient,
} from '@aws-sdk/client-sso-admin';
import { IdentitystoreClient, ListUsersCommand } from '@aws-sdk/client-identitystore';
import { startSandbox } from '../../index';

/** The state file's inode and contents: every save renames a new file over it. */
function snapshot(path: string): { ino: number; text: string } {
  return { ino: statSync(path).ino, text: readFileSync(path, 'utf8') };
}

describe('Identity Center reads and the state file', () => {
  it('writes the state only when a read completes a due request, and keeps that result across restarts', async () => {
    const statePath = join(mkdtempSync(join(tmpdir(), 'sandbox-sso-state-')), 'state.json');
    const sandbox = await startSandbox({ statePath, seed: 'demo' });
    const config = { endpoint: sandbox.endpoint, region: sandbox.region, credentials: sandbox.credentials, maxAttempts: 1 };
    const sso = new SSOAdminClient(config);
    const instance = (await sso.send(new ListInstancesCommand({}))).Instances![0]!;
    const permissionSetArn = (await sso.send(new ListPermissionSetsCommand({ InstanceArn: instance.InstanceArn }))).PermissionSets![0]!;
    const user = (await new IdentitystoreClient(config).send(new ListUsersCommand({ IdentityStoreId: instance.IdentityStoreId }))).Users!.at(-1)!;

    const beforeReads = snapshot(statePath);
    await sso.send(new ListPermissionSetsCommand({ InstanceArn: instance.InstanceArn }));
    expect(snapshot(statePath)).toEqual(beforeReads);

    const requestId = (await sso.send(new CreateAccountAssignmentCommand({
      InstanceArn: instance.InstanceArn, TargetId: sandbox.accountId, TargetType: 'AWS_ACCOUNT', PermissionSetArn: permissionSetArn, PrincipalType: 'USER', PrincipalId: user.UserId,
    }))).AccountAssignmentCreationStatus!.RequestId!;
    const afterCreate = snapshot(statePath);
    expect(afterCreate.ino).not.toBe(beforeReads.ino);
    expect(afterCreate.text).toContain(requestId);

    // Two seconds later on the sandbox clock the request is due; the read that completes it is saved.
    sandbox.faults.configure({ clockOffsetSeconds: 2 });
    const status = (await sso.send(new DescribeAccountAssignmentCreationStatusCommand({ InstanceArn: instance.InstanceArn, AccountAssignmentCreationRequestId: requestId })))
      .AccountAssignmentCreationStatus!;
    expect(status.Status).toBe('SUCCEEDED');
    expect(snapshot(statePath).ino).not.toBe(afterCreate.ino);
    const afterSettle = snapshot(statePath);
    await sso.send(new DescribeAccountAssignmentCreationStatusCommand({ InstanceArn: instance.InstanceArn, AccountAssignmentCreationRequestId: requestId }));
    expect(snapshot(statePath)).toEqual(afterSettle);
    sso.destroy();
    await sandbox.close();

    const restarted = await startSandbox({ statePath });
    const again = new SSOAdminClient({ ...config, endpoint: restarted.endpoint });
    const persisted = (await again.send(new DescribeAccountAssignmentCreationStatusCommand({ InstanceArn: instance.InstanceArn, AccountAssignmentCreationRequestId: requestId })))
      .AccountAssignmentCreationStatus!;
    expect(persisted.Status).toBe('SUCCEEDED');
    again.destroy();
    await restarted.close();
  });
});
