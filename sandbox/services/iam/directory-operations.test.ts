import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AddUserToGroupCommand, ChangePasswordCommand, CreateAccessKeyCommand, DeleteAccountPasswordPolicyCommand, GetAccountPasswordPolicyCommand,
  PutUserPolicyCommand, UpdateAccountPasswordPolicyCommand, CreateAccountAliasCommand, CreateGroupCommand, CreateLoginProfileCommand,
  CreateUserCommand, DeleteAccessKeyCommand, DeleteAccountAliasCommand, DeleteGroupCommand, DeleteLoginProfileCommand, DeleteUserCommand,
  GetAccessKeyLastUsedCommand, GetGroupCommand, GetLoginProfileCommand, GetUserCommand, ListAccessKeysCommand, ListAccountAliasesCommand,
  ListGroupsCommand, ListGroupsForUserCommand, ListUsersCommand, ListUserTagsCommand, RemoveUserFromGroupCommand, TagUserCommand,
  UntagUserCommand, UpdateAccessKeyCommand, UpdateUserCommand, paginateListUsers, type IAMClient,
} from '@aws-sdk/client-iam';
import { startSandbox, type RunningSandbox } from '../../index';
import { seedMfaDevice } from './mfa-seed';
import { failure, sandboxClients } from '../../test/sandbox-clients';

let sandbox: RunningSandbox;
let iam: IAMClient;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
  iam = sandboxClients(sandbox).iam;
});
afterAll(() => sandbox.close());

describe('users', () => {
  it('creates, reads, renames and deletes a user with an AIDA id and a path ARN', async () => {
    const created = (await iam.send(new CreateUserCommand({ UserName: 'Dana', Path: '/eng/', Tags: [{ Key: 'team', Value: 'core' }] }))).User!;
    expect(created.UserId).toMatch(/^AIDA[A-Z2-7]{17}$/);
    expect(created.Arn).toBe(`arn:aws:iam::${sandbox.accountId}:user/eng/Dana`);
    expect((await iam.send(new GetUserCommand({ UserName: 'dana' }))).User?.UserName).toBe('Dana');
    await iam.send(new UpdateUserCommand({ UserName: 'Dana', NewUserName: 'Dana2', NewPath: '/ops/' }));
    const renamed = (await iam.send(new GetUserCommand({ UserName: 'Dana2' }))).User!;
    expect(renamed.Arn).toBe(`arn:aws:iam::${sandbox.accountId}:user/ops/Dana2`);
    expect(renamed.Tags).toEqual([{ Key: 'team', Value: 'core' }]);
    await iam.send(new DeleteUserCommand({ UserName: 'Dana2' }));
    const e = await failure(iam.send(new GetUserCommand({ UserName: 'Dana2' })));
    expect(e.name).toBe('NoSuchEntityException');
    expect(e.message).toBe('The user with name Dana2 cannot be found.');
    expect(e.$metadata.httpStatusCode).toBe(404);
  });

  it('refuses a duplicate name regardless of case', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'erin' }));
    const e = await failure(iam.send(new CreateUserCommand({ UserName: 'ERIN' })));
    expect(e.name).toBe('EntityAlreadyExistsException');
    expect(e.message).toBe('User with name ERIN already exists.');
    expect(e.$metadata.httpStatusCode).toBe(409);
  });

  it('rejects names outside the model pattern with the exact ValidationError', async () => {
    const e = await failure(iam.send(new CreateUserCommand({ UserName: 'has space' })));
    expect(e.name).toBe('ValidationError');
    expect(e.message).toBe(
      "1 validation error detected: Value 'has space' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+",
    );
  });

  it('pages ListUsers with Marker and MaxItems in case-insensitive name order', async () => {
    for (const n of ['page-c', 'Page-a', 'page-b', 'page-e', 'page-d']) await iam.send(new CreateUserCommand({ UserName: n, Path: '/paging/' }));
    const first = await iam.send(new ListUsersCommand({ PathPrefix: '/paging/', MaxItems: 2 }));
    expect(first.Users?.map((u) => u.UserName)).toEqual(['Page-a', 'page-b']);
    expect(first.IsTruncated).toBe(true);
    const second = await iam.send(new ListUsersCommand({ PathPrefix: '/paging/', MaxItems: 2, Marker: first.Marker }));
    expect(second.Users?.map((u) => u.UserName)).toEqual(['page-c', 'page-d']);
    const all: string[] = [];
    for await (const page of paginateListUsers({ client: iam, pageSize: 2 }, { PathPrefix: '/paging/' })) all.push(...page.Users!.map((u) => u.UserName!));
    expect(all).toEqual(['Page-a', 'page-b', 'page-c', 'page-d', 'page-e']);
  });

  it('tags and untags users', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'tagged' }));
    await iam.send(new TagUserCommand({ UserName: 'tagged', Tags: [{ Key: 'b', Value: '2' }, { Key: 'a', Value: '1' }] }));
    await iam.send(new UntagUserCommand({ UserName: 'tagged', TagKeys: ['b'] }));
    expect((await iam.send(new ListUserTagsCommand({ UserName: 'tagged' }))).Tags).toEqual([{ Key: 'a', Value: '1' }]);
    const tooMany = Array.from({ length: 50 }, (_, i) => ({ Key: `k${i}`, Value: 'v' }));
    expect((await failure(iam.send(new TagUserCommand({ UserName: 'tagged', Tags: tooMany })))).name).toBe('LimitExceededException');
  });

  it('refuses to delete a user that still has a password, keys, groups or an MFA device', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'busy' }));
    await iam.send(new CreateLoginProfileCommand({ UserName: 'busy', Password: 'Correct-Horse-9' }));
    let e = await failure(iam.send(new DeleteUserCommand({ UserName: 'busy' })));
    expect(e.name).toBe('DeleteConflictException');
    expect(e.message).toBe('Cannot delete entity, must delete login profile first.');
    await iam.send(new DeleteLoginProfileCommand({ UserName: 'busy' }));
    seedMfaDevice(sandbox.state(), 'busy', new Date());
    e = await failure(iam.send(new DeleteUserCommand({ UserName: 'busy' })));
    expect(e.message).toBe('Cannot delete entity, must delete MFA device first.');
  });
});

