import { ListInstancesCommand, type InstanceMetadata } from '@aws-sdk/client-sso-admin';
import type { InstanceDiscovery } from '../../../shared/model/identity-center';
import { awsErrorCode, translateAwsError } from '../core/aws-error-translation';
import type { ActiveConnection } from '../core/ports';
import { collectTokenPages } from '../core/aws-paging';

/** Finds the Identity Center instance the connection can administer in its region, or explains why there is none. */
export async function discoverInstance(connection: ActiveConnection): Promise<InstanceDiscovery> {
  const { region } = connection;
  const accountId = connection.identity.accountId;
  let instances: InstanceMetadata[];
  try {
    ({ items: instances } = await collectTokenPages(async (NextToken) => {
      const out = await connection.clients.ssoAdmin.send(new ListInstancesCommand({ NextToken, MaxResults: 10 }));
      return { items: out.Instances, nextToken: out.NextToken };
    }));
  } catch (error) {
    if (awsErrorCode(error) === 'AccessDeniedException') {
      return {
        status: 'not-admin-account',
        region,
        accountId,
        explanation: `Account ${accountId} may not list Identity Center instances in ${region} (AWS: ${(error as Error).message}). Identity Center is administered from the organization management account or a delegated administrator account, with sso:ListInstances allowed. Connect with one of those, or ask for that permission.`,
      };
    }
    throw translateAwsError(error, `looking for the Identity Center instance in ${region}`);
  }
  // An organization instance and an account instance can both be visible; the organization one manages accounts.
  const active = instances.filter((i) => !i.Status || i.Status === 'ACTIVE');
  const chosen = active.find((i) => i.OwnerAccountId !== accountId) ?? active[0];
  if (!chosen?.InstanceArn || !chosen.IdentityStoreId) {
    const pending = instances.find((i) => i.Status && i.Status !== 'ACTIVE');
    return {
      status: 'none',
      region,
      accountId,
      explanation: pending
        ? `The Identity Center instance in ${region} is ${pending.Status}${pending.StatusReason ? ` (${pending.StatusReason})` : ''}. Wait until it is ACTIVE.`
        : `There is no Identity Center instance visible to account ${accountId} in ${region}. Identity Center lives in one home region: if it is enabled elsewhere, change the connection's region to it. If this is a member account, connect to the management account or the delegated administrator account instead. An organization instance can only be enabled in the AWS console (IAM Identity Center → Enable).`,
    };
  }
  return {
    status: 'ready',
    instance: {
      instanceArn: chosen.InstanceArn,
      identityStoreId: chosen.IdentityStoreId,
      name: chosen.Name,
      ownerAccountId: chosen.OwnerAccountId,
      status: chosen.Status,
      region,
    },
  };
}
