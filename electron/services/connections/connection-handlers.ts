import { PortcullisError } from '../core/portcullis-error';
import type { ImplementationSlice } from '../rpc/implementations';
import type { ConnectionService } from './connection-service';
import type { EndpointOverrides } from './endpoint-overrides';
import type { SavedAccessKeys } from './saved-access-keys';

type ConnectionMethod =
  | 'connections.list'
  | 'connections.select'
  | 'connections.state'
  | 'connections.disconnect'
  | 'connections.saveAccessKeys'
  | 'connections.removeAccessKeys'
  | 'connections.setEndpoint'
  | 'connections.startMfaSession'
  | 'connections.endMfaSession';

/** The contract methods of the Connections area. */
export function createConnectionHandlers(deps: { service: ConnectionService; savedKeys: SavedAccessKeys; endpoints: EndpointOverrides }): ImplementationSlice<ConnectionMethod> {
  const { service, savedKeys, endpoints } = deps;
  return {
    'connections.list': () => service.list(),
    'connections.select': ({ id, mfaCode }) => service.select(id, mfaCode),
    'connections.state': () => service.state(),
    'connections.disconnect': () => service.disconnect(),
    'connections.saveAccessKeys': async (keys) => (await savedKeys.save(keys)).summary,
    'connections.removeAccessKeys': async ({ id }) => {
      if (service.state().connection?.id === id) service.disconnect();
      await endpoints.set(id, null);
      return { removed: await savedKeys.remove(id) };
    },
    'connections.setEndpoint': async ({ id, endpoint }) => {
      const existing = (await service.list()).find((c) => c.id === id);
      if (!existing) throw new PortcullisError('NOT_FOUND', `There is no connection "${id}".`, { remedy: 'Pick one from the list of connections.' });
      if (existing.isSandbox) throw new PortcullisError('VALIDATION', 'The sandbox always uses its own local endpoint.', { field: 'endpoint' });
      await endpoints.set(id, endpoint);
      const updated = (await service.list()).find((c) => c.id === id);
      if (!updated) throw new PortcullisError('NOT_FOUND', `There is no connection "${id}".`);
      return updated;
    },
    'connections.startMfaSession': (request) => service.startMfaSession(request),
    'connections.endMfaSession': () => service.endMfaSession(),
  };
}
