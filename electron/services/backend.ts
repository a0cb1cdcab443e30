import { join } from 'node:path';
import type { AppInfo } from '../../shared/model/app-info';
import { EventHub } from './core/event-hub';
import { PortcullisError } from './core/portcullis-error';
import { createLogger } from './core/console-logger';
import { systemClock, type Clock, type Logger } from './core/ports';
import type { SecretStore } from './core/secret-store';
import { JournalService } from './journal/journal-service';
import { PlanRegistry } from './plans/plan-registry';
import { createDispatcher, type Dispatch } from './rpc/dispatcher';
import type { Implementations } from './rpc/implementations';
import type { SandboxStarter } from './connections/sandbox-source';
import { createConnectionsArea } from './connections/connections-area';
import { createIdentityCenterHandlers } from './identity-center/identity-center-handlers';
import { createMfaHandlers } from './iam/mfa-handlers';
import { createGroupHandlers } from './iam/group-handlers';
import { createSamlHandlers } from './saml/saml-handlers';
import { createRoleHandlers } from './iam/role-handlers';

/** What a host (Electron main or the web host) provides to start the backend. */
export interface BackendOptions {
  readonly host: 'desktop' | 'browser';
  readonly version: string;
  /** Where the journal, the sandbox account and settings live; null keeps everything in memory. */
  readonly dataDir: string | null;
  readonly secretStore: SecretStore;
  readonly clock?: Clock;
  readonly logger?: Logger;
  readonly sandboxSeed?: 'demo' | 'empty' | 'scale';
  /** Starts the sandbox account some other way (tests share one with their own SDK clients). */
  readonly startSandbox?: SandboxStarter;
}

/** The running backend: one dispatcher for every contract method, and the event stream. */
export interface Backend {
  readonly dispatch: Dispatch;
  readonly events: EventHub;
  close(): Promise<void>;
}

/** Wires every service with its ports; both hosts call this and nothing else. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const clock = options.clock ?? systemClock;
  const logger = options.logger ?? createLogger();
  const events = new EventHub();
  const journal = new JournalService(options.dataDir ? join(options.dataDir, 'journal.jsonl') : null, clock, events);
  const plans = new PlanRegistry(events, journal);
  const connectionsArea = createConnectionsArea({ ...options, events, logger, clock });
  const connections = connectionsArea.service;
  // Run before the connection closes, while AWS can still be reached (e.g. deleting unused MFA devices).
  const closeTasks: Array<() => Promise<void>> = [];

  // Read live: the user may accept weak storage while the app runs.
  const appInfo = (): AppInfo => ({
    name: 'Portcullis',
    version: options.version,
    host: options.host,
    platform: process.platform,
    dataDir: options.dataDir ?? '(memory only)',
    secretStorage: options.secretStore.kind,
    secretStorageNeedsOptIn: options.secretStore.needsBasicTextOptIn ?? false,
  });

  const implementations: Implementations = {
    'app.info': () => appInfo(),
    'app.setWeakSecretStorage': async ({ allow }) => {
      if (!options.secretStore.setBasicTextOptIn) {
        throw new PortcullisError('UNSUPPORTED', 'This host keeps keys in memory only; there is no storage to opt in to.');
      }
      await options.secretStore.setBasicTextOptIn(allow);
      return appInfo();
    },
    ...connectionsArea.handlers,
    'journal.list': (args) => journal.list(args),
    'plans.apply': ({ planId, operationId }) => plans.apply(planId, operationId),
    ...createIdentityCenterHandlers({ connections, plans }),
    ...createMfaHandlers({ connections, events, journal, plans, clock, logger, onClose: (task) => closeTasks.push(task) }),
    ...createGroupHandlers({ connections, plans, mfaSessionActive: () => connections.state().mfaSession?.active ?? false }),
    ...createSamlHandlers({ connections, plans, clock }),
    ...createRoleHandlers({ connections, plans, clock }),
  };

  return {
    dispatch: createDispatcher(implementations, logger),
    events,
    close: async () => {
      await Promise.allSettled(closeTasks.map((task) => task()));
      await connectionsArea.close();
    },
  };
}
