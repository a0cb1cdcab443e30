import { describe, expect, it } from 'vitest';
import { awsError, fakeClient } from './fake-aws-client.test-helper';
import { planHarness } from './plan-test-setup.test-helper';
import { discoverInstance } from './instance-discovery';

function connectionWith(listInstances: (input: any) => unknown) {
  return planHarness({ ssoAdmin: fakeClient({ ListInstances: listInstances }).client }).connection;
}

describe('discoverInstance', () => {
  it('returns the active instance with its identity store and the region', async () => {
    const found = await discoverInstance(connectionWith(() => ({ Instances: [{ InstanceArn: 'arn:aws:sso:::instance/ssoins-1', IdentityStoreId: 'd-1234567890', Status: 'ACTIVE', OwnerAccountId: '111122223333' }] })));
    expect(found).toEqual({ status: 'ready', instance: { instanceArn: 'arn:aws:sso:::instance/ssoins-1', identityStoreId: 'd-1234567890', status: 'ACTIVE', ownerAccountId: '111122223333', name: undefined, region: 'us-east-1' } });
  });

  it('explains that Identity Center lives in one region when there is no instance here', async () => {
    const found = await discoverInstance(connectionWith(() => ({ Instances: [] })));
    expect(found).toMatchObject({ status: 'none', region: 'us-east-1' });
    expect(found.status !== 'ready' && found.explanation).toMatch(/home region.*change the connection's region/);
  });

  it('says to connect to the management or delegated administrator account when access is denied', async () => {
    const found = await discoverInstance(connectionWith(() => {
      throw awsError('AccessDeniedException', 'User is not authorized to perform: sso:ListInstances');
    }));
    expect(found).toMatchObject({ status: 'not-admin-account', accountId: '111122223333' });
    expect(found.status !== 'ready' && found.explanation).toMatch(/management account or a delegated administrator/);
  });
});
