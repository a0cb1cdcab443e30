import type { ArgsIn, MethodName, ResultOf } from '../../shared/contract/contract';
import type { ApiError, Envelope } from '../../shared/contract/errors';
import type { EventName, EventPayload } from '../../shared/contract/events';

/** The renderer's one door to the backend, the same in the desktop window and the browser. */
export interface ApiClient {
  readonly host: 'desktop' | 'browser';
  call<M extends MethodName>(method: M, args: ArgsIn<M>): Promise<Envelope<ResultOf<M>>>;
  /** Listens to a backend event; returns the function that stops listening. */
  on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void): () => void;
}

/** What the desktop preload exposes on `window.portcullis`: one function per contract method. */
export type DesktopBridge = {
  readonly host: 'desktop';
  onEvent(name: string, listener: (payload: unknown) => void): () => void;
} & Record<string, unknown>;

declare global {
  interface Window {
    portcullis?: DesktopBridge;
  }
}

/** Picks the desktop bridge when present, else talks to the web host over HTTP. */
export function createApiClient(): ApiClient {
  const bridge = window.portcullis;
  return bridge ? createDesktopClient(bridge) : createWebClient(readToken());
}

function createDesktopClient(bridge: DesktopBridge): ApiClient {
  return {
    host: 'desktop',
    call: async (method, args) => {
      const fn = bridge[method] as ((a: unknown) => Promise<Envelope<never>>) | undefined;
      if (typeof fn !== 'function') return failure({ code: 'UNKNOWN_METHOD', message: `The desktop bridge has no method ${method}.`, retryable: false });
      return fn(args);
    },
    on: (name, listener) => bridge.onEvent(name, listener as (payload: unknown) => void),
  };
}

function createWebClient(token: string | null): ApiClient {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | undefined;
  const ensureSource = (): void => {
    if (source || !token) return;
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    for (const name of listeners.keys()) attach(name);
  };
  const attached = new Set<string>();
  const attach = (name: string): void => {
    if (!source || attached.has(name)) return;
    attached.add(name);
    source.addEventListener(name, (event) => {
      const payload: unknown = JSON.parse((event as MessageEvent<string>).data);
      for (const listener of listeners.get(name) ?? []) listener(payload);
    });
  };
  return {
    host: 'browser',
    call: async (method, args) => {
      if (!token) return failure(missingToken);
      try {
        const response = await fetch(`/api/rpc/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
          body: JSON.stringify(args ?? {}),
        });
        if (response.status === 401) return failure(missingToken);
        if (!response.ok) return failure({ code: 'INTERNAL', message: `The Portcullis backend answered HTTP ${response.status}.`, retryable: true });
        return (await response.json()) as Envelope<ResultOf<typeof method>>;
      } catch {
        return failure({
          code: 'NETWORK',
          message: 'The Portcullis backend is not answering.',
          remedy: 'Check that `npm start` is still running in its terminal, then reload this page.',
          retryable: true,
        });
      }
    },
    on: (name, listener) => {
      const set = listeners.get(name) ?? new Set();
      set.add(listener as (payload: unknown) => void);
      listeners.set(name, set);
      ensureSource();
      attach(name);
      return () => set.delete(listener as (payload: unknown) => void);
    },
  };
}

const missingToken: ApiError = {
  code: 'UNAUTHORIZED',
  message: 'This page was opened without its access token.',
  remedy: 'Open the full URL that `npm start` printed (it ends with #token=…).',
  retryable: false,
};

function failure(error: ApiError): Envelope<never> {
  return { ok: false, error };
}

/** Takes the per-run token from `#token=…` once, keeps it for reloads, and hides it from the address bar. */
function readToken(): string | null {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    sessionStorage.setItem('portcullis.token', token);
    window.history.replaceState(null, '', `${window.location.pathname}#/`);
    return token;
  }
  return sessionStorage.getItem('portcullis.token');
}
