import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ArgsIn, MethodName, ResultOf } from '../../shared/contract/contract';
import type { ApiError } from '../../shared/contract/errors';
import type { EventName, EventPayload } from '../../shared/contract/events';
import type { ApiClient } from './api-client';

const ApiContext = createContext<ApiClient | null>(null);

/** Makes the API client available to every feature. */
export function ApiProvider({ client, children }: { client: ApiClient; children: ReactNode }): ReactNode {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

/** The API client of the app. */
export function useApi(): ApiClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi must be used inside ApiProvider');
  return client;
}

/** The state of one query: its value, its error, whether it is loading, and how to run it again. */
export interface QueryState<T> {
  readonly data: T | undefined;
  readonly error: ApiError | undefined;
  readonly loading: boolean;
  reload(): void;
}

/** Calls a read method when the component mounts and whenever `key` changes. */
export function useQuery<M extends MethodName>(method: M, args: ArgsIn<M>, key: unknown = ''): QueryState<ResultOf<M>> {
  const api = useApi();
  const [state, setState] = useState<{ data?: ResultOf<M>; error?: ApiError; loading: boolean }>({ loading: true });
  const [nonce, setNonce] = useState(0);
  const argsRef = useRef(args);
  argsRef.current = args;
  const serialKey = JSON.stringify(key);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    void api.call(method, argsRef.current).then((result) => {
      if (!live) return;
      setState(result.ok ? { data: result.value, loading: false } : { error: result.error, loading: false });
    });
    return () => {
      live = false;
    };
  }, [api, method, serialKey, nonce]);
  const reload = useCallback(() => setNonce((n) => n + 1), []);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}

/** Runs `listener` for every backend event of the given name while the component is mounted. */
export function useEvent<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): void {
  const api = useApi();
  const ref = useRef(listener);
  ref.current = listener;
  useEffect(() => api.on(name, (payload) => ref.current(payload)), [api, name]);
}
