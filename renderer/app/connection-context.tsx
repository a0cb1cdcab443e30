import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ConnectionState } from '../../shared/model/connection';
import { useApi, useEvent } from '../api/api-context';

const ConnectionContext = createContext<ConnectionState>({ status: 'disconnected' });

/** Keeps the active connection's state current for the header and every feature. */
export function ConnectionProvider({ children }: { children: ReactNode }): ReactNode {
  const api = useApi();
  const [state, setState] = useState<ConnectionState>({ status: 'disconnected' });
  useEffect(() => {
    void api.call('connections.state', {}).then((r) => r.ok && setState(r.value));
  }, [api]);
  useEvent('connection.changed', setState);
  return <ConnectionContext.Provider value={state}>{children}</ConnectionContext.Provider>;
}

/** The active connection's state: status, identity (account id, alias, partition), expiry, MFA session. */
export function useConnection(): ConnectionState {
  return useContext(ConnectionContext);
}
