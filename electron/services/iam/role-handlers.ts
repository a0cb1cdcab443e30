import type { Clock, ConnectionProvider } from '../core/ports';
import type { PlanRegistry } from '../plans/plan-registry';
import type { ImplementationSlice } from '../rpc/implementations';
import { listProviderArns } from '../saml/saml-provider-reader';
import { discoverRolePairs, federationOverview } from './federation-overview';
import { PolicyCatalog } from './policy-catalog';
import { planSamlRole } from './saml-role-plans';

type RoleMethod = 'roles.searchPolicies' | 'roles.planSamlRole' | 'roles.listSamlPairs' | 'roles.federationOverview';

/** The contract methods of the Roles area. */
export function createRoleHandlers(deps: { connections: ConnectionProvider; plans: PlanRegistry; clock: Clock }): ImplementationSlice<RoleMethod> {
  const { connections, plans, clock } = deps;
  const catalog = new PolicyCatalog();
  return {
    'roles.searchPolicies': ({ query, scope, limit }) => {
      const c = connections.current();
      return catalog.search(c.clients.iam, `${c.summary.id}:${c.identity.accountId}`, query, scope, limit, clock.now().getTime());
    },
    'roles.planSamlRole': (draft) => planSamlRole(plans, connections.current(), draft),
    'roles.listSamlPairs': async () => {
      const c = connections.current();
      const pairs = await discoverRolePairs(c.clients.iam, await listProviderArns(c.clients.iam));
      return { accountId: c.identity.accountId, accountAlias: c.identity.accountAlias, pairs };
    },
    'roles.federationOverview': () => federationOverview(connections.current().clients.iam, clock.now()),
  };
}
