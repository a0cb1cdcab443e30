import { createRng } from '../core/rng';
import type { SandboxState } from '../core/state';
import { seedDemo } from './demo-seed';
import { seedScale } from './scale-seed';

export type SeedName = 'demo' | 'empty' | 'scale';

export const seedNames: readonly SeedName[] = ['demo', 'empty', 'scale'];

/** Fills a new state with the named seed's data; the same seed always yields the same data. */
export function applySeed(state: SandboxState, seed: SeedName, now: Date): void {
  const rng = createRng(seed === 'scale' ? 5000 : 42);
  switch (seed) {
    case 'empty':
      return;
    case 'demo':
      return seedDemo(state, rng, now);
    case 'scale':
      return seedScale(state, rng, now);
  }
}
