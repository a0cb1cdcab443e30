import { AddUserToGroupCommand, CreateAccessKeyCommand, CreateGroupCommand, CreateUserCommand, CreateVirtualMFADeviceCommand, DeactivateMFADeviceCommand, EnableMFADeviceCommand, IAMClient, ListGroupsCommand, ListUsersCommand, PutGroupPolicyCommand } from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, GetSessionTokenCommand, STSClient } from '@aws-sdk/client-sts';
import { TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSecurityTestSandbox, type SecurityTestSandbox } from '../services/sts/security-test-sandbox';
import { MFA_SELF_MANAGE_POLICY } from './mfa-self-manage-policy.test-fixture';

type Creds = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

/** §5.2's console variant: unlike §5.1 it does not exempt iam:ListUsers from the MFA deny. */
const CONSOLE_MFA_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'AllowManageOwnUserMFA', Effect: 'Allow', Action: ['iam:EnableMFADevice', 'iam:ListMFADevices', 'iam:ResyncMFADevice', 'iam:DeactivateMFADevice'], Resource: 'arn:aws:iam::*:user/${aws:username}' },
    { Sid: 'AllowManageOwnVirtualMFADevice', Effect: 'Allow', Action: 'iam:CreateVirtualMFADevice', Resource: 'arn:aws:iam::*:mfa/*' },
    {
      Sid: 'DenyAllExceptListedIfNoMFA',
      Effect: 'Deny',
      NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:GetUser', 'iam:ListMFADevices', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice', 'sts:GetSessionToken'],
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    },
  ],
});
const READ_IAM = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['iam:List*', 'iam:Get*'], Resource: '*' }] });

