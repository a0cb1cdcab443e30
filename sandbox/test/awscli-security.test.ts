import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TOTP } from 'otpauth';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestIdp } from '../saml/test-idp';
import { describeAwsCli, okJson, startAwsCliSandbox, type AwsCliSandbox } from './awscli-harness';

type Keys = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

// Each CLI call starts a Python process, so these tests take seconds each.
describeAwsCli('AWS CLI against the sandbox: security services', { timeout: 240_000 }, () => {
  let cli: AwsCliSandbox;
  let dir: string;
  const sandbox = () => cli.sandbox;

  /** Runs the CLI (as root unless other keys are given) and returns its parsed JSON. */
  const aws = async (args: string[], keys?: Keys): Promise<any> => okJson(await cli.run(args, keys ? { credentials: keys } : {}));
  /** Runs a call expected to fail and returns "(Code) message" as the CLI reported it. */
  const awsError = async (args: string[], keys?: Keys): Promise<string> => {
    const result = await cli.run(args, keys ? { credentials: keys } : {});
    return result.ok ? 'no error' : `(${result.errorCode}) ${result.message}`;
  };

  beforeAll(async () => {
    cli = await startAwsCliSandbox({ seed: 'empty' });
    dir = mkdtempSync(join(tmpdir(), 'portcullis-awscli-security-'));
  });
  afterAll(() => cli?.close());

  it('manages SAML providers', async () => {
    const idp = createTestIdp({ entityId: 'https://idp.cli.test/<&>' });
    const metadata = join(dir, 'metadata.xml');
    writeFileSync(metadata, idp.metadataXml());
    const { SAMLProviderArn } = await aws(['iam', 'create-saml-provider', '--name', 'CliIdp', '--saml-metadata-document', `file://${metadata}`, '--tags', 'Key=env,Value=test']);
    expect(SAMLProviderArn).toBe(`arn:aws:iam::${sandbox().accountId}:saml-provider/CliIdp`);
    const got = await aws(['iam', 'get-saml-provider', '--saml-provider-arn', SAMLProviderArn]);
    expect(got.SAMLMetadataDocument).toBe(idp.metadataXml());
    expect(got.ValidUntil).toMatch(/^\d{4}-/);
    expect((await aws(['iam', 'list-saml-providers'])).SAMLProviderList[0].Arn).toBe(SAMLProviderArn);
    await aws(['iam', 'update-saml-provider', '--saml-provider-arn', SAMLProviderArn, '--saml-metadata-document', `file://${metadata}`]);
    await aws(['iam', 'tag-saml-provider', '--saml-provider-arn', SAMLProviderArn, '--tags', 'Key=owner,Value=secops']);
    await aws(['iam', 'untag-saml-provider', '--saml-provider-arn', SAMLProviderArn, '--tag-keys', 'env']);
    expect((await aws(['iam', 'list-saml-provider-tags', '--saml-provider-arn', SAMLProviderArn])).Tags).toEqual([{ Key: 'owner', Value: 'secops' }]);
    const bad = join(dir, 'sp.xml');
    writeFileSync(bad, idp.metadataXml().replace(/IDPSSODescriptor/g, 'SPSSODescriptor'));
    expect(await awsError(['iam', 'create-saml-provider', '--name', 'Sp', '--saml-metadata-document', `file://${bad}`])).toBe('(InvalidInput) Could not parse metadata');
    await aws(['iam', 'delete-saml-provider', '--saml-provider-arn', SAMLProviderArn]);
  });

  it('enrolls a virtual MFA device and uses it for GetSessionToken', async () => {
    await aws(['iam', 'create-user', '--user-name', 'cli-user']);
    const key = (await aws(['iam', 'create-access-key', '--user-name', 'cli-user'])).AccessKey;
    const userKeys = { accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey };
    const seedFile = join(dir, 'seed.txt');
    const created = await aws(['iam', 'create-virtual-mfa-device', '--virtual-mfa-device-name', 'cli-user', '--outfile', seedFile, '--bootstrap-method', 'Base32StringSeed']);
    const serial = created.VirtualMFADevice.SerialNumber;
    const seed = readFileSync(seedFile, 'utf8').trim();
    expect(seed).toMatch(/^[A-Z2-7]{64}$/);
    const qrFile = join(dir, 'qr.png');
    await aws(['iam', 'create-virtual-mfa-device', '--virtual-mfa-device-name', 'spare', '--outfile', qrFile, '--bootstrap-method', 'QRCodePNG']);
    expect(readFileSync(qrFile).subarray(1, 4).toString('ascii')).toBe('PNG');

    const totp = new TOTP({ secret: seed, algorithm: 'SHA1', digits: 6, period: 30 });
    expect(await awsError(['iam', 'enable-mfa-device', '--user-name', 'cli-user', '--serial-number', serial, '--authentication-code1', '111111', '--authentication-code2', '222222'])).toBe('(InvalidAuthenticationCode) Authentication code for device is not valid.');
    const now = Date.now();
    await aws(['iam', 'enable-mfa-device', '--user-name', 'cli-user', '--serial-number', serial, '--authentication-code1', totp.generate({ timestamp: now }), '--authentication-code2', totp.generate({ timestamp: now + 30_000 })]);
    expect((await aws(['iam', 'list-mfa-devices', '--user-name', 'cli-user'])).MFADevices[0].SerialNumber).toBe(serial);
    const assigned = await aws(['iam', 'list-virtual-mfa-devices', '--assignment-status', 'Assigned']);
    expect(assigned.VirtualMFADevices.map((d: any) => d.User.UserName)).toEqual(['cli-user']);
    await aws(['iam', 'tag-mfa-device', '--serial-number', serial, '--tags', 'Key=k,Value=v']);
    await aws(['iam', 'untag-mfa-device', '--serial-number', serial, '--tag-keys', 'none']);
    expect((await aws(['iam', 'list-mfa-device-tags', '--serial-number', serial])).Tags).toEqual([{ Key: 'k', Value: 'v' }]);

    // Enrollment spent the codes for the first two steps, so the device's next one is used.
    const session = (await aws(['sts', 'get-session-token', '--serial-number', serial, '--token-code', totp.generate({ timestamp: now + 60_000 })], userKeys)).Credentials;
    expect(session.AccessKeyId).toMatch(/^ASIA/);
    const sessionKeys = { accessKeyId: session.AccessKeyId, secretAccessKey: session.SecretAccessKey, sessionToken: session.SessionToken };
    expect((await aws(['sts', 'get-caller-identity'], sessionKeys)).Arn).toBe(`arn:aws:iam::${sandbox().accountId}:user/cli-user`);
    expect(await awsError(['sts', 'get-session-token'], sessionKeys)).toBe('(AccessDenied) Cannot call GetSessionToken with session credentials');
    await aws(['iam', 'resync-mfa-device', '--user-name', 'cli-user', '--serial-number', serial, '--authentication-code1', totp.generate({ timestamp: now + 90_000 }), '--authentication-code2', totp.generate({ timestamp: now + 120_000 })]);

    expect(await awsError(['iam', 'delete-virtual-mfa-device', '--serial-number', serial])).toContain('(DeleteConflict)');
    await aws(['iam', 'deactivate-mfa-device', '--user-name', 'cli-user', '--serial-number', serial]);
    await aws(['iam', 'delete-virtual-mfa-device', '--serial-number', serial]);
  });

  it('assumes roles with AssumeRole and AssumeRoleWithSAML', async () => {
    const idp = createTestIdp({ entityId: 'https://idp.cli.test/saml' });
    const metadata = join(dir, 'idp2.xml');
    writeFileSync(metadata, idp.metadataXml());
    const { SAMLProviderArn } = await aws(['iam', 'create-saml-provider', '--name', 'CliSaml', '--saml-metadata-document', `file://${metadata}`]);
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [
      { Effect: 'Allow', Principal: { Federated: SAMLProviderArn }, Action: 'sts:AssumeRoleWithSAML', Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } } },
      { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${sandbox().accountId}:user/cli-assumer` }, Action: 'sts:AssumeRole' },
    ] });
    const role = (await aws(['iam', 'create-role', '--role-name', 'CliRole', '--assume-role-policy-document', trust])).Role;
    expect(await awsError(['sts', 'assume-role', '--role-arn', role.Arn, '--role-session-name', 'cli'])).toBe('(AccessDenied) Roles may not be assumed by root accounts.');
    await aws(['iam', 'create-user', '--user-name', 'cli-assumer']);
    const key = (await aws(['iam', 'create-access-key', '--user-name', 'cli-assumer'])).AccessKey;
    // The trust policy names the user itself, so no identity policy is needed.
    const assumed = await aws(['sts', 'assume-role', '--role-arn', role.Arn, '--role-session-name', 'cli'], { accessKeyId: key.AccessKeyId, secretAccessKey: key.SecretAccessKey });
    expect(assumed.AssumedRoleUser.Arn).toBe(`arn:aws:sts::${sandbox().accountId}:assumed-role/CliRole/cli`);
    const saml = await aws(['sts', 'assume-role-with-saml', '--role-arn', role.Arn, '--principal-arn', SAMLProviderArn, '--saml-assertion', idp.samlResponse({ roles: [[role.Arn, SAMLProviderArn]], sessionName: 'cli-saml' })]);
    expect(saml).toMatchObject({ SubjectType: 'persistent', Audience: 'https://signin.aws.amazon.com/saml', AssumedRoleUser: { Arn: `arn:aws:sts::${sandbox().accountId}:assumed-role/CliRole/cli-saml` } });
    const wrong = createTestIdp({ entityId: idp.entityId }).samlResponse({ roles: [[role.Arn, SAMLProviderArn]] });
    expect(await awsError(['sts', 'assume-role-with-saml', '--role-arn', role.Arn, '--principal-arn', SAMLProviderArn, '--saml-assertion', wrong])).toBe('(InvalidIdentityToken) Response signature invalid');
  });

  it('reports, summarizes and simulates', async () => {
    expect(await awsError(['iam', 'get-credential-report'])).toContain('(ReportNotPresent)');
    expect((await aws(['iam', 'generate-credential-report'])).State).toBe('STARTED');
    let report: any;
    for (let i = 0; i < 30 && !report; i++) {
      report = await aws(['iam', 'get-credential-report']).catch(() => undefined);
    }
    expect(report.ReportFormat).toBe('text/csv');
    expect(Buffer.from(report.Content, 'base64').toString('utf8')).toMatch(/^user,arn,user_creation_time,/);
    const { SummaryMap } = await aws(['iam', 'get-account-summary']);
    expect(SummaryMap.AccountMFAEnabled).toBe(0);
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:List*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }] });
    const sim = await aws(['iam', 'simulate-custom-policy', '--policy-input-list', policy, '--action-names', 'iam:ListUsers', 'iam:DeleteUser',
      '--context-entries', 'ContextKeyName=aws:MultiFactorAuthPresent,ContextKeyValues=true,ContextKeyType=boolean']);
    expect(sim.EvaluationResults.map((r: any) => r.EvalDecision)).toEqual(['allowed', 'implicitDeny']);
    const principal = await aws(['iam', 'simulate-principal-policy', '--policy-source-arn', `arn:aws:iam::${sandbox().accountId}:user/cli-user`, '--action-names', 'iam:ListUsers']);
    expect(principal.EvaluationResults[0].EvalDecision).toBe('implicitDeny');
    expect((await aws(['iam', 'get-context-keys-for-custom-policy', '--policy-input-list', policy])).ContextKeyNames).toEqual(['aws:MultiFactorAuthPresent']);
  });
});
