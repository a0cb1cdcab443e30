import { join } from 'node:path';
import type { Clock, EventSink, Logger } from '../core/ports';
import type { SecretStore } from '../core/secret-store';
import { createConnectionCatalog } from './connection-catalog';
import { createConnectionHandlers } from './connection-handlers';
import { ConnectionService } from './connection-service';
import { EndpointOverrides } from './endpoint-overrides';
import { SavedAccessKeys } from './saved-access-keys';
import { createSandboxSource, type SandboxStarter } from './sandbox-source';

/** What the Connections area needs from the backend. */
export interface ConnectionsAreaOptions {
  readonly dataDir: string | null;
  readonly secretStore: SecretStore;
  readonly events: EventSink;
  readonly logger: Logger;
  readonly clock: Clock;
  readonly env?: NodeJS.ProcessEnv;
  readonly sandboxSeed?: 'demo' | 'empty' | 'scale';
  readonly startSandbox?: SandboxStarter;
  /** How often expiry is checked; 0 turns the timer off (tests call checkExpiry themselves). */
  readonly expiryCheckMs?: number;
}

/** Wires the connection service, its sources and its contract handlers. */
export function createConnectionsArea(options: ConnectionsAreaOptions) {
  const sandbox = createSandboxSource({
    statePath: options.dataDir ? join(options.dataDir, 'sandbox-account.json') : null,
    seed: options.sandboxSeed,
    start: options.startSandbox,
  });
  const savedKeys = new SavedAccessKeys(options.secretStore);
  const endpoints = new EndpointOverrides(options.dataDir ? join(options.dataDir, 'connection-endpoints.json') : null);
  const catalog = createConnectionCatalog({ sandbox, savedKeys, endpoints, env: options.env ?? process.env, clock: options.clock, logger: options.logger });
  const service = new ConnectionService(catalog, options.events, options.logger, options.clock);
  const interval = options.expiryCheckMs ?? 5000;
  const timer = interval > 0 ? setInterval(() => void service.checkExpiry(), interval) : undefined;
  timer?.unref();
  return {
    service,
    handlers: createConnectionHandlers({ service, savedKeys, endpoints }),
    close: async (): Promise<void> => {
      if (timer) clearInterval(timer);
      await service.close();
    },
  };
}
