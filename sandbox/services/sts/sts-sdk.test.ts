import { CreateAccessKeyCommand, CreateRoleCommand, CreateSAMLProviderCommand, CreateUserCommand, DeleteSAMLProviderCommand, GetRoleCommand, IAMClient, ListRolesCommand, ListUsersCommand, PutRolePolicyCommand, PutUserPolicyCommand } from '@aws-sdk/client-iam';
import { AssumeRoleCommand, AssumeRoleWithSAMLCommand, GetCallerIdentityCommand, GetSessionTokenCommand, STSClient } from '@aws-sdk/client-sts';
import { TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedMfaDevice } from '../iam/mfa-seed';
import { createTestIdp } from '../../saml/test-idp';
import { startSecurityTestSandbox, type SecurityTestSandbox } from './security-test-sandbox';

type Creds = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
const asCreds = (c: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string }): Creds => ({ accessKeyId: c.AccessKeyId!, secretAccessKey: c.SecretAccessKey!, sessionToken: c.SessionToken });
const READ_IAM = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:List*', Resource: '*' }] });

describe('STS through the sandbox (SDK v3)', () => {
  let sandbox: SecurityTestSandbox;
  let admin: IAMClient;
  let acct: string;
  const iam = (c: Creds) => new IAMClient({ endpoint: sandbox.endpoint, region: sandbox.region, credentials: c, maxAttempts: 1 });
  const sts = (c?: Creds) => new STSClient({ endpoint: sandbox.endpoint, region: sandbox.region, maxAttempts: 1, ...(c ? { credentials: c } : {}) });

  beforeAll(async () => {
    sandbox = await startSecurityTestSandbox();
    admin = iam(sandbox.credentials);
    acct = sandbox.accountId;
  });
  afterAll(() => sandbox.close());

  it('GetCallerIdentity answers for root', async () => {
    const me = await sts(sandbox.credentials).send(new GetCallerIdentityCommand({}));
    expect(me).toMatchObject({ Account: acct, Arn: `arn:aws:iam::${acct}:root`, UserId: acct });
  });

  describe('AssumeRole', () => {
    let alice: Creds;
    let totp: TOTP;
    let serial: string;
    beforeAll(async () => {
      await admin.send(new CreateUserCommand({ UserName: 'alice' }));
      alice = asCreds((await admin.send(new CreateAccessKeyCommand({ UserName: 'alice' }))).AccessKey!);
      await admin.send(new PutUserPolicyCommand({ UserName: 'alice', PolicyName: 'assume', PolicyDocument: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole', Resource: '*' }] }) }));
      const device = seedMfaDevice(sandbox.state(), 'alice', new Date());
      serial = device.serialNumber;
      totp = new TOTP({ secret: device.seedBase32, algorithm: 'SHA1', digits: 6, period: 30 });
      const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${acct}:root` }, Action: 'sts:AssumeRole', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }] };
      await admin.send(new CreateRoleCommand({ RoleName: 'Auditor', AssumeRolePolicyDocument: JSON.stringify(trust), MaxSessionDuration: 7200 }));
      await admin.send(new PutRolePolicyCommand({ RoleName: 'Auditor', PolicyName: 'read', PolicyDocument: READ_IAM }));
    });

    it('requires MFA when the trust policy does, then authorizes calls with the role policies', async () => {
      const RoleArn = `arn:aws:iam::${acct}:role/Auditor`;
      const noMfa = await sts(alice).send(new AssumeRoleCommand({ RoleArn, RoleSessionName: 'audit' })).catch((e) => e);
      expect(noMfa.name).toBe('AccessDenied');
      expect(noMfa.message).toBe(`User: arn:aws:iam::${acct}:user/alice is not authorized to perform: sts:AssumeRole on resource: ${RoleArn}`);
      const out = await sts(alice).send(new AssumeRoleCommand({ RoleArn, RoleSessionName: 'audit', SerialNumber: serial, TokenCode: totp.generate() }));
      expect(out.AssumedRoleUser?.Arn).toBe(`arn:aws:sts::${acct}:assumed-role/Auditor/audit`);
      const role = iam(asCreds(out.Credentials!));
      await expect(role.send(new ListRolesCommand({}))).resolves.toBeDefined();
      const denied = await role.send(new CreateUserCommand({ UserName: 'mallory' })).catch((e) => e);
      expect(denied.name).toBe('AccessDenied');
      expect((await sts(asCreds(out.Credentials!)).send(new GetCallerIdentityCommand({}))).Arn).toBe(out.AssumedRoleUser?.Arn);
    });

    it('refuses root credentials, as AWS does', async () => {
      const err = await sts(sandbox.credentials).send(new AssumeRoleCommand({ RoleArn: `arn:aws:iam::${acct}:role/Auditor`, RoleSessionName: 'root' })).catch((e) => e);
      expect(err.name).toBe('AccessDenied');
      expect(err.message).toBe('Roles may not be assumed by root accounts.');
    });

    it('refuses a duration above the role maximum and a reused TOTP code', async () => {
      const RoleArn = `arn:aws:iam::${acct}:role/Auditor`;
      const code = totp.generate({ timestamp: Date.now() + 30_000 });
      const long = await sts(alice).send(new AssumeRoleCommand({ RoleArn, RoleSessionName: 'x1', DurationSeconds: 7201, SerialNumber: serial, TokenCode: code })).catch((e) => e);
      expect(long.name).toBe('ValidationError');
      expect(long.message).toBe('The requested DurationSeconds exceeds the MaxSessionDuration set for this role.');
      await sts(alice).send(new AssumeRoleCommand({ RoleArn, RoleSessionName: 'x2', SerialNumber: serial, TokenCode: code }));
      const replay = await sts(alice).send(new AssumeRoleCommand({ RoleArn, RoleSessionName: 'x3', SerialNumber: serial, TokenCode: code })).catch((e) => e);
      expect(replay.message).toBe('MultiFactorAuthentication failed with invalid MFA one time pass code.');
    });

    it('answers ExpiredToken once a session has expired on the sandbox clock', async () => {
      const session = (await sts(alice).send(new GetSessionTokenCommand({ DurationSeconds: 900 }))).Credentials!;
      sandbox.faults.configure({ clockOffsetSeconds: 901 });
      try {
        const err = await sts(asCreds(session)).send(new GetCallerIdentityCommand({})).catch((e) => e);
        expect(err.name).toBe('ExpiredToken');
      } finally {
        sandbox.faults.clear();
      }
    });
  });

  describe('AssumeRoleWithSAML', () => {
    const idp = createTestIdp({ entityId: 'https://idp.example.test/portcullis' });
    let providerArn: string;
    let roleArn: string;
    beforeAll(async () => {
      providerArn = (await admin.send(new CreateSAMLProviderCommand({ Name: 'ExampleIdP', SAMLMetadataDocument: idp.metadataXml() }))).SAMLProviderArn!;
      const trust = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: providerArn }, Action: 'sts:AssumeRoleWithSAML', Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } } }] };
      roleArn = (await admin.send(new CreateRoleCommand({ RoleName: 'SamlReaders', AssumeRolePolicyDocument: JSON.stringify(trust) }))).Role!.Arn!;
      await admin.send(new PutRolePolicyCommand({ RoleName: 'SamlReaders', PolicyName: 'read', PolicyDocument: READ_IAM }));
    });

    it('issues credentials for a valid response, unsigned, with the SAML outputs STS returns', async () => {
      const SAMLAssertion = idp.samlResponse({ roles: [[roleArn, providerArn]], sessionName: 'alice@example.test', nameId: 'alice' });
      const out = await sts().send(new AssumeRoleWithSAMLCommand({ RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion }));
      expect(out).toMatchObject({
        Subject: 'alice',
        SubjectType: 'persistent',
        Issuer: 'https://idp.example.test/portcullis',
        Audience: 'https://signin.aws.amazon.com/saml',
        AssumedRoleUser: { Arn: `arn:aws:sts::${acct}:assumed-role/SamlReaders/alice@example.test` },
      });
      expect(out.NameQualifier).toMatch(/^[A-Za-z0-9+/]{27}=$/);
      const creds = asCreds(out.Credentials!);
      await expect(iam(creds).send(new ListUsersCommand({}))).resolves.toBeDefined();
    });

    it('accepts the role pair in either order and SessionDuration shortening the session', async () => {
      const SAMLAssertion = idp.samlResponse({ roles: [`${providerArn},${roleArn}`], sessionDuration: 900 });
      const out = await sts().send(new AssumeRoleWithSAMLCommand({ RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion, DurationSeconds: 3600 }));
      const lifetime = out.Credentials!.Expiration!.getTime() - Date.now();
      expect(lifetime).toBeLessThanOrEqual(900_000);
      expect(lifetime).toBeGreaterThan(800_000);
    });

    it('fails each check with STS codes and messages', async () => {
      const attempt = (SAMLAssertion: string, RoleArn = roleArn, PrincipalArn = providerArn) =>
        sts().send(new AssumeRoleWithSAMLCommand({ RoleArn, PrincipalArn, SAMLAssertion })).catch((e) => `${e.name}: ${e.message}`);
      const pair: [string, string] = [roleArn, providerArn];
      expect(await attempt(createTestIdp({ entityId: idp.entityId }).samlResponse({ roles: [pair] }))).toBe('InvalidIdentityTokenException: Response signature invalid');
      expect(await attempt(idp.samlResponse({ roles: [pair], audience: 'urn:example:app' }))).toBe('InvalidIdentityTokenException: Response does not contain the required audience');
      expect(await attempt(idp.samlResponse({ roles: [pair], issueInstant: new Date(Date.now() - 3600_000) }))).toBe('ExpiredTokenException: Response has expired');
      const other = `arn:aws:iam::${acct}:role/Nope`;
      expect(await attempt(idp.samlResponse({ roles: [pair] }), other)).toBe('AccessDenied: Not authorized to perform sts:AssumeRoleWithSAML');
      expect(await attempt(idp.samlResponse({ roles: [pair], recipient: 'https://eu-west-1.signin.aws.amazon.com/saml' }))).toBe('AccessDenied: Not authorized to perform sts:AssumeRoleWithSAML');
      const long = await sts().send(new AssumeRoleWithSAMLCommand({ RoleArn: roleArn, PrincipalArn: providerArn, SAMLAssertion: idp.samlResponse({ roles: [pair] }), DurationSeconds: 7200 })).catch((e) => e);
      expect(long.name).toBe('ValidationError');
    });

    it('fails once the provider is deleted, while the role keeps trusting its ARN', async () => {
      const idp2 = createTestIdp({ entityId: 'https://idp2.example.test' });
      const arn2 = (await admin.send(new CreateSAMLProviderCommand({ Name: 'Temporary', SAMLMetadataDocument: idp2.metadataXml() }))).SAMLProviderArn!;
      const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: arn2 }, Action: 'sts:AssumeRoleWithSAML' }] });
      const r2 = (await admin.send(new CreateRoleCommand({ RoleName: 'TempRole', AssumeRolePolicyDocument: trust }))).Role!.Arn!;
      await admin.send(new DeleteSAMLProviderCommand({ SAMLProviderArn: arn2 }));
      const err = await sts().send(new AssumeRoleWithSAMLCommand({ RoleArn: r2, PrincipalArn: arn2, SAMLAssertion: idp2.samlResponse({ roles: [[r2, arn2]] }) })).catch((e) => e);
      expect(err.name).toBe('InvalidIdentityTokenException');
      expect(err.message).toBe("Specified provider doesn't exist.");
      const role = await admin.send(new GetRoleCommand({ RoleName: 'TempRole' }));
      expect(decodeURIComponent(role.Role!.AssumeRolePolicyDocument!)).toContain(arn2);
    });
  });
});
