import type { ServiceOperations } from '../../core/operation';
import { listPage } from './list-page';
import { callerAccountId, requireInstance, ssoPaging } from './sso-admin-lookup';
import type { SsoInstanceRecord } from './sso-admin-state';

function instanceSummary(instance: SsoInstanceRecord) {
  return {
    InstanceArn: instance.instanceArn,
    IdentityStoreId: instance.identityStoreId,
    OwnerAccountId: instance.ownerAccountId,
    Name: instance.name,
    CreatedDate: new Date(instance.createdDate),
    Status: instance.status,
  };
}

/** ListInstances and DescribeInstance. */
export const instanceOperations: ServiceOperations = {
  ListInstances(input, ctx, state) {
    const visible = state.ssoAdmin.instances.filter((instance) => instance.ownerAccountId === callerAccountId(ctx));
    const page = listPage(visible, (instance) => instance.instanceArn, input.MaxResults, input.NextToken, {
      defaultMax: 10,
      ...ssoPaging,
    });
    return { Instances: page.items.map(instanceSummary), NextToken: page.nextToken };
  },

  DescribeInstance(input, ctx, state) {
    const instance = requireInstance(state, input.InstanceArn, ctx, 'DescribeInstance');
    return {
      ...instanceSummary(instance),
      EncryptionConfigurationDetails: { KeyType: 'AWS_OWNED_KMS_KEY', EncryptionStatus: 'ENABLED' },
    };
  },
};
