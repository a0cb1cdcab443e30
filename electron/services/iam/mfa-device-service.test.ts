import { IAMClient, PutGroupPolicyCommand } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index';
import { buildRequireMfaPolicy } from '../../../shared/logic/mfa-policy-require-mfa';
import type { ActiveConnection, ConnectionProvider } from '../core/ports';
import { PlanRegistry } from '../plans/plan-registry';
import { MfaDeviceService } from './mfa-device-service';

let sandbox: RunningSandbox;
let iam: IAMClient;
let devices: MfaDeviceService;

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, statePath: null, seed: 'demo' });
  iam = new IAMClient({ endpoint: sandbox.endpoint, credentials: sandbox.credentials, region: 'us-east-1' });
  const connection = {
    clients: { iam },
    identity: { accountId: sandbox.accountId, accountAlias: null, arn: '', userId: '', partition: 'aws', principalType: 'root' },
    summary: { id: 'sandbox', kind: 'sandbox', label: 'Sandbox', detail: '', region: 'us-east-1', isSandbox: true },
    region: 'us-east-1',
  } as unknown as ActiveConnection;
  const connections: ConnectionProvider = { current: () => connection };
  devices = new MfaDeviceService(connections, new PlanRegistry({ emit: () => undefined }, { append: (e) => ({ ...e, id: '1', at: '' }) }));
});
afterAll(async () => {
  iam.destroy();
  await sandbox.close();
});

describe('MFA devices against the demo account', () => {
  it('pages users matching a search and reads devices for that page only', async () => {
    const first = await devices.listUsers('a', 1, 5);
    expect(first.users).toHaveLength(5);
    expect(first.total).toBeGreaterThan(5);
    const maria = await devices.listUsers('maria.garcia', 1, 5);
    expect(maria.total).toBe(1);
    expect(maria.users[0]!.devices).toHaveLength(1);
    expect(maria.users[0]!.devices[0]!.virtual).toBe(true);
  });

  it('warns before deactivating the last device of a user whose group requires MFA', async () => {
    await iam.send(new PutGroupPolicyCommand({ GroupName: 'OnCall', PolicyName: 'RequireMFA', PolicyDocument: JSON.stringify(buildRequireMfaPolicy('aws', sandbox.accountId)) }));
    const [device] = (await devices.listUsers('emma.brown', 1, 5)).users[0]!.devices;
    const plan = await devices.planDeactivate('emma.brown', device!.serialNumber, true);
    expect(plan.steps.map((s) => s.call)).toEqual(['iam:DeactivateMFADevice', 'iam:DeleteVirtualMFADevice']);
    expect(plan.warnings.join()).toContain('RequireMFA on group OnCall requires MFA: they will be locked out');
  });
});
