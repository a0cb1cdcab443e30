import { notifications } from '@mantine/notifications';
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
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
  const previous = useRef<ConnectionState>(state);
  useEvent('connection.changed', (next) => {
    announce(previous.current, next);
    previous.current = next;
    setState(next);
  });
  return <ConnectionContext.Provider value={state}>{children}</ConnectionContext.Provider>;
}

/** Tells the user, wherever they are, when credentials expire or the MFA session ends. */
function announce(before: ConnectionState, after: ConnectionState): void {
  if (after.status === 'expired' && before.status !== 'expired') {
    notifications.show({ color: 'red', title: 'Credentials expired', message: `The credentials of ${after.connection?.label ?? 'this connection'} expired. Reconnect on the Connections page.`, autoClose: false });
  }
  if (before.mfaSession?.active && !after.mfaSession?.active && after.status === 'connected') {
    notifications.show({ color: 'orange', title: 'MFA session ended', message: 'Calls that need MFA will be refused until you start a new MFA session on the Connections page.' });
  }
}

/** The active connection's state: status, identity (account id, alias, partition), expiry, MFA session. */
export function useConnection(): ConnectionState {
  return useContext(ConnectionContext);
}
