import type { Clock, ConnectionProvider } from '../core/ports';
import type { PlanRegistry } from '../plans/plan-registry';
import type { ImplementationSlice } from '../rpc/implementations';
import { rolesTrusting } from '../iam/role-listing';
import { fetchMetadata, type FetchLike } from './metadata-fetcher';
import { inspectMetadata } from './metadata-inspector';
import { listProviders, readProvider } from './saml-provider-reader';
import { planCreateProvider, planDeleteProvider, planUpdateProvider } from './saml-provider-plans';

type SamlMethod =
  | 'saml.inspectMetadata'
  | 'saml.fetchMetadata'
  | 'saml.listProviders'
  | 'saml.getProvider'
  | 'saml.planCreateProvider'
  | 'saml.planUpdateProvider'
  | 'saml.planDeleteProvider';

/** The contract methods of the Identity providers area. */
export function createSamlHandlers(deps: { connections: ConnectionProvider; plans: PlanRegistry; clock: Clock; fetchImpl?: FetchLike }): ImplementationSlice<SamlMethod> {
  const { connections, plans, clock } = deps;
  return {
    'saml.inspectMetadata': (source) => inspectMetadata(source, clock.now()).inspection,
    'saml.fetchMetadata': ({ url }) => fetchMetadata(url, deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {}),
    'saml.listProviders': () => listProviders(connections.current().clients.iam, clock.now()),
    'saml.getProvider': async ({ arn }) => {
      const { iam } = connections.current().clients;
      const [provider, trustingRoles] = await Promise.all([readProvider(iam, arn, clock.now()), rolesTrusting(iam, arn)]);
      return { ...provider, trustingRoles };
    },
    'saml.planCreateProvider': (args) => planCreateProvider(plans, connections.current(), args, clock.now()),
    'saml.planUpdateProvider': (args) => planUpdateProvider(plans, connections.current(), args, clock.now()),
    'saml.planDeleteProvider': ({ arn }) => planDeleteProvider(plans, connections.current(), arn, clock.now()),
  };
}
