import type { SandboxState } from '../../core/state';
import type { OrganizationAccountRecord, OrganizationRecord, OrganizationalUnitRecord } from './organizations-state';

/** ARN of a root, e.g. arn:aws:organizations::111111111111:root/o-exampleorgid/r-examplerootid. */
export function rootArn(organization: OrganizationRecord): string {
  return `arn:aws:organizations::${organization.masterAccountId}:root/${organization.id}/${organization.rootId}`;
}

/** The ids from the organization down to `parentId`, for the Paths and Path members. */
function parentChain(state: SandboxState, parentId: string): string[] {
  const chain: string[] = [];
  let current: string | undefined = parentId;
  while (current !== undefined && current.startsWith('ou-')) {
    chain.unshift(current);
    current = state.organizations.organizationalUnits.find((ou) => ou.id === current)?.parentId;
  }
  const organization = state.organizations.organization;
  return organization ? [organization.id, organization.rootId, ...chain] : chain;
}

export function accountShape(state: SandboxState, account: OrganizationAccountRecord) {
  return {
    Id: account.id,
    Arn: account.arn,
    Email: account.email,
    Name: account.name,
    Status: account.status,
    State: account.status,
    Paths: [`${[...parentChain(state, account.parentId), account.id].join('/')}/`],
    JoinedMethod: account.joinedMethod,
    JoinedTimestamp: new Date(account.joinedTimestamp),
  };
}

export function organizationalUnitShape(state: SandboxState, ou: OrganizationalUnitRecord) {
  return { Id: ou.id, Arn: ou.arn, Name: ou.name, Path: `${[...parentChain(state, ou.parentId), ou.id].join('/')}/` };
}

export function organizationShape(organization: OrganizationRecord) {
  return {
    Id: organization.id,
    Arn: organization.arn,
    FeatureSet: organization.featureSet,
    MasterAccountArn: `arn:aws:organizations::${organization.masterAccountId}:account/${organization.id}/${organization.masterAccountId}`,
    MasterAccountId: organization.masterAccountId,
    MasterAccountEmail: organization.masterAccountEmail,
    AvailablePolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }],
  };
}
