import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PortcullisError } from '../core/portcullis-error';
import { systemClock, type Logger } from '../core/ports';
import { MemorySecretStore } from '../core/secret-store';
import { createConnectionCatalog } from './connection-catalog';
import type { ConnectionSource } from './connection-source';
import { startCredentialEndpoint } from './credential-endpoint-fixture';
import { EndpointOverrides } from './endpoint-overrides';
import { SavedAccessKeys } from './saved-access-keys';

const silent: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
const sandbox: ConnectionSource = {
  summary: { id: 'sandbox', kind: 'sandbox', label: 'Sandbox account', detail: 'local', region: 'us-east-1', isSandbox: true },
  open: async () => ({ region: 'us-east-1', credentials: { accessKeyId: 'x', secretAccessKey: 'y' }, renewable: true }),
};

let home: string;
let endpoint: Awaited<ReturnType<typeof startCredentialEndpoint>>;

beforeEach(async () => {
  home = mkdtempSync(join(tmpdir(), 'portcullis-profiles-'));
  // The SDK finds the SSO token cache under HOME, as the AWS CLI does.
  vi.stubEnv('HOME', home);
  endpoint = await startCredentialEndpoint();
});

afterEach(async () => {
  vi.unstubAllEnvs();
  await endpoint.close();
  rmSync(home, { recursive: true, force: true });
});

function writeFiles(config: string, credentials: string): NodeJS.ProcessEnv {
  const configFile = join(home, 'custom-config');
  const credentialsFile = join(home, 'custom-credentials');
  writeFileSync(configFile, config);
  writeFileSync(credentialsFile, credentials);
  return { AWS_CONFIG_FILE: configFile, AWS_SHARED_CREDENTIALS_FILE: credentialsFile, HOME: home };
}

async function catalog(env: NodeJS.ProcessEnv): Promise<ConnectionSource[]> {
  return createConnectionCatalog({
    sandbox,
    savedKeys: new SavedAccessKeys(new MemorySecretStore()),
    endpoints: new EndpointOverrides(null),
    env,
    clock: systemClock,
    logger: silent,
  })();
}

async function source(env: NodeJS.ProcessEnv, id: string): Promise<ConnectionSource> {
  const found = (await catalog(env)).find((s) => s.summary.id === id);
  if (!found) throw new Error(`no source ${id}`);
  return found;
}

