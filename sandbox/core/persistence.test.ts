import { mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CreateUserCommand, GetUserCommand, ListUsersCommand } from '@aws-sdk/client-iam';
import { startSandbox } from '../index';
import { sandboxClients } from '../test/sandbox-clients';

describe('persisted state', () => {
  it('keeps resources and root credentials across restarts, and starts over with reset', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-state-'));
    const statePath = join(dir, 'state.json');
    const first = await startSandbox({ statePath, seed: 'empty' });
    await sandboxClients(first).iam.send(new CreateUserCommand({ UserName: 'persisted' }));
    await first.close();
    expect(JSON.parse(readFileSync(statePath, 'utf8')).iam.users.persisted.userName).toBe('persisted');
    expect(readdirSync(dir)).toEqual(['state.json']);

    const second = await startSandbox({ statePath, seed: 'demo' });
    expect(second.credentials.accessKeyId).toBe(first.credentials.accessKeyId);
    expect(second.credentials.secretAccessKey).toBe(first.credentials.secretAccessKey);
    expect(second.accountId).toBe(first.accountId);
    expect((await sandboxClients(second).iam.send(new GetUserCommand({ UserName: 'persisted' }))).User?.UserName).toBe('persisted');
    await second.close();

    const reset = await startSandbox({ statePath, seed: 'demo', reset: true });
    expect(reset.credentials.accessKeyId).not.toBe(first.credentials.accessKeyId);
    expect((await sandboxClients(reset).iam.send(new ListUsersCommand({}))).Users?.map((u) => u.UserName)).not.toContain('persisted');
    await reset.close();
  });

  it('reports a corrupt state file with the path and the way out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sandbox-state-'));
    const statePath = join(dir, 'state.json');
    writeFileSync(statePath, '{"version":1,"account":');
    await expect(startSandbox({ statePath })).rejects.toThrow(`The sandbox state file ${statePath} is not valid`);
    await expect(startSandbox({ statePath })).rejects.toThrow('start with --reset');
  });

  it('gives each new state its own root credentials and a 12-digit account', async () => {
    const a = await startSandbox({ seed: 'empty' });
    const b = await startSandbox({ seed: 'empty' });
    expect(a.credentials.accessKeyId).toMatch(/^AKIA[A-Z2-7]{16}$/);
    expect(a.credentials.secretAccessKey).toHaveLength(40);
    expect(a.accountId).toMatch(/^\d{12}$/);
    expect(a.credentials.accessKeyId).not.toBe(b.credentials.accessKeyId);
    expect(a.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await Promise.all([a.close(), b.close()]);
  });

  it('refuses to listen anywhere but loopback', async () => {
    await expect(startSandbox({ host: '0.0.0.0' })).rejects.toThrow('only listens on loopback');
  });
});
