import { createRng, type Rng } from './rng';

/** Fault settings for one operation, or for all of them. Rates are probabilities in [0, 1]. */
export interface FaultRule {
  throttleRate?: number;
  serverErrorRate?: number;
  latencyMs?: number;
  /** Probability that a list operation returns a short page (fewer than MaxItems, more to come). */
  shortPageRate?: number;
}

export interface FaultConfig extends FaultRule {
  /** Seconds added to the sandbox clock (signature checks, timestamps, TOTP). */
  clockOffsetSeconds?: number;
  /** Per-operation overrides keyed by operation name (`CreateRole`) or `service:Operation` (`iam:CreateRole`). */
  operations?: Record<string, FaultRule>;
  /** RNG seed, so a test sees the same faults on every run. */
  seed?: number;
}

export type FaultDecision =
  | { kind: 'none' }
  | { kind: 'throttle' }
  | { kind: 'server-error' };

/** Runtime control of the injected faults; everything is off by default. */
export interface FaultController {
  configure(config: FaultConfig): void;
  current(): Readonly<FaultConfig>;
  clear(): void;
  /** The sandbox's clock: real time plus the configured offset. */
  now(): Date;
  /** Decides the fault for one request and returns the latency to add first. */
  decide(service: string, operation: string): { latencyMs: number; decision: FaultDecision; shortPage: boolean };
}

export function createFaultController(initial: FaultConfig = {}): FaultController {
  let config: FaultConfig = {};
  let rng: Rng = createRng(0);
  const configure = (next: FaultConfig): void => {
    config = { ...next };
    rng = createRng(next.seed ?? 0x5eed);
  };
  configure(initial);
  return {
    configure,
    current: () => config,
    clear: () => configure({}),
    now: () => new Date(Date.now() + (config.clockOffsetSeconds ?? 0) * 1000),
    decide(service, operation) {
      const rule: FaultRule = { ...config, ...(config.operations?.[operation] ?? {}), ...(config.operations?.[`${service}:${operation}`] ?? {}) };
      const latencyMs = rule.latencyMs ?? 0;
      const shortPage = (rule.shortPageRate ?? 0) > 0 && rng.next() < rule.shortPageRate!;
      if ((rule.throttleRate ?? 0) > 0 && rng.next() < rule.throttleRate!) return { latencyMs, decision: { kind: 'throttle' }, shortPage };
      if ((rule.serverErrorRate ?? 0) > 0 && rng.next() < rule.serverErrorRate!) return { latencyMs, decision: { kind: 'server-error' }, shortPage };
      return { latencyMs, decision: { kind: 'none' }, shortPage };
    },
  };
}
