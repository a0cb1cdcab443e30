import {
  AddUserToGroupCommand,
  CreateAccessKeyCommand,
  CreateGroupCommand,
  CreateUserCommand,
  CreateVirtualMFADeviceCommand,
  EnableMFADeviceCommand,
  IAMClient,
  ListGroupsCommand,
  ListUsersCommand,
  PutGroupPolicyCommand,
} from '@aws-sdk/client-iam';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import * as OTPAuth from 'otpauth';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index';
import { EventHub } from '../core/event-hub';
import { createLogger } from '../core/console-logger';
import type { Clock } from '../core/ports';
import { MemorySecretStore } from '../core/secret-store';
import { createConnectionsArea } from './connections-area';

// The deny of the official "self-manage MFA" policy (aws-api.md §5.1) plus an admin allow:
// everything but MFA self-service is denied until the user signs in with MFA.
const enforceMfaPolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    { Sid: 'AllowListActions', Effect: 'Allow', Action: ['iam:ListUsers', 'iam:ListVirtualMFADevices'], Resource: '*' },
    { Sid: 'AllowUserToManageTheirOwnMFA', Effect: 'Allow', Action: ['iam:EnableMFADevice', 'iam:ListMFADevices', 'iam:ResyncMFADevice'], Resource: 'arn:aws:iam::*:user/${aws:username}' },
    { Sid: 'AdminWithMfa', Effect: 'Allow', Action: 'iam:*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } },
    {
      Sid: 'BlockMostAccessUnlessSignedInWithMFA',
      Effect: 'Deny',
      NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:ListMFADevices', 'iam:ListUsers', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice'],
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    },
  ],
});

let sandbox: RunningSandbox;
let root: IAMClient;
let totp: OTPAuth.TOTP;
let serial: string;
let keys: { accessKeyId: string; secretAccessKey: string };
let enforced = false;
let stsServed = false;
const logs: string[] = [];
const emitted: string[] = [];
let offsetMs = 0;
const clock: Clock = { now: () => new Date(Date.now() + offsetMs) };

/** A code for the step `offset` periods from now, as an authenticator app would show it. */
function code(offset: number): string {
  return totp.generate({ timestamp: Date.now() + offset * 30_000 });
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, statePath: null, seed: 'empty' });
  root = new IAMClient({ region: 'us-east-1', endpoint: sandbox.endpoint, credentials: sandbox.credentials });
  await root.send(new CreateUserCommand({ UserName: 'alice' }));
  await root.send(new CreateGroupCommand({ GroupName: 'Admins' }));
  await root.send(new PutGroupPolicyCommand({ GroupName: 'Admins', PolicyName: 'RequireMfa', PolicyDocument: enforceMfaPolicy }));
  await root.send(new AddUserToGroupCommand({ GroupName: 'Admins', UserName: 'alice' }));
  const device = await root.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'alice-phone' }));
  serial = device.VirtualMFADevice?.SerialNumber ?? '';
  const seed = Buffer.from(device.VirtualMFADevice?.Base32StringSeed ?? new Uint8Array()).toString('utf8');
  totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(seed), digits: 6, period: 30, algorithm: 'SHA1' });
  await root.send(new EnableMFADeviceCommand({ UserName: 'alice', SerialNumber: serial, AuthenticationCode1: code(-1), AuthenticationCode2: code(0) }));
  const key = await root.send(new CreateAccessKeyCommand({ UserName: 'alice' }));
  keys = { accessKeyId: key.AccessKey?.AccessKeyId ?? '', secretAccessKey: key.AccessKey?.SecretAccessKey ?? '' };
  // These tests need the sandbox's STS (GetSessionToken verifying TOTP codes); they skip,
  // visibly, on a sandbox build that does not route STS yet.
  stsServed = await new STSClient({ region: 'us-east-1', endpoint: sandbox.endpoint, credentials: sandbox.credentials, maxAttempts: 1 })
    .send(new GetCallerIdentityCommand({}))
    .then(
      () => true,
      () => false,
    );
  // Whether this sandbox build evaluates the caller's policies: a user with keys and no MFA
  // session must be refused ListGroups by the group's deny.
  const alice = new IAMClient({ region: 'us-east-1', endpoint: sandbox.endpoint, credentials: keys, maxAttempts: 1 });
  enforced = await alice.send(new ListGroupsCommand({})).then(
    () => false,
    () => true,
  );
  alice.destroy();
});

afterAll(async () => {
  root.destroy();
  await sandbox.close();
});

function area() {
  const events = new EventHub();
  events.subscribe((_name, payload) => emitted.push(JSON.stringify(payload)));
  return createConnectionsArea({
    dataDir: null,
    secretStore: new MemorySecretStore(),
    events,
    logger: createLogger((line) => logs.push(line)),
    clock,
    env: { HOME: '/nonexistent' },
    startSandbox: async () => ({ ...sandbox, close: async () => undefined }),
    expiryCheckMs: 0,
  });
}

async function connectAsAlice(connections: ReturnType<typeof area>) {
  const saved = await connections.handlers['connections.saveAccessKeys'](
    { label: 'alice at the sandbox', ...keys, region: 'us-east-1', endpoint: sandbox.endpoint },
    { host: 'browser' },
  );
  const state = await connections.service.select(saved.id);
  expect(state.error?.message).toBeUndefined();
  return { saved, state };
}