function writeSsoToken(id: string, expiresAt: Date): void {
  const dir = join(home, '.aws', 'sso', 'cache');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${createHash('sha1').update(id).digest('hex')}.json`);
  writeFileSync(file, JSON.stringify({ accessToken: 'cached-sso-access-token', expiresAt: expiresAt.toISOString(), region: 'us-east-1', startUrl: 'https://corp.awsapps.com/start' }));
}

const secret = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('profiles from the AWS shared files', () => {
  it('reads the files named by AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE and lists AWS_PROFILE first', async () => {
    const env = writeFiles('[profile ops]\nregion = eu-west-1\n[default]\nregion = us-west-2\n', `[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${secret}\n`);
    const list = (await catalog({ ...env, AWS_PROFILE: 'ops' })).map((s) => s.summary);
    expect(list.map((s) => s.id)).toEqual(['sandbox', 'profile:ops', 'profile:default']);
    expect(list[1]?.label).toBe('Profile ops (AWS_PROFILE)');
    expect(list[2]).toMatchObject({ region: 'us-west-2', profileType: 'static-keys', detail: 'Access keys AKIA…MPLE' });
    expect(JSON.stringify(list)).not.toContain(secret);
  });

  it('opens a static-keys profile with its keys and its endpoint_url', async () => {
    const env = writeFiles('[profile local]\nregion = eu-central-1\nendpoint_url = http://127.0.0.1:4566\n', `[local]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${secret}\n`);
    const opened = await (await source(env, 'profile:local')).open({});
    expect(opened).toMatchObject({ region: 'eu-central-1', endpoint: 'http://127.0.0.1:4566', renewable: true });
    expect(opened.credentials).toMatchObject({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: secret });
  });

  it('assumes a role with mfa_serial by passing the code the user typed to STS', async () => {
    const env = writeFiles(
      `[profile admin]\nregion = us-east-1\nendpoint_url = ${endpoint.url}\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = base\nmfa_serial = arn:aws:iam::111122223333:mfa/alice\n`,
      `[base]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${secret}\n`,
    );
    const admin = await source(env, 'profile:admin');
    expect(admin.summary).toMatchObject({ needsMfaCode: true, profileType: 'assume-role', mfaSerial: 'arn:aws:iam::111122223333:mfa/alice' });

    await expect(admin.open({})).rejects.toMatchObject({ code: 'MFA_REQUIRED', field: 'mfaCode' });
    expect(endpoint.requests).toHaveLength(0);

    const opened = await admin.open({ mfaCode: '123456' });
    const call = endpoint.requests.find((r) => r.form.get('Action') === 'AssumeRole');
    expect(call?.form.get('SerialNumber')).toBe('arn:aws:iam::111122223333:mfa/alice');
    expect(call?.form.get('TokenCode')).toBe('123456');
    expect(call?.form.get('RoleArn')).toBe('arn:aws:iam::123456789012:role/Admin');
    expect(opened.credentials).toMatchObject({ accessKeyId: 'ASIAASSUMEDROLE00001', sessionToken: 'role-token' });
    expect(opened.renewable).toBe(false);
  });

  it('explains a wrong MFA code for a role profile', async () => {
    const env = writeFiles(
      `[profile admin]\nendpoint_url = ${endpoint.url}\nrole_arn = arn:aws:iam::123456789012:role/Admin\nsource_profile = base\nmfa_serial = arn:aws:iam::111122223333:mfa/alice\n`,
      `[base]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = ${secret}\n`,
    );
    const error = await (await source(env, 'profile:admin')).open({ mfaCode: '000000' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PortcullisError);
    expect(error).toMatchObject({ code: 'ACCESS_DENIED' });
    expect((error as Error).message).toContain('invalid MFA one time pass code');
  });

  const ssoConfig = (url: string): string =>
    `[profile dev]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = AdministratorAccess\nregion = us-east-1\nendpoint_url = ${url}\n[sso-session corp]\nsso_region = us-east-1\nsso_start_url = https://corp.awsapps.com/start\n`;

  it('opens an SSO profile with a fresh cached token through the portal', async () => {
    const env = writeFiles(ssoConfig(endpoint.url), '');
    writeSsoToken('corp', new Date(Date.now() + 3600_000));
    // The SDK's SSO client takes its endpoint from the profile's client config.
    const dev = await source(env, 'profile:dev');
    expect(dev.summary).toMatchObject({ profileType: 'sso', detail: 'IAM Identity Center AdministratorAccess in 123456789012 via https://corp.awsapps.com/start' });
    const opened = await dev.open({});
    expect(opened.credentials).toMatchObject({ accessKeyId: 'ASIASSOROLECREDS0001', sessionToken: 'sso-token' });
    const portal = endpoint.requests.find((r) => r.path === '/federation/credentials');
    expect(portal?.headers['x-amz-sso_bearer_token']).toBe('cached-sso-access-token');
  });

  it('says the SSO sign-in expired and shows the exact aws sso login command', async () => {
    const env = writeFiles(ssoConfig(endpoint.url), '');
    writeSsoToken('corp', new Date(Date.now() - 60_000));
    const error = await (await source(env, 'profile:dev')).open({}).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'SSO_LOGIN_REQUIRED', remedy: 'Run `aws sso login --profile dev` in a terminal, then connect again.' });
    expect((error as Error).message).toContain('expired at');
    expect(endpoint.requests).toHaveLength(0);
  });

  it('says there is no SSO sign-in when nothing is cached', async () => {
    const env = writeFiles(ssoConfig(endpoint.url), '');
    await expect((await source(env, 'profile:dev')).open({})).rejects.toMatchObject({
      code: 'SSO_LOGIN_REQUIRED',
      message: 'There is no IAM Identity Center sign-in cached for profile dev.',
    });
  });

  it('runs credential_process and uses what it prints', async () => {
    const script = join(home, 'creds.cjs');
    const expiration = new Date(Date.now() + 3600_000).toISOString();
    writeFileSync(script, `console.log(JSON.stringify({ Version: 1, AccessKeyId: 'ASIAPROCESS000000001', SecretAccessKey: 'process-secret', SessionToken: 'process-token', Expiration: '${expiration}' }))`);
    const env = writeFiles(`[profile tool]\ncredential_process = ${process.execPath} ${script}\n`, '');
    const tool = await source(env, 'profile:tool');
    expect(tool.summary.profileType).toBe('credential-process');
    const opened = await tool.open({});
    expect(opened.credentials).toMatchObject({ accessKeyId: 'ASIAPROCESS000000001', sessionToken: 'process-token' });
    expect(opened.credentials.expiration?.toISOString()).toBe(expiration);
  });

  it('explains a failing credential_process', async () => {
    const script = join(home, 'fails.cjs');
    writeFileSync(script, 'process.stderr.write("token expired, run corp-login"); process.exit(3)');
    const env = writeFiles(`[profile tool]\ncredential_process = ${process.execPath} ${script}\n`, '');
    await expect((await source(env, 'profile:tool')).open({})).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
      remedy: 'Run the command from the profile in a terminal to see why it fails.',
    });
  });
});

describe('environment variables', () => {
  it('appear as a connection only when keys are set, with the key id masked', async () => {
    const env = writeFiles('', '');
    expect((await catalog(env)).map((s) => s.summary.id)).not.toContain('environment');
    const withKeys = { ...env, AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: secret, AWS_REGION: 'eu-west-3', AWS_ENDPOINT_URL: 'http://127.0.0.1:5000' };
    const envSource = await source(withKeys, 'environment');
    expect(envSource.summary).toMatchObject({ kind: 'environment', region: 'eu-west-3', endpoint: 'http://127.0.0.1:5000', detail: 'Access keys AKIA…MPLE from AWS_ACCESS_KEY_ID' });
    expect(JSON.stringify(envSource.summary)).not.toContain(secret);
    expect((await envSource.open({})).credentials).toMatchObject({ accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: secret });
  });
});
