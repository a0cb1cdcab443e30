import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeAwsCli, okJson, startAwsCliSandbox, type AwsCliSandbox } from './awscli-harness';

let cli: AwsCliSandbox;
const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] });

describeAwsCli('AWS CLI against the sandbox: IAM directory operations', { timeout: 240_000, concurrent: true }, () => {
  beforeAll(async () => {
    cli = await startAwsCliSandbox({ seed: 'empty' });
  });
  afterAll(() => cli?.close());
  const aws = (...args: string[]) => cli.run(args);

  it('manages users, tags, login profiles and access keys', async () => {
    const user = okJson(await aws('iam', 'create-user', '--user-name', 'cli-user', '--path', '/cli/', '--tags', 'Key=team,Value=ops')).User;
    expect(user.Arn).toBe(`arn:aws:iam::${cli.sandbox.accountId}:user/cli/cli-user`);
    expect(okJson(await aws('iam', 'get-user', '--user-name', 'cli-user')).User.Tags).toEqual([{ Key: 'team', Value: 'ops' }]);
    expect(okJson(await aws('iam', 'list-user-tags', '--user-name', 'cli-user')).Tags).toHaveLength(1);
    okJson(await aws('iam', 'tag-user', '--user-name', 'cli-user', '--tags', 'Key=x,Value=y'));
    okJson(await aws('iam', 'untag-user', '--user-name', 'cli-user', '--tag-keys', 'x'));
    okJson(await aws('iam', 'update-user', '--user-name', 'cli-user', '--new-path', '/ops/'));
    expect(okJson(await aws('iam', 'create-login-profile', '--user-name', 'cli-user', '--password', 'Pa55-word!')).LoginProfile.UserName).toBe('cli-user');
    expect(okJson(await aws('iam', 'get-login-profile', '--user-name', 'cli-user')).LoginProfile.PasswordResetRequired).toBe(false);
    okJson(await aws('iam', 'update-login-profile', '--user-name', 'cli-user', '--password-reset-required'));
    okJson(await aws('iam', 'delete-login-profile', '--user-name', 'cli-user'));
    const key = okJson(await aws('iam', 'create-access-key', '--user-name', 'cli-user')).AccessKey;
    expect(key.SecretAccessKey).toHaveLength(40);
    expect(okJson(await aws('iam', 'list-access-keys', '--user-name', 'cli-user')).AccessKeyMetadata[0].AccessKeyId).toBe(key.AccessKeyId);
    // The user's own key works for the CLI too; on AWS even reading oneself needs a permission.
    okJson(await aws('iam', 'put-user-policy', '--user-name', 'cli-user', '--policy-name', 'self', '--policy-document', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetUser","Resource":"*"}]}'));
    const me = okJson(await cli.run(['iam', 'get-user'], { credentials: { accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey } }));
    expect(me.User.UserName).toBe('cli-user');
    expect(okJson(await aws('iam', 'get-access-key-last-used', '--access-key-id', key.AccessKeyId)).UserName).toBe('cli-user');
    okJson(await aws('iam', 'update-access-key', '--user-name', 'cli-user', '--access-key-id', key.AccessKeyId, '--status', 'Inactive'));
    okJson(await aws('iam', 'delete-access-key', '--user-name', 'cli-user', '--access-key-id', key.AccessKeyId));
    okJson(await aws('iam', 'delete-user-policy', '--user-name', 'cli-user', '--policy-name', 'self'));
    okJson(await aws('iam', 'delete-user', '--user-name', 'cli-user'));
    const gone = await aws('iam', 'get-user', '--user-name', 'cli-user');
    expect(gone.ok).toBe(false);
    if (!gone.ok) expect(gone.errorCode).toBe('NoSuchEntity');
  });

  it('sets user boundaries and lets a user change their own password', async () => {
    okJson(await aws('iam', 'create-user', '--user-name', 'pw-cli'));
    okJson(await aws('iam', 'put-user-permissions-boundary', '--user-name', 'pw-cli', '--permissions-boundary', 'arn:aws:iam::aws:policy/PowerUserAccess'));
    expect(okJson(await aws('iam', 'get-user', '--user-name', 'pw-cli')).User.PermissionsBoundary.PermissionsBoundaryArn).toBe('arn:aws:iam::aws:policy/PowerUserAccess');
    okJson(await aws('iam', 'delete-user-permissions-boundary', '--user-name', 'pw-cli'));
    okJson(await aws('iam', 'create-login-profile', '--user-name', 'pw-cli', '--password', 'First-pass-1'));
    okJson(await aws('iam', 'put-user-policy', '--user-name', 'pw-cli', '--policy-name', 'own', '--policy-document', '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ChangePassword","Resource":"*"}]}'));
    const key = okJson(await aws('iam', 'create-access-key', '--user-name', 'pw-cli')).AccessKey;
    const asUser = { credentials: { accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey } };
    okJson(await cli.run(['iam', 'change-password', '--old-password', 'First-pass-1', '--new-password', 'Second-pass-2'], asUser));
    const wrong = await cli.run(['iam', 'change-password', '--old-password', 'First-pass-1', '--new-password', 'Third-pass-3'], asUser);
    expect(wrong.ok ? undefined : wrong.errorCode).toBe('InvalidInput');
  });

  it('reports duplicate names and model validation errors', async () => {
    okJson(await aws('iam', 'create-user', '--user-name', 'dup'));
    const dup = await aws('iam', 'create-user', '--user-name', 'DUP');
    expect(dup.ok ? undefined : [dup.errorCode, dup.message]).toEqual(['EntityAlreadyExists', 'User with name DUP already exists.']);
    const bad = await aws('iam', 'create-user', '--user-name', 'bad name');
    expect(bad.ok ? undefined : bad.errorCode).toBe('ValidationError');
    if (!bad.ok) expect(bad.message).toContain("Value 'bad name' at 'userName' failed to satisfy constraint");
  });

  it('pages list-users across short pages', async () => {
    for (let i = 0; i < 5; i++) okJson(await aws('iam', 'create-user', '--user-name', `pager-${i}`, '--path', '/pager/'));
    const all = okJson(await aws('iam', 'list-users', '--path-prefix', '/pager/', '--page-size', '2'));
    expect(all.Users.map((u: { UserName: string }) => u.UserName)).toEqual(['pager-0', 'pager-1', 'pager-2', 'pager-3', 'pager-4']);
    const first = okJson(await aws('iam', 'list-users', '--path-prefix', '/pager/', '--max-items', '2'));
    expect(first.Users).toHaveLength(2);
    expect(first.NextToken).toBeTruthy();
  });

  it('manages groups, memberships and group policies', async () => {
    okJson(await aws('iam', 'create-group', '--group-name', 'cli-group'));
    okJson(await aws('iam', 'create-user', '--user-name', 'member'));
    okJson(await aws('iam', 'add-user-to-group', '--group-name', 'cli-group', '--user-name', 'member'));
    expect(okJson(await aws('iam', 'get-group', '--group-name', 'cli-group')).Users.map((u: { UserName: string }) => u.UserName)).toEqual(['member']);
    expect(okJson(await aws('iam', 'list-groups-for-user', '--user-name', 'member')).Groups[0].GroupName).toBe('cli-group');
    expect(okJson(await aws('iam', 'list-groups')).Groups).toHaveLength(1);
    okJson(await aws('iam', 'update-group', '--group-name', 'cli-group', '--new-path', '/x/'));
    okJson(await aws('iam', 'put-group-policy', '--group-name', 'cli-group', '--policy-name', 'read', '--policy-document', policy));
    // The CLI decodes the URL-encoded document AWS returns.
    expect(okJson(await aws('iam', 'get-group-policy', '--group-name', 'cli-group', '--policy-name', 'read')).PolicyDocument).toEqual(JSON.parse(policy));
    expect(okJson(await aws('iam', 'list-group-policies', '--group-name', 'cli-group')).PolicyNames).toEqual(['read']);
    okJson(await aws('iam', 'attach-group-policy', '--group-name', 'cli-group', '--policy-arn', 'arn:aws:iam::aws:policy/ReadOnlyAccess'));
    expect(okJson(await aws('iam', 'list-attached-group-policies', '--group-name', 'cli-group')).AttachedPolicies[0].PolicyName).toBe('ReadOnlyAccess');
    okJson(await aws('iam', 'detach-group-policy', '--group-name', 'cli-group', '--policy-arn', 'arn:aws:iam::aws:policy/ReadOnlyAccess'));
    okJson(await aws('iam', 'delete-group-policy', '--group-name', 'cli-group', '--policy-name', 'read'));
    const conflict = await aws('iam', 'delete-group', '--group-name', 'cli-group');
    expect(conflict.ok ? undefined : conflict.errorCode).toBe('DeleteConflict');
    okJson(await aws('iam', 'remove-user-from-group', '--group-name', 'cli-group', '--user-name', 'member'));
    okJson(await aws('iam', 'delete-group', '--group-name', 'cli-group'));
  });

  it('manages roles, trust policies, boundaries, tags and inline policies', async () => {
    const role = okJson(await aws('iam', 'create-role', '--role-name', 'cli-role', '--assume-role-policy-document', trust, '--max-session-duration', '7200')).Role;
    expect(role.AssumeRolePolicyDocument).toEqual(JSON.parse(trust));
    const got = okJson(await aws('iam', 'get-role', '--role-name', 'cli-role')).Role;
    expect(got.MaxSessionDuration).toBe(7200);
    expect(got.AssumeRolePolicyDocument).toEqual(JSON.parse(trust));
    expect(okJson(await aws('iam', 'list-roles')).Roles[0].AssumeRolePolicyDocument).toEqual(JSON.parse(trust));
    okJson(await aws('iam', 'update-role', '--role-name', 'cli-role', '--max-session-duration', '3600'));
    expect(okJson(await aws('iam', 'update-role-description', '--role-name', 'cli-role', '--description', 'CLI role')).Role.Description).toBe('CLI role');
    okJson(await aws('iam', 'update-assume-role-policy', '--role-name', 'cli-role', '--policy-document', trust));
    okJson(await aws('iam', 'put-role-permissions-boundary', '--role-name', 'cli-role', '--permissions-boundary', 'arn:aws:iam::aws:policy/PowerUserAccess'));
    okJson(await aws('iam', 'delete-role-permissions-boundary', '--role-name', 'cli-role'));
    okJson(await aws('iam', 'tag-role', '--role-name', 'cli-role', '--tags', 'Key=env,Value=dev'));
    expect(okJson(await aws('iam', 'list-role-tags', '--role-name', 'cli-role')).Tags).toEqual([{ Key: 'env', Value: 'dev' }]);
    okJson(await aws('iam', 'untag-role', '--role-name', 'cli-role', '--tag-keys', 'env'));
    okJson(await aws('iam', 'put-role-policy', '--role-name', 'cli-role', '--policy-name', 'inline', '--policy-document', policy));
    expect(okJson(await aws('iam', 'get-role-policy', '--role-name', 'cli-role', '--policy-name', 'inline')).PolicyDocument).toEqual(JSON.parse(policy));
    expect(okJson(await aws('iam', 'list-role-policies', '--role-name', 'cli-role')).PolicyNames).toEqual(['inline']);
    okJson(await aws('iam', 'attach-role-policy', '--role-name', 'cli-role', '--policy-arn', 'arn:aws:iam::aws:policy/ReadOnlyAccess'));
    expect(okJson(await aws('iam', 'list-attached-role-policies', '--role-name', 'cli-role')).AttachedPolicies).toHaveLength(1);
    const conflict = await aws('iam', 'delete-role', '--role-name', 'cli-role');
    expect(conflict.ok ? undefined : conflict.errorCode).toBe('DeleteConflict');
    okJson(await aws('iam', 'detach-role-policy', '--role-name', 'cli-role', '--policy-arn', 'arn:aws:iam::aws:policy/ReadOnlyAccess'));
    okJson(await aws('iam', 'delete-role-policy', '--role-name', 'cli-role', '--policy-name', 'inline'));
    okJson(await aws('iam', 'delete-role', '--role-name', 'cli-role'));
  });

  it('manages customer managed policies, versions and user attachments', async () => {
    const created = okJson(await aws('iam', 'create-policy', '--policy-name', 'cli-policy', '--policy-document', policy, '--description', 'from the CLI')).Policy;
    const arn = created.Arn;
    expect(okJson(await aws('iam', 'get-policy', '--policy-arn', arn)).Policy.Description).toBe('from the CLI');
    okJson(await aws('iam', 'create-policy-version', '--policy-arn', arn, '--policy-document', policy, '--set-as-default'));
    expect(okJson(await aws('iam', 'get-policy-version', '--policy-arn', arn, '--version-id', 'v2')).PolicyVersion.Document).toEqual(JSON.parse(policy));
    expect(okJson(await aws('iam', 'list-policy-versions', '--policy-arn', arn)).Versions).toHaveLength(2);
    okJson(await aws('iam', 'set-default-policy-version', '--policy-arn', arn, '--version-id', 'v1'));
    okJson(await aws('iam', 'delete-policy-version', '--policy-arn', arn, '--version-id', 'v2'));
    okJson(await aws('iam', 'tag-policy', '--policy-arn', arn, '--tags', 'Key=a,Value=b'));
    expect(okJson(await aws('iam', 'list-policy-tags', '--policy-arn', arn)).Tags).toEqual([{ Key: 'a', Value: 'b' }]);
    okJson(await aws('iam', 'untag-policy', '--policy-arn', arn, '--tag-keys', 'a'));
    okJson(await aws('iam', 'create-user', '--user-name', 'attached'));
    okJson(await aws('iam', 'attach-user-policy', '--user-name', 'attached', '--policy-arn', arn));
    expect(okJson(await aws('iam', 'list-attached-user-policies', '--user-name', 'attached')).AttachedPolicies[0].PolicyArn).toBe(arn);
    expect(okJson(await aws('iam', 'list-entities-for-policy', '--policy-arn', arn)).PolicyUsers[0].UserName).toBe('attached');
    expect(okJson(await aws('iam', 'list-policies', '--scope', 'Local', '--only-attached')).Policies[0].AttachmentCount).toBe(1);
    okJson(await aws('iam', 'put-user-policy', '--user-name', 'attached', '--policy-name', 'p', '--policy-document', policy));
    expect(okJson(await aws('iam', 'get-user-policy', '--user-name', 'attached', '--policy-name', 'p')).PolicyDocument).toEqual(JSON.parse(policy));
    expect(okJson(await aws('iam', 'list-user-policies', '--user-name', 'attached')).PolicyNames).toEqual(['p']);
    okJson(await aws('iam', 'delete-user-policy', '--user-name', 'attached', '--policy-name', 'p'));
    okJson(await aws('iam', 'detach-user-policy', '--user-name', 'attached', '--policy-arn', arn));
    okJson(await aws('iam', 'delete-policy', '--policy-arn', arn));
  });

  it('pages the AWS managed policy catalog and reads real documents', async () => {
    const page = okJson(await aws('iam', 'list-policies', '--scope', 'AWS', '--max-items', '5'));
    expect(page.Policies).toHaveLength(5);
    const admin = okJson(await aws('iam', 'get-policy-version', '--policy-arn', 'arn:aws:iam::aws:policy/AdministratorAccess', '--version-id', 'v1'));
    expect(admin.PolicyVersion.Document.Statement[0].Action).toBe('*');
  });

  it('reads the account authorization details with decoded documents', async () => {
    okJson(await aws('iam', 'create-role', '--role-name', 'details-role', '--assume-role-policy-document', trust));
    const details = okJson(await aws('iam', 'get-account-authorization-details', '--filter', 'Role'));
    const role = details.RoleDetailList.find((r: { RoleName: string }) => r.RoleName === 'details-role');
    expect(role.AssumeRolePolicyDocument).toEqual(JSON.parse(trust));
  });

  it('manages the account password policy', async () => {
    okJson(await aws('iam', 'update-account-password-policy', '--minimum-password-length', '8', '--require-symbols'));
    expect(okJson(await aws('iam', 'get-account-password-policy')).PasswordPolicy.MinimumPasswordLength).toBe(8);
    okJson(await aws('iam', 'delete-account-password-policy'));
    const gone = await aws('iam', 'get-account-password-policy');
    expect(gone.ok ? undefined : gone.errorCode).toBe('NoSuchEntity');
  });

  it('manages the account alias', async () => {
    okJson(await aws('iam', 'create-account-alias', '--account-alias', 'cli-alias'));
    expect(okJson(await aws('iam', 'list-account-aliases')).AccountAliases).toEqual(['cli-alias']);
    okJson(await aws('iam', 'delete-account-alias', '--account-alias', 'cli-alias'));
  });

  it('reports a wrong secret as SignatureDoesNotMatch', async () => {
    const r = await cli.run(['iam', 'list-users'], { credentials: { accessKeyId: cli.sandbox.credentials.accessKeyId, secretAccessKey: 'w'.repeat(40) } });
    expect(r.ok ? undefined : r.errorCode).toBe('SignatureDoesNotMatch');
  });
});