afterEach(() => {
  offsetMs = 0;
});

describe('the admin’s MFA session against the sandbox', () => {
  it('connects with keys saved in the app, pointed at a custom endpoint, and finds the MFA device', async (ctx) => {
    if (!stsServed) ctx.skip();
    const connections = area();
    const { saved, state } = await connectAsAlice(connections);
    expect(saved).toMatchObject({ kind: 'access-keys', endpoint: sandbox.endpoint, memoryOnly: true, detail: expect.stringMatching(/^Access keys AKIA…\w{4} saved in Portcullis for this run only$/) });
    expect(state).toMatchObject({
      status: 'connected',
      identity: { principalType: 'user', userName: 'alice', accountId: sandbox.accountId, partition: 'aws' },
      mfaSession: { active: false, available: true, mfaSerial: serial },
    });
    await connections.close();
  });

  it('explains the refusal of an MFA-enforcing policy when there is no MFA session', async (ctx) => {
    // Skipped, visibly, while the sandbox build does not evaluate policies yet.
    if (!stsServed || !enforced) ctx.skip();
    const connections = area();
    await connectAsAlice(connections);
    const error = await connections.service.current().clients.iam.send(new ListGroupsCommand({})).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'MFA_REQUIRED', Code: 'AccessDenied' });
    expect((error as Error).message).toContain('iam:ListGroups');
    expect((error as Error).message).toContain('no MFA session');
    expect((error as { remedy: string }).remedy).toBe(`Start an MFA session with ${serial} (Connections, or the header), then try again.`);
    await connections.close();
  });

  it('starts an MFA session with a real TOTP code and lists users and groups through it', async (ctx) => {
    if (!stsServed) ctx.skip();
    const connections = area();
    await connectAsAlice(connections);
    const before = Date.now();
    const state = await connections.service.startMfaSession({ code: code(1), durationSeconds: 3600 });
    expect(state.mfaSession).toMatchObject({ active: true, mfaSerial: serial });
    const expiresIn = Date.parse(state.mfaSession?.expiresAt ?? '') - before;
    expect(expiresIn).toBeGreaterThan(3590_000);
    expect(expiresIn).toBeLessThan(3610_000);
    expect(state.expiresAt).toBe(state.mfaSession?.expiresAt);

    const { iam } = connections.service.current().clients;
    const users = await iam.send(new ListUsersCommand({}));
    expect(users.Users?.map((u) => u.UserName)).toContain('alice');
    const groups = await iam.send(new ListGroupsCommand({}));
    expect(groups.Groups?.map((g) => g.GroupName)).toContain('Admins');

    // Past the expiry the session ends and the connection falls back to the user's own keys.
    offsetMs = 3601_000;
    await connections.service.checkExpiry();
    expect(connections.service.state()).toMatchObject({ status: 'connected', mfaSession: { active: false, available: true } });
    expect(connections.service.state().mfaSession?.endedAt).toBeDefined();
    await connections.close();
  });

  it('refuses a code that was already used, in one sentence with the fix', async (ctx) => {
    if (!stsServed) ctx.skip();
    const connections = area();
    await connectAsAlice(connections);
    await connections.service.startMfaSession({ code: code(2), durationSeconds: 900 }).catch(() => undefined);
    const error = await connections.service.startMfaSession({ code: code(2), durationSeconds: 900 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_MFA_CODE', field: 'code', message: 'AWS did not accept the code: it was wrong, already used for another sign-in, or too old.' });
    await connections.close();
  });

  it('says when the device ARN is not the user’s', async (ctx) => {
    if (!stsServed) ctx.skip();
    const connections = area();
    await connectAsAlice(connections);
    const error = await connections.service
      .startMfaSession({ code: '123456', durationSeconds: 900, mfaSerial: `arn:aws:iam::${sandbox.accountId}:user/alice` })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_MFA_CODE', field: 'mfaSerial' });
    await connections.close();
  });

  it('does not offer an MFA session to a root user without a device, and says where root MFA is set up', async (ctx) => {
    if (!stsServed) ctx.skip();
    const connections = area();
    await connectAsAlice(connections);
    await connections.service.startMfaSession({ code: code(3), durationSeconds: 900 }).catch(() => undefined);
    // The sandbox root's keys are long-term, but the root has no device: nothing to start.
    const state = await connections.service.select('sandbox');
    expect(state.mfaSession).toMatchObject({ active: false, available: false, unavailableReason: 'No MFA device is assigned to the root user you are signed in as.' });
    await connections.close();
  });

  it('never lets a secret reach an event, a state or a log line', (ctx) => {
    if (!stsServed) ctx.skip();
    const everything = [...emitted, ...logs].join('\n');
    expect(emitted.length).toBeGreaterThan(0);
    expect(everything).not.toContain(keys.secretAccessKey);
    expect(everything).not.toContain(sandbox.credentials.secretAccessKey);
    for (const s of sandbox.state().sts.sessions) {
      expect(everything).not.toContain(s.secretAccessKey);
      expect(everything).not.toContain(s.sessionToken);
    }
  });
});
