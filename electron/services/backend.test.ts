import { afterEach, describe, expect, it } from 'vitest';
import { IAMClient, ListVirtualMFADevicesCommand } from '@aws-sdk/client-iam';
import { startSandbox } from '../../sandbox/index';
import { createBackend } from './backend';
import { MemorySecretStore } from './core/secret-store';

type RunningSandbox = Awaited<ReturnType<typeof startSandbox>>;
const silent = { info() {}, warn() {}, error() {} };
let sandbox: RunningSandbox | undefined;

afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('backend', () => {
  it('deletes the device of an enrollment still open when the app closes', async () => {
    const running = await startSandbox({ port: 0, statePath: null, seed: 'demo' });
    sandbox = running;
    const backend = await createBackend({
      host: 'browser',
      version: 'test',
      dataDir: null,
      secretStore: new MemorySecretStore(),
      logger: silent,
      startSandbox: async () => ({ ...running, close: async () => undefined }),
    });
    expect(await backend.dispatch('connections.select', { id: 'sandbox' }, { host: 'browser' })).toMatchObject({ ok: true, value: { status: 'connected' } });
    const users = await backend.dispatch('mfa.listUsers', { search: '', page: 1, pageSize: 25 }, { host: 'browser' });
    const userName = (users as { ok: true; value: { users: Array<{ userName: string; devices: unknown[] }> } }).value.users.find((u) => u.devices.length === 0)!.userName;
    expect(await backend.dispatch('mfa.startEnrollment', { userName, deviceName: `${userName}-laptop` }, { host: 'browser' })).toMatchObject({ ok: true });

    const iam = new IAMClient({ region: 'us-east-1', endpoint: running.endpoint, credentials: running.credentials });
    const unassigned = async () => (await iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Unassigned' }))).VirtualMFADevices ?? [];
    expect((await unassigned()).map((d) => d.SerialNumber)).toContainEqual(expect.stringContaining(`${userName}-laptop`));

    await backend.close();
    expect(await unassigned()).toEqual([]);
    iam.destroy();
  });
});