describe('MFA enforcement through the sandbox (SDK v3)', () => {
  let sandbox: SecurityTestSandbox;
  const iam = (c: Creds) => new IAMClient({ endpoint: sandbox.endpoint, region: sandbox.region, credentials: c, maxAttempts: 1 });
  const sts = (c: Creds) => new STSClient({ endpoint: sandbox.endpoint, region: sandbox.region, credentials: c, maxAttempts: 1 });
  let admin: IAMClient;

  beforeAll(async () => {
    sandbox = await startSecurityTestSandbox();
    admin = iam(sandbox.credentials);
  });
  afterAll(() => sandbox.close());

  async function enrolledUser(name: string, groupPolicy: string) {
    await admin.send(new CreateUserCommand({ UserName: name }));
    await admin.send(new CreateGroupCommand({ GroupName: `${name}-group` }));
    await admin.send(new PutGroupPolicyCommand({ GroupName: `${name}-group`, PolicyName: 'mfa', PolicyDocument: groupPolicy }));
    await admin.send(new PutGroupPolicyCommand({ GroupName: `${name}-group`, PolicyName: 'read', PolicyDocument: READ_IAM }));
    await admin.send(new AddUserToGroupCommand({ GroupName: `${name}-group`, UserName: name }));
    const key = (await admin.send(new CreateAccessKeyCommand({ UserName: name }))).AccessKey!;
    const creds = { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! };
    // The user enrolls their own device, which the policy allows without MFA.
    const device = (await iam(creds).send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: name }))).VirtualMFADevice!;
    const totp = new TOTP({ secret: new TextDecoder().decode(device.Base32StringSeed), algorithm: 'SHA1', digits: 6, period: 30 });
    const now = Date.now();
    await iam(creds).send(new EnableMFADeviceCommand({
      UserName: name,
      SerialNumber: device.SerialNumber,
      AuthenticationCode1: totp.generate({ timestamp: now }),
      AuthenticationCode2: totp.generate({ timestamp: now + 30_000 }),
    }));
    return { creds, serial: device.SerialNumber!, totp };
  }

  it('refuses iam:ListUsers with long-term keys and allows it after GetSessionToken with a TOTP code', async () => {
    const { creds, serial, totp } = await enrolledUser('carol', CONSOLE_MFA_POLICY);
    const denied = await iam(creds).send(new ListUsersCommand({})).catch((e) => e);
    expect(denied.name).toBe('AccessDenied');
    expect(denied.$metadata.httpStatusCode).toBe(403);
    expect(denied.message).toBe(`User: arn:aws:iam::${sandbox.accountId}:user/carol is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::${sandbox.accountId}:user/ with an explicit deny`);

    const wrong = await sts(creds).send(new GetSessionTokenCommand({ SerialNumber: serial, TokenCode: '000000' })).catch((e) => e);
    expect(wrong.name).toBe('AccessDenied');
    expect(wrong.message).toBe('MultiFactorAuthentication failed with invalid MFA one time pass code.');

    // The codes used for enrollment are spent, so the device's next code is used.
    const session = (await sts(creds).send(new GetSessionTokenCommand({ SerialNumber: serial, TokenCode: totp.generate({ timestamp: Date.now() + 60_000 }), DurationSeconds: 900 }))).Credentials!;
    const mfaCreds = { accessKeyId: session.AccessKeyId!, secretAccessKey: session.SecretAccessKey!, sessionToken: session.SessionToken! };
    expect(session.AccessKeyId).toMatch(/^ASIA/);
    const users = await iam(mfaCreds).send(new ListUsersCommand({}));
    expect(users.Users?.map((u) => u.UserName)).toContain('carol');
    const me = await sts(mfaCreds).send(new GetCallerIdentityCommand({}));
    expect(me.Arn).toBe(`arn:aws:iam::${sandbox.accountId}:user/carol`);
  });

  it('with the official §5.1 policy, lets long-term keys list users but not groups, and MFA sessions deactivate', async () => {
    const { creds, serial, totp } = await enrolledUser('dave', MFA_SELF_MANAGE_POLICY);
    await expect(iam(creds).send(new ListUsersCommand({}))).resolves.toBeDefined();
    const denied = await iam(creds).send(new ListGroupsCommand({})).catch((e) => e);
    expect(denied.name).toBe('AccessDenied');
    const noMfaDeactivate = await iam(creds).send(new DeactivateMFADeviceCommand({ UserName: 'dave', SerialNumber: serial })).catch((e) => e);
    expect(noMfaDeactivate.name).toBe('AccessDenied');
    const session = (await sts(creds).send(new GetSessionTokenCommand({ SerialNumber: serial, TokenCode: totp.generate({ timestamp: Date.now() + 60_000 }) }))).Credentials!;
    const mfaCreds = { accessKeyId: session.AccessKeyId!, secretAccessKey: session.SecretAccessKey!, sessionToken: session.SessionToken! };
    await expect(iam(mfaCreds).send(new ListGroupsCommand({}))).resolves.toBeDefined();
    await expect(iam(mfaCreds).send(new DeactivateMFADeviceCommand({ UserName: 'dave', SerialNumber: serial }))).resolves.toBeDefined();
  });

  it('rejects IAM calls made with a GetSessionToken session that had no MFA', async () => {
    await admin.send(new CreateUserCommand({ UserName: 'erin' }));
    const key = (await admin.send(new CreateAccessKeyCommand({ UserName: 'erin' }))).AccessKey!;
    const creds = { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! };
    const session = (await sts(creds).send(new GetSessionTokenCommand({}))).Credentials!;
    const sessionCreds = { accessKeyId: session.AccessKeyId!, secretAccessKey: session.SecretAccessKey!, sessionToken: session.SessionToken! };
    const err = await iam(sessionCreds).send(new ListUsersCommand({})).catch((e) => e);
    expect(err.name).toBe('InvalidClientTokenId');
    const again = await sts(sessionCreds).send(new GetSessionTokenCommand({})).catch((e) => e);
    expect(again.name).toBe('AccessDenied');
    expect(again.message).toBe('Cannot call GetSessionToken with session credentials');
  });
});
