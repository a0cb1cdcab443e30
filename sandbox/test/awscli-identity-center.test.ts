import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityCenterSandbox, type RunningSandbox } from '../services/sso-admin/running-sandbox';

const run = promisify(execFile);

async function awsAvailable(): Promise<boolean> {
  try {
    await run('aws', ['--version']);
    return true;
  } catch {
    return false;
  }
}

const haveAws = await awsAvailable();
if (!haveAws) console.warn('The aws CLI is not installed (apt-get install -y awscli); skipping the Identity Center CLI tests');

describe.skipIf(!haveAws)('aws CLI against the Identity Center sandbox', () => {
  let sandbox: RunningSandbox;
  let env: NodeJS.ProcessEnv;

  /** Runs `aws <args> --output json` and parses what it prints. */
  async function aws(...args: string[]): Promise<any> {
    const { stdout } = await run('aws', [...args, '--endpoint-url', sandbox.endpoint, '--output', 'json'], { env });
    return stdout.trim() === '' ? {} : JSON.parse(stdout);
  }

  async function awsError(...args: string[]): Promise<string> {
    try {
      await aws(...args);
    } catch (error) {
      return String((error as { stderr?: string }).stderr);
    }
    return 'no error';
  }

  beforeAll(async () => {
    sandbox = await startIdentityCenterSandbox();
    const dir = mkdtempSync(join(tmpdir(), 'portcullis-awscli-'));
    const config = join(dir, 'config');
    // The sandbox's own validation, not the CLI's, is what these tests exercise.
    writeFileSync(config, `[default]\nregion = ${sandbox.region}\nparameter_validation = false\n`);
    env = {
      PATH: process.env.PATH,
      HOME: dir,
      AWS_CONFIG_FILE: config,
      AWS_SHARED_CREDENTIALS_FILE: join(dir, 'credentials'),
      AWS_ACCESS_KEY_ID: sandbox.credentials.accessKeyId,
      AWS_SECRET_ACCESS_KEY: sandbox.credentials.secretAccessKey,
      AWS_DEFAULT_REGION: sandbox.region,
      AWS_MAX_ATTEMPTS: '1',
    };
  });

  afterAll(async () => {
    await sandbox?.close();
  });

  it('parses sso-admin instances, permission sets, policies and assignments', async () => {
    const instance = (await aws('sso-admin', 'list-instances')).Instances[0];
    expect(instance.InstanceArn).toMatch(/^arn:aws:sso:::instance\/ssoins-/);
    const arns: string[] = (await aws('sso-admin', 'list-permission-sets', '--instance-arn', instance.InstanceArn)).PermissionSets;
    expect(arns.length).toBeGreaterThanOrEqual(3);
    const described = await aws('sso-admin', 'describe-permission-set', '--instance-arn', instance.InstanceArn, '--permission-set-arn', arns[0]!);
    expect(described.PermissionSet.Name).toBe('AdministratorAccess');
    const policies = await aws('sso-admin', 'list-managed-policies-in-permission-set', '--instance-arn', instance.InstanceArn, '--permission-set-arn', arns[0]!);
    expect(policies.AttachedManagedPolicies[0].Arn).toBe('arn:aws:iam::aws:policy/AdministratorAccess');
    const inline = await aws('sso-admin', 'get-inline-policy-for-permission-set', '--instance-arn', instance.InstanceArn, '--permission-set-arn', arns[2]!);
    expect(JSON.parse(inline.InlinePolicy).Statement).toHaveLength(2);
    const accounts = await aws('sso-admin', 'list-accounts-for-provisioned-permission-set', '--instance-arn', instance.InstanceArn, '--permission-set-arn', arns[0]!);
    expect(accounts.AccountIds).toContain(sandbox.accountId);
    const assignments = await aws('sso-admin', 'list-account-assignments', '--instance-arn', instance.InstanceArn, '--account-id', sandbox.accountId, '--permission-set-arn', arns[0]!);
    expect(assignments.AccountAssignments[0].PrincipalType).toBe('GROUP');
  });

  it('creates a permission set and reports a duplicate as ConflictException', async () => {
    const instanceArn = (await aws('sso-admin', 'list-instances')).Instances[0].InstanceArn;
    const created = await aws('sso-admin', 'create-permission-set', '--instance-arn', instanceArn, '--name', 'CliViewer', '--session-duration', 'PT2H');
    // CLI v1 prints wire timestamps as they arrive: epoch seconds.
    expect(created.PermissionSet.CreatedDate).toBeGreaterThan(1.6e9);
    const stderr = await awsError('sso-admin', 'create-permission-set', '--instance-arn', instanceArn, '--name', 'CliViewer');
    expect(stderr).toContain('ConflictException');
  });

  it('parses identitystore users, groups and memberships', async () => {
    const storeId = (await aws('sso-admin', 'list-instances')).Instances[0].IdentityStoreId;
    const users = (await aws('identitystore', 'list-users', '--identity-store-id', storeId)).Users;
    expect(users).toHaveLength(15);
    const filtered = await aws('identitystore', 'list-users', '--identity-store-id', storeId, '--filters', 'AttributePath=UserName,AttributeValue=grace.kim');
    expect(filtered.Users[0].DisplayName).toBe('Grace Kim');
    const groups = (await aws('identitystore', 'list-groups', '--identity-store-id', storeId)).Groups;
    expect(groups).toHaveLength(4);
    const members = await aws('identitystore', 'list-group-memberships', '--identity-store-id', storeId, '--group-id', groups[0].GroupId);
    expect(members.GroupMemberships.length).toBeGreaterThan(0);
  });

  it('parses organizations accounts and the organization', async () => {
    const organization = (await aws('organizations', 'describe-organization')).Organization;
    expect(organization.MasterAccountId).toBe(sandbox.accountId);
    const accounts = (await aws('organizations', 'list-accounts')).Accounts;
    expect(accounts).toHaveLength(4);
    const roots = (await aws('organizations', 'list-roots')).Roots;
    expect(roots[0].Id).toMatch(/^r-/);
  });

  it('reports an out-of-range Organizations parameter as InvalidInputException', async () => {
    // The CLI checks only minimums, so the maximum of MaxResults is left to the service.
    const stderr = await awsError('organizations', 'list-accounts', '--max-results', '50');
    expect(stderr).toContain('(InvalidInputException)');
    expect(stderr).toContain("Value '50' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 20");
  });
});
