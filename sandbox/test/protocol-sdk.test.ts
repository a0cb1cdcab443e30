import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreateAccessKeyCommand, GetAccessKeyLastUsedCommand, CreateUserCommand, DeleteAccessKeyCommand, UpdateAccessKeyCommand, GetUserCommand, ListUsersCommand, PutUserPolicyCommand, paginateListUsers } from '@aws-sdk/client-iam';
import { DescribeOrganizationCommand, InvalidInputException, ListAccountsCommand } from '@aws-sdk/client-organizations';
import { ListInstancesCommand, ValidationException as SSOAdminValidationException } from '@aws-sdk/client-sso-admin';
import { startSandbox, type RunningSandbox } from '../index';
import { failure, sandboxClients } from './sandbox-clients';

let sandbox: RunningSandbox;
beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'demo' });
});
afterAll(() => sandbox.close());

describe('SigV4 verification', () => {
  it('accepts the root credentials the sandbox prints', async () => {
    const { iam } = sandboxClients(sandbox);
    const out = await iam.send(new ListUsersCommand({}));
    expect(out.Users?.length).toBe(40);
  });

  it('refuses a wrong secret with SignatureDoesNotMatch (403)', async () => {
    const { iam, organizations } = sandboxClients(sandbox, { accessKeyId: sandbox.credentials.accessKeyId, secretAccessKey: 'wrong'.padEnd(40, 'x') });
    const e = await failure(iam.send(new ListUsersCommand({})));
    expect(e.name).toBe('SignatureDoesNotMatch');
    expect(e.$metadata.httpStatusCode).toBe(403);
    const j = await failure(organizations.send(new DescribeOrganizationCommand({})));
    expect(j.name).toBe('InvalidSignatureException');
  });

  it('refuses an unknown key with InvalidClientTokenId (403)', async () => {
    const { iam, organizations } = sandboxClients(sandbox, { accessKeyId: 'AKIAUNKNOWNUNKNOWN00', secretAccessKey: 'x'.repeat(40) });
    const e = await failure(iam.send(new ListUsersCommand({})));
    expect(e.name).toBe('InvalidClientTokenId');
    expect(e.message).toBe('The security token included in the request is invalid.');
    expect((await failure(organizations.send(new ListAccountsCommand({})))).name).toBe('UnrecognizedClientException');
  });

  it('refuses a session token the key was not issued with', async () => {
    const { iam } = sandboxClients(sandbox, { ...sandbox.credentials, sessionToken: 'made-up' });
    expect((await failure(iam.send(new ListUsersCommand({})))).name).toBe('InvalidClientTokenId');
  });

  it('refuses a request without Authorization with MissingAuthenticationToken', async () => {
    const res = await fetch(sandbox.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: 'Action=ListUsers&Version=2010-05-08',
    });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('<Code>MissingAuthenticationToken</Code>');
  });

  it('accepts an IAM user access key and rejects it once deleted or inactive', async () => {
    const { iam } = sandboxClients(sandbox);
    await iam.send(new CreateUserCommand({ UserName: 'sig-user' }));
    // On AWS even reading oneself needs a permission.
    await iam.send(new PutUserPolicyCommand({ UserName: 'sig-user', PolicyName: 'self', PolicyDocument: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetUser","Resource":"*"}]}' }));
    const key = (await iam.send(new CreateAccessKeyCommand({ UserName: 'sig-user' }))).AccessKey!;
    const asUser = sandboxClients(sandbox, { accessKeyId: key.AccessKeyId!, secretAccessKey: key.SecretAccessKey! }).iam;
    const me = await asUser.send(new GetUserCommand({}));
    expect(me.User?.UserName).toBe('sig-user');
    const used = (await iam.send(new GetAccessKeyLastUsedCommand({ AccessKeyId: key.AccessKeyId! }))).AccessKeyLastUsed!;
    expect(used).toMatchObject({ ServiceName: 'iam', Region: 'us-east-1' });
    expect(Math.abs(used.LastUsedDate!.getTime() - Date.now())).toBeLessThan(60_000);
    await iam.send(new UpdateAccessKeyCommand({ UserName: 'sig-user', AccessKeyId: key.AccessKeyId!, Status: 'Inactive' }));
    expect((await failure(asUser.send(new GetUserCommand({})))).name).toBe('InvalidClientTokenId');
    await iam.send(new DeleteAccessKeyCommand({ UserName: 'sig-user', AccessKeyId: key.AccessKeyId! }));
    expect((await failure(asUser.send(new GetUserCommand({})))).name).toBe('InvalidClientTokenId');
  });

  it('says a signature from more than 15 minutes ago has expired', async () => {
    sandbox.faults.configure({ clockOffsetSeconds: 3600 });
    try {
      const res = await failure(sandboxClients(sandbox).iam.send(new ListUsersCommand({})));
      expect(res.name).toBe('SignatureDoesNotMatch');
      expect(res.message).toMatch(/^Signature expired: \d{8}T\d{6}Z is now earlier than \d{8}T\d{6}Z \(\d{8}T\d{6}Z - 15 min\.\)$/);
    } finally {
      sandbox.faults.clear();
    }
  });
});

describe('fault injection', () => {
  it('throttles with AWS Throttling, which the SDK retries', async () => {
    sandbox.faults.configure({ operations: { ListUsers: { throttleRate: 1 } } });
    try {
      const e = await failure(sandboxClients(sandbox, sandbox.credentials, 2).iam.send(new ListUsersCommand({})));
      expect(e.name).toBe('Throttling');
      expect(e.message).toBe('Rate exceeded');
      expect(e.$metadata.httpStatusCode).toBe(400);
      expect(e.$metadata.attempts).toBe(2);
      // Other operations are untouched by a per-operation rule.
      await sandboxClients(sandbox).iam.send(new GetUserCommand({ UserName: 'maria.garcia' }));
    } finally {
      sandbox.faults.clear();
    }
  });

  it('throttles JSON services with ThrottlingException and injects 5xx', async () => {
    sandbox.faults.configure({ throttleRate: 1 });
    expect((await failure(sandboxClients(sandbox).organizations.send(new ListAccountsCommand({})))).name).toBe('ThrottlingException');
    sandbox.faults.configure({ serverErrorRate: 1 });
    const e = await failure(sandboxClients(sandbox).iam.send(new ListUsersCommand({})));
    expect(e.name).toBe('ServiceUnavailable');
    expect(e.$metadata.httpStatusCode).toBe(503);
    sandbox.faults.clear();
  });

  it('is reproducible for a given seed', async () => {
    const outcomes = async (): Promise<string[]> => {
      sandbox.faults.configure({ throttleRate: 0.5, seed: 7 });
      const out: string[] = [];
      for (let i = 0; i < 8; i++) {
        out.push(await sandboxClients(sandbox).iam.send(new ListUsersCommand({ MaxItems: 1 })).then(() => 'ok', (e: Error) => e.name));
      }
      return out;
    };
    const first = await outcomes();
    expect(first).toContain('ok');
    expect(first).toContain('Throttling');
    expect(await outcomes()).toEqual(first);
    sandbox.faults.clear();
  });

  it('returns short pages that paginators still walk to the end', async () => {
    sandbox.faults.configure({ shortPageRate: 1 });
    try {
      const { iam } = sandboxClients(sandbox);
      const page = await iam.send(new ListUsersCommand({ MaxItems: 10 }));
      expect(page.Users).toHaveLength(5);
      expect(page.IsTruncated).toBe(true);
      const names: string[] = [];
      for await (const p of paginateListUsers({ client: iam, pageSize: 10 }, {})) names.push(...p.Users!.map((u) => u.UserName!));
      expect(names).toHaveLength(new Set(names).size);
      expect(names.length).toBe(Object.keys(sandbox.state().iam.users).length);
    } finally {
      sandbox.faults.clear();
    }
  });

  it('adds latency', async () => {
    sandbox.faults.configure({ latencyMs: 200 });
    const t = Date.now();
    await sandboxClients(sandbox).iam.send(new ListUsersCommand({ MaxItems: 1 }));
    expect(Date.now() - t).toBeGreaterThanOrEqual(190);
    sandbox.faults.clear();
  });
});

describe('JSON protocol', () => {
  it('routes X-Amz-Target and reports Organizations validation errors as its InvalidInputException', async () => {
    const res = await fetch(sandbox.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': 'AWSOrganizationsV20161128.ListAccounts' },
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-amzn-errortype')).toBe('MissingAuthenticationTokenException');
    const e = await failure(sandboxClients(sandbox).organizations.send(new ListAccountsCommand({ MaxResults: 50 })));
    // Organizations models no ValidationException; the SDK's typed error is what callers catch.
    expect(e).toBeInstanceOf(InvalidInputException);
    expect(e.$metadata.httpStatusCode).toBe(400);
    expect(e.message).toBe("1 validation error detected: Value '50' at 'maxResults' failed to satisfy constraint: Member must have value less than or equal to 20");
  });

  it('keeps ValidationException for the JSON services that model it', async () => {
    const e = await failure(sandboxClients(sandbox).ssoAdmin.send(new ListInstancesCommand({ MaxResults: 0 })));
    expect(e).toBeInstanceOf(SSOAdminValidationException);
    expect(e.message).toBe("1 validation error detected: Value '0' at 'maxResults' failed to satisfy constraint: Member must have value greater than or equal to 1");
  });
});

describe('request limits and routing', () => {
  it('refuses bodies over the cap with 413', async () => {
    const res = await fetch(sandbox.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `Action=ListUsers&Version=2010-05-08&Pad=${'x'.repeat(33 * 1024 * 1024)}`,
    });
    expect(res.status).toBe(413);
  });

  it('answers an unknown query action with InvalidAction', async () => {
    const res = await fetch(sandbox.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'Action=LaunchRockets&Version=2010-05-08',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('<Code>InvalidAction</Code><Message>Could not find operation LaunchRockets for version 2010-05-08</Message>');
  });
});