describe('groups and memberships', () => {
  it('adds and removes members, pages GetGroup, and lists groups for a user', async () => {
    const group = (await iam.send(new CreateGroupCommand({ GroupName: 'Crew', Path: '/teams/' }))).Group!;
    expect(group.GroupId).toMatch(/^AGPA/);
    expect(group.Arn).toBe(`arn:aws:iam::${sandbox.accountId}:group/teams/Crew`);
    for (const n of ['crew-1', 'crew-2', 'crew-3']) {
      await iam.send(new CreateUserCommand({ UserName: n }));
      await iam.send(new AddUserToGroupCommand({ GroupName: 'Crew', UserName: n }));
    }
    const page = await iam.send(new GetGroupCommand({ GroupName: 'crew', MaxItems: 2 }));
    expect(page.Users?.map((u) => u.UserName)).toEqual(['crew-1', 'crew-2']);
    expect(page.IsTruncated).toBe(true);
    const rest = await iam.send(new GetGroupCommand({ GroupName: 'Crew', MaxItems: 2, Marker: page.Marker }));
    expect(rest.Users?.map((u) => u.UserName)).toEqual(['crew-3']);
    expect(rest.IsTruncated).toBe(false);
    expect((await iam.send(new ListGroupsForUserCommand({ UserName: 'crew-2' }))).Groups?.map((g) => g.GroupName)).toEqual(['Crew']);
    expect((await failure(iam.send(new DeleteGroupCommand({ GroupName: 'Crew' })))).message).toBe('Cannot delete entity, must remove users from group first.');
    for (const n of ['crew-1', 'crew-2', 'crew-3']) await iam.send(new RemoveUserFromGroupCommand({ GroupName: 'Crew', UserName: n }));
    await iam.send(new DeleteGroupCommand({ GroupName: 'Crew' }));
    expect((await iam.send(new ListGroupsCommand({}))).Groups?.map((g) => g.GroupName)).not.toContain('Crew');
  });

  it('limits a user to 10 groups', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'joiner' }));
    for (let i = 0; i < 10; i++) {
      await iam.send(new CreateGroupCommand({ GroupName: `g${i}` }));
      await iam.send(new AddUserToGroupCommand({ GroupName: `g${i}`, UserName: 'joiner' }));
    }
    await iam.send(new CreateGroupCommand({ GroupName: 'g10' }));
    const e = await failure(iam.send(new AddUserToGroupCommand({ GroupName: 'g10', UserName: 'joiner' })));
    expect(e.name).toBe('LimitExceededException');
    expect(e.message).toBe('Cannot exceed quota for GroupsPerUser: 10');
  });
});

