import {
  CreateAccountAssignmentCommand,
  CreatePermissionSetCommand,
  DescribeAccountAssignmentCreationStatusCommand,
  ListInstancesCommand,
  ListPermissionSetsCommand,
  SSOAdminClient,
} from '@aws-sdk/client-sso-admin';
import { IdentitystoreClient, ListUsersCommand } from '@aws-sdk/client-identitystore';
import { DescribeOrganizationCommand, ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityCenterSandbox, type RunningSandbox } from './running-sandbox';


async function errorName(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as Error).name;
  }
  return 'no error';
}

describe('Identity Center through the AWS SDK', () => {
  let sandbox: RunningSandbox;
  let sso: SSOAdminClient;
  let ids: IdentitystoreClient;
  let orgs: OrganizationsClient;
  let instanceArn: string;
  let identityStoreId: string;

  beforeAll(async () => {
    sandbox = await startIdentityCenterSandbox();
    const config = { endpoint: sandbox.endpoint, region: sandbox.region, credentials: sandbox.credentials, maxAttempts: 1 };
    sso = new SSOAdminClient(config);
    ids = new IdentitystoreClient(config);
    orgs = new OrganizationsClient({ ...config, region: 'us-east-1' });
    const instance = (await sso.send(new ListInstancesCommand({}))).Instances?.[0];
    instanceArn = instance!.InstanceArn!;
    identityStoreId = instance!.IdentityStoreId!;
  });

  afterAll(async () => {
    await sandbox?.close();
  });

  it('creates a permission set and refuses a duplicate name and a bad session duration', async () => {
    const created = await sso.send(new CreatePermissionSetCommand({ InstanceArn: instanceArn, Name: 'SdkViewer', SessionDuration: 'PT2H' }));
    expect(created.PermissionSet?.CreatedDate).toBeInstanceOf(Date);
    expect(await errorName(sso.send(new CreatePermissionSetCommand({ InstanceArn: instanceArn, Name: 'SdkViewer' })))).toBe('ConflictException');
    expect(await errorName(sso.send(new CreatePermissionSetCommand({ InstanceArn: instanceArn, Name: 'TooLong', SessionDuration: 'PT13H' })))).toBe('ValidationException');
  });

  it('pages permission sets one at a time', async () => {
    const seen: string[] = [];
    let token: string | undefined;
    for (let i = 0; i < 50; i++) {
      const page = await sso.send(new ListPermissionSetsCommand({ InstanceArn: instanceArn, MaxResults: 1, NextToken: token }));
      seen.push(...(page.PermissionSets ?? []));
      token = page.NextToken;
      if (!token) break;
    }
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('creates an account assignment asynchronously and reports SUCCEEDED, or FAILED for an unknown user', async () => {
    const user = (await ids.send(new ListUsersCommand({ IdentityStoreId: identityStoreId, MaxResults: 1 }))).Users![0]!;
    const permissionSetArn = (await sso.send(new ListPermissionSetsCommand({ InstanceArn: instanceArn }))).PermissionSets![0]!;
    const start = (principalId: string) =>
      sso.send(new CreateAccountAssignmentCommand({
        InstanceArn: instanceArn, TargetId: sandbox.accountId, TargetType: 'AWS_ACCOUNT', PermissionSetArn: permissionSetArn, PrincipalType: 'USER', PrincipalId: principalId,
      }));
    const finalStatus = async (requestId: string) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const status = (await sso.send(new DescribeAccountAssignmentCreationStatusCommand({ InstanceArn: instanceArn, AccountAssignmentCreationRequestId: requestId })))
          .AccountAssignmentCreationStatus!;
        if (status.Status !== 'IN_PROGRESS') return status;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('assignment still IN_PROGRESS after 5 s');
    };
    const good = (await start(user.UserId!)).AccountAssignmentCreationStatus!;
    expect(good.Status).toBe('IN_PROGRESS');
    const bad = (await start('00000000-0000-4000-8000-000000000000')).AccountAssignmentCreationStatus!;
    expect((await finalStatus(good.RequestId!)).Status).toBe('SUCCEEDED');
    const failed = await finalStatus(bad.RequestId!);
    expect(failed.Status).toBe('FAILED');
    expect(failed.FailureReason).toBeTruthy();
  });

  it('throttles the eleventh outstanding assignment request', async () => {
    const users = (await ids.send(new ListUsersCommand({ IdentityStoreId: identityStoreId }))).Users!;
    const permissionSetArn = (await sso.send(new ListPermissionSetsCommand({ InstanceArn: instanceArn }))).PermissionSets![1]!;
    const results = [];
    for (const user of users.slice(1, 12)) {
      results.push(await errorName(sso.send(new CreateAccountAssignmentCommand({
        InstanceArn: instanceArn, TargetId: sandbox.accountId, TargetType: 'AWS_ACCOUNT', PermissionSetArn: permissionSetArn, PrincipalType: 'USER', PrincipalId: user.UserId!,
      }))));
    }
    expect(results.slice(0, 10)).toEqual(Array(10).fill('no error'));
    expect(results[10]).toBe('ThrottlingException');
  });

  it('lists the organization’s accounts page by page', async () => {
    expect((await orgs.send(new DescribeOrganizationCommand({}))).Organization?.MasterAccountId).toBe(sandbox.accountId);
    const names: string[] = [];
    let token: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await orgs.send(new ListAccountsCommand({ MaxResults: 1, NextToken: token }));
      names.push(...(page.Accounts ?? []).map((account) => account.Name!));
      token = page.NextToken;
      if (!token) break;
    }
    expect(names).toHaveLength(4);
  });
});
