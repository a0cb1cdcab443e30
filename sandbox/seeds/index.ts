import type { SandboxState } from '../core/state';

export type SeedName = 'demo' | 'empty' | 'scale';

/** Fills a new state with the named seed's data; deterministic for a given seed. */
export function applySeed(state: SandboxState, seed: SeedName, now: Date): void {
  void state;
  void now;
  if (seed === 'empty') return;
}
