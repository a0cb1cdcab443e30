import { AwsError } from '../../core/aws-error';
import type { ServiceOperations } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import { listPage } from '../sso-admin/list-page';
import { organizationsPaging, requireManagementCaller, requireMemberCaller } from './organizations-access';
import { accountShape, organizationalUnitShape, organizationShape, rootArn } from './organizations-shapes';

const DEFAULT_PAGE_SIZE = 20;

function requireParent(state: SandboxState, parentId: string): void {
  const isRoot = state.organizations.organization?.rootId === parentId;
  const isOu = state.organizations.organizationalUnits.some((ou) => ou.id === parentId);
  if (!isRoot && !isOu) throw new AwsError('ParentNotFoundException', "You specified a parent that doesn't exist.");
}

const paging = { defaultMax: DEFAULT_PAGE_SIZE, ...organizationsPaging };

/** Organizations: the organization, its root, organizational units and accounts. */
export const organizationOperations: ServiceOperations = {
  DescribeOrganization(_input, ctx, state) {
    return { Organization: organizationShape(requireMemberCaller(state, ctx)) };
  },

  ListAccounts(input, ctx, state) {
    requireManagementCaller(state, ctx);
    const page = listPage(state.organizations.accounts, (account) => account.id, input.MaxResults, input.NextToken, paging);
    return { Accounts: page.items.map((account) => accountShape(state, account)), NextToken: page.nextToken };
  },

  DescribeAccount(input, ctx, state) {
    requireManagementCaller(state, ctx);
    const account = state.organizations.accounts.find((candidate) => candidate.id === input.AccountId);
    if (!account) throw new AwsError('AccountNotFoundException', "You specified an account that doesn't exist.");
    return { Account: accountShape(state, account) };
  },

  ListRoots(input, ctx, state) {
    const organization = requireManagementCaller(state, ctx);
    const root = {
      Id: organization.rootId,
      Arn: rootArn(organization),
      Name: 'Root',
      PolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }],
    };
    const page = listPage([root], (r) => r.Id, input.MaxResults, input.NextToken, paging);
    return { Roots: page.items, NextToken: page.nextToken };
  },

  ListOrganizationalUnitsForParent(input, ctx, state) {
    requireManagementCaller(state, ctx);
    requireParent(state, input.ParentId);
    const units = state.organizations.organizationalUnits.filter((ou) => ou.parentId === input.ParentId);
    const page = listPage(units, (ou) => ou.id, input.MaxResults, input.NextToken, paging);
    return { OrganizationalUnits: page.items.map((ou) => organizationalUnitShape(state, ou)), NextToken: page.nextToken };
  },

  ListAccountsForParent(input, ctx, state) {
    requireManagementCaller(state, ctx);
    requireParent(state, input.ParentId);
    const accounts = state.organizations.accounts.filter((account) => account.parentId === input.ParentId);
    const page = listPage(accounts, (account) => account.id, input.MaxResults, input.NextToken, paging);
    return { Accounts: page.items.map((account) => accountShape(state, account)), NextToken: page.nextToken };
  },

  DescribeOrganizationalUnit(input, ctx, state) {
    requireManagementCaller(state, ctx);
    const ou = state.organizations.organizationalUnits.find((candidate) => candidate.id === input.OrganizationalUnitId);
    if (!ou) {
      throw new AwsError('OrganizationalUnitNotFoundException', "You specified an organizational unit that doesn't exist.");
    }
    return { OrganizationalUnit: organizationalUnitShape(state, ou) };
  },

  ListParents(input, ctx, state) {
    requireManagementCaller(state, ctx);
    const child =
      state.organizations.accounts.find((account) => account.id === input.ChildId) ??
      state.organizations.organizationalUnits.find((ou) => ou.id === input.ChildId);
    if (!child) throw new AwsError('ChildNotFoundException', "You specified a child that doesn't exist.");
    const parent = { Id: child.parentId, Type: child.parentId.startsWith('ou-') ? 'ORGANIZATIONAL_UNIT' : 'ROOT' };
    const page = listPage([parent], (p) => p.Id, input.MaxResults, input.NextToken, paging);
    return { Parents: page.items, NextToken: page.nextToken };
  },

  ListChildren(input, ctx, state) {
    requireManagementCaller(state, ctx);
    requireParent(state, input.ParentId);
    const orgs = state.organizations;
    const children =
      input.ChildType === 'ACCOUNT'
        ? orgs.accounts.filter((account) => account.parentId === input.ParentId).map((account) => ({ Id: account.id, Type: 'ACCOUNT' }))
        : orgs.organizationalUnits
            .filter((ou) => ou.parentId === input.ParentId)
            .map((ou) => ({ Id: ou.id, Type: 'ORGANIZATIONAL_UNIT' }));
    const page = listPage(children, (child) => child.Id, input.MaxResults, input.NextToken, paging);
    return { Children: page.items, NextToken: page.nextToken };
  },

  ListTagsForResource(input, ctx, state) {
    const organization = requireManagementCaller(state, ctx);
    const orgs = state.organizations;
    const id: string = input.ResourceId;
    const known =
      id === organization.rootId || orgs.accounts.some((a) => a.id === id) || orgs.organizationalUnits.some((ou) => ou.id === id);
    if (!known) throw new AwsError('TargetNotFoundException', "You specified a target that doesn't exist.");
    // Slices persisted before tags existed have no tags map.
    const page = listPage(orgs.tags?.[id] ?? [], (tag) => tag.Key, undefined, input.NextToken, paging);
    return { Tags: page.items, NextToken: page.nextToken };
  },
};