describe('access keys and login profiles', () => {
  it('creates at most two keys per user, updates, reports last use and deletes', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'keyholder' }));
    const k1 = (await iam.send(new CreateAccessKeyCommand({ UserName: 'keyholder' }))).AccessKey!;
    expect(k1.AccessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(k1.SecretAccessKey).toHaveLength(40);
    await iam.send(new CreateAccessKeyCommand({ UserName: 'keyholder' }));
    const e = await failure(iam.send(new CreateAccessKeyCommand({ UserName: 'keyholder' })));
    expect(e.message).toBe('Cannot exceed quota for AccessKeysPerUser: 2');
    await iam.send(new UpdateAccessKeyCommand({ UserName: 'keyholder', AccessKeyId: k1.AccessKeyId!, Status: 'Inactive' }));
    const listed = (await iam.send(new ListAccessKeysCommand({ UserName: 'keyholder' }))).AccessKeyMetadata!;
    expect(listed.find((k) => k.AccessKeyId === k1.AccessKeyId)?.Status).toBe('Inactive');
    expect(listed.every((k) => !('SecretAccessKey' in k))).toBe(true);
    expect((await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: k1.AccessKeyId! }))).AccessKeyLastUsed?.ServiceName).toBe('N/A');
    await iam.send(new DeleteAccessKeyCommand({ UserName: 'keyholder', AccessKeyId: k1.AccessKeyId! }));
    expect((await iam.send(new ListAccessKeysCommand({ UserName: 'keyholder' }))).AccessKeyMetadata).toHaveLength(1);
  });

  it('creates one login profile per user and never returns the password', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'console-user' }));
    await iam.send(new CreateLoginProfileCommand({ UserName: 'console-user', Password: 'S3cure-pass!', PasswordResetRequired: true }));
    const profile = (await iam.send(new GetLoginProfileCommand({ UserName: 'console-user' }))).LoginProfile!;
    expect(profile.PasswordResetRequired).toBe(true);
    expect(JSON.stringify(sandbox.state().iam.users['console-user'])).not.toContain('S3cure-pass!');
    const e = await failure(iam.send(new CreateLoginProfileCommand({ UserName: 'console-user', Password: 'x' })));
    expect(e.name).toBe('EntityAlreadyExistsException');
    await iam.send(new DeleteLoginProfileCommand({ UserName: 'console-user' }));
    expect((await failure(iam.send(new GetLoginProfileCommand({ UserName: 'console-user' })))).message).toBe('Login Profile for User console-user cannot be found.');
  });
});

describe('password policy and ChangePassword', () => {
  it('applies AWS defaults, then the account policy, to console passwords', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'pw-user' }));
    const weak = await failure(iam.send(new CreateLoginProfileCommand({ UserName: 'pw-user', Password: 'password' })));
    expect(weak.name).toBe('PasswordPolicyViolationException');
    expect(weak.message).toBe('Password does not conform to the account password policy.');
    expect((await failure(iam.send(new GetAccountPasswordPolicyCommand({})))).name).toBe('NoSuchEntityException');
    await iam.send(new UpdateAccountPasswordPolicyCommand({ MinimumPasswordLength: 14, RequireNumbers: true, AllowUsersToChangePassword: true }));
    const policy = (await iam.send(new GetAccountPasswordPolicyCommand({}))).PasswordPolicy!;
    expect(policy).toMatchObject({ MinimumPasswordLength: 14, RequireNumbers: true, RequireSymbols: false, ExpirePasswords: false });
    expect((await failure(iam.send(new CreateLoginProfileCommand({ UserName: 'pw-user', Password: 'Short-1' })))).name).toBe('PasswordPolicyViolationException');
    await iam.send(new CreateLoginProfileCommand({ UserName: 'pw-user', Password: 'long enough pass 1' }));
    await iam.send(new DeleteAccountPasswordPolicyCommand({}));
  });

  it('lets a user change their own password only with the old one', async () => {
    await iam.send(new CreateUserCommand({ UserName: 'changer' }));
    await iam.send(new CreateLoginProfileCommand({ UserName: 'changer', Password: 'First-pass-1', PasswordResetRequired: true }));
    await iam.send(new PutUserPolicyCommand({
      UserName: 'changer',
      PolicyName: 'own-password',
      PolicyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:ChangePassword', Resource: '*' }] }),
    }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'changer' }))).AccessKey!;
    const asUser = sandboxClients(sandbox, { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! }).iam;
    const wrong = await failure(asUser.send(new ChangePasswordCommand({ OldPassword: 'not-it', NewPassword: 'Second-pass-2' })));
    expect(wrong.message).toBe('The old password was incorrect.');
    await asUser.send(new ChangePasswordCommand({ OldPassword: 'First-pass-1', NewPassword: 'Second-pass-2' }));
    expect((await iam.send(new GetLoginProfileCommand({ UserName: 'changer' }))).LoginProfile?.PasswordResetRequired).toBe(false);
  });
});

describe('account alias', () => {
  it('holds one alias matching the pattern', async () => {
    await iam.send(new CreateAccountAliasCommand({ AccountAlias: 'meridian-test' }));
    expect((await iam.send(new ListAccountAliasesCommand({}))).AccountAliases).toEqual(['meridian-test']);
    const e = await failure(iam.send(new CreateAccountAliasCommand({ AccountAlias: 'Bad_Alias' })));
    expect(e.name).toBe('ValidationError');
    expect(e.message).toContain("at 'accountAlias' failed to satisfy constraint: Member must satisfy regular expression pattern");
    await iam.send(new DeleteAccountAliasCommand({ AccountAlias: 'meridian-test' }));
    expect((await iam.send(new ListAccountAliasesCommand({}))).AccountAliases).toEqual([]);
  });
});
