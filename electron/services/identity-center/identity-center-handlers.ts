import type { ConnectionProvider } from '../core/ports';
import type { PlanRegistry } from '../plans/plan-registry';
import type { ImplementationSlice } from '../rpc/implementations';
import { listAssignments } from './assignment-reader';
import { planAssign, planRemoveAssignment } from './assignment-plans';
import type { PollingOptions } from './assignment-requests';
import { listAwsManagedPolicies, listOrganizationAccounts, listPrincipals } from './directory-reader';
import { IdentityCenterRegions } from './identity-center-regions';
import { planCreatePermissionSet, planDeletePermissionSet } from './permission-set-plans';
import { listPermissionSets } from './permission-set-reader';

/** What the Identity Center handlers need. */
export interface IdentityCenterDeps {
  readonly connections: ConnectionProvider;
  readonly plans: PlanRegistry;
  /** Waits between polls of asynchronous assignment requests (injectable for tests). */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Finds Identity Center's home region when it is not the connection's (injectable for tests). */
  readonly regions?: IdentityCenterRegions;
}

type IdentityCenterMethod =
  | 'identityCenter.discover'
  | 'identityCenter.listPermissionSets'
  | 'identityCenter.listAwsManagedPolicies'
  | 'identityCenter.planCreatePermissionSet'
  | 'identityCenter.planDeletePermissionSet'
  | 'identityCenter.listAccounts'
  | 'identityCenter.listPrincipals'
  | 'identityCenter.listAssignments'
  | 'identityCenter.planAssign'
  | 'identityCenter.planRemoveAssignment';

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** The IAM Identity Center methods: instance, permission sets, accounts, principals and assignments. */
export function createIdentityCenterHandlers(deps: IdentityCenterDeps): ImplementationSlice<IdentityCenterMethod> {
  const polling: PollingOptions = { sleep: deps.sleep ?? realSleep };
  const regions = deps.regions ?? new IdentityCenterRegions();
  const current = () => regions.connectionFor(deps.connections.current());
  return {
    'identityCenter.discover': () => regions.discover(deps.connections.current()),
    'identityCenter.listPermissionSets': ({ instanceArn }) => listPermissionSets(current().clients.ssoAdmin, instanceArn),
    'identityCenter.listAwsManagedPolicies': () => listAwsManagedPolicies(current().clients.iam),
    'identityCenter.planCreatePermissionSet': ({ instanceArn, input }) => planCreatePermissionSet(current(), deps.plans, instanceArn, input),
    'identityCenter.planDeletePermissionSet': ({ instanceArn, permissionSetArn }) => planDeletePermissionSet(current(), deps.plans, instanceArn, permissionSetArn),
    'identityCenter.listAccounts': () => listOrganizationAccounts(current().clients.organizations),
    'identityCenter.listPrincipals': ({ identityStoreId, type, exactName }) => listPrincipals(current().clients.identityStore, identityStoreId, type, exactName),
    'identityCenter.listAssignments': (args) => {
      const { clients } = current();
      return listAssignments(clients.ssoAdmin, clients.identityStore, args);
    },
    'identityCenter.planAssign': (args) => planAssign(current(), deps.plans, polling, args),
    'identityCenter.planRemoveAssignment': (args) => planRemoveAssignment(current(), deps.plans, polling, args),
  };
}
