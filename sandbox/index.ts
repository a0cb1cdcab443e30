import { createEmptyState } from './core/create-state';
import { createFaultController, type FaultConfig, type FaultController } from './core/faults';
import { loadState, saveState } from './core/persistence';
import { authorizeRequest } from './policy/authorize';
import { resolveCredentials } from './core/resolve-credentials';
import { startServer } from './core/server';
import { serviceOperations } from './core/service-registry';
import type { SandboxState } from './core/state';
import type { Authorizer } from './core/request-pipeline';
import { applySeed, type SeedName } from './seeds';

export type { FaultConfig, FaultController } from './core/faults';
export type { SandboxState } from './core/state';
export type { SeedName } from './seeds';

export interface SandboxOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Loopback only; anything else is refused. */
  host?: string;
  /** Where the state is persisted; null or omitted keeps it in memory. */
  statePath?: string | null;
  /** Seed for a new state (default 'demo'). Ignored when the state file exists, unless reset. */
  seed?: SeedName;
  /** Start from a new seeded state even when the file exists. */
  reset?: boolean;
  faults?: FaultConfig;
}

export interface RunningSandbox {
  endpoint: string;
  region: string;
  accountId: string;
  /** The sandbox's own root credentials (never real AWS keys). */
  credentials: { accessKeyId: string; secretAccessKey: string };
  faults: FaultController;
  /** The live state, for read-only use in tests. */
  state(): SandboxState;
  close(): Promise<void>;
}

const authorize: Authorizer = authorizeRequest;

/** Starts a local AWS account on 127.0.0.1 serving IAM, STS, SSO Admin, Identity Store and Organizations. */
export async function startSandbox(options: SandboxOptions = {}): Promise<RunningSandbox> {
  const statePath = options.statePath ?? null;
  const faults = createFaultController(options.faults);
  let state = !options.reset && statePath ? loadState(statePath) : undefined;
  if (!state) {
    state = createEmptyState();
    applySeed(state, options.seed ?? 'demo', faults.now());
    if (statePath) saveState(statePath, state);
  }
  const live = state;
  const server = await startServer(
    {
      state: () => live,
      operations: serviceOperations,
      faults,
      resolveCredentials,
      authorize,
      persist: (s) => {
        if (statePath) saveState(statePath, s);
      },
    },
    options.host ?? '127.0.0.1',
    options.port ?? 0,
  );
  return {
    endpoint: `http://127.0.0.1:${server.port}`,
    region: live.account.region,
    accountId: live.account.accountId,
    credentials: { accessKeyId: live.account.rootAccessKeyId, secretAccessKey: live.account.rootSecretAccessKey },
    faults,
    state: () => live,
    close: () => server.close(),
  };
}
