import { describe, expect, it } from 'vitest';
import type { ActiveConnection } from '../core/ports';
import { fakeClient } from './fake-aws-client.test-helper';
import { planHarness } from './plan-test-setup.test-helper';
import { IdentityCenterRegions, type RegionalClients } from './identity-center-regions';

const instance = { InstanceArn: 'arn:aws:sso:::instance/ssoins-7', IdentityStoreId: 'd-9067000000', Status: 'ACTIVE', OwnerAccountId: '111122223333' };

function realAwsConnection(): ActiveConnection {
  const { connection } = planHarness({ ssoAdmin: fakeClient({ ListInstances: () => ({ Instances: [] }) }).client, identityStore: {} });
  // A real-AWS connection has no custom endpoint; the harness's is a sandbox.
  return { ...connection, summary: { ...connection.summary, endpoint: undefined, isSandbox: false } };
}

function factoryWithHome(home: string, probed: string[]) {
  return (_connection: ActiveConnection, region: string): RegionalClients => {
    probed.push(region);
    const ssoAdmin = fakeClient({ ListInstances: () => ({ Instances: region === home ? [instance] : [] }) }).client;
    ssoAdmin.destroy = () => undefined;
    return { ssoAdmin, identityStore: { destroy: () => undefined, region } as never };
  };
}

describe('IdentityCenterRegions', () => {
  it('finds Identity Center in its home region when the connection is in another one, and uses it from then on', async () => {
    const probed: string[] = [];
    const regions = new IdentityCenterRegions(factoryWithHome('eu-west-1', probed));
    const connection = realAwsConnection();
    const found = await regions.discover(connection);
    expect(found).toMatchObject({ status: 'ready', instance: { region: 'eu-west-1', identityStoreId: 'd-9067000000' } });
    expect(probed).toContain('eu-west-1');
    expect(probed).not.toContain('us-east-1');
    const used = regions.connectionFor(connection);
    expect(used.region).toBe('eu-west-1');
    expect((used.clients.identityStore as unknown as { region: string }).region).toBe('eu-west-1');
  });

  it('says it looked everywhere when no region has an instance', async () => {
    const regions = new IdentityCenterRegions(factoryWithHome('nowhere', []));
    const found = await regions.discover(realAwsConnection());
    expect(found.status).toBe('none');
    expect(found.status !== 'ready' && found.explanation).toMatch(/also looked in the other \d+ regions of the aws partition/);
  });

  it('never probes other regions through a custom endpoint such as the sandbox', async () => {
    const probed: string[] = [];
    const regions = new IdentityCenterRegions(factoryWithHome('eu-west-1', probed));
    const { connection } = planHarness({ ssoAdmin: fakeClient({ ListInstances: () => ({ Instances: [] }) }).client });
    const found = await regions.discover({ ...connection, summary: { ...connection.summary, endpoint: 'http://127.0.0.1:4566' } });
    expect(found.status).toBe('none');
    expect(probed).toEqual([]);
  });
});
