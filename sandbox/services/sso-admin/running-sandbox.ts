import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmptyState } from '../../core/create-state';
import { saveState } from '../../core/persistence';
import { startSandbox, type RunningSandbox } from '../../index';
import { seedOrganizationsDemo } from '../organizations/organizations-seed';
import { testRng } from './identity-center-test-state';
import { seedIdentityCenterDemo } from './sso-admin-seed';

export type { RunningSandbox } from '../../index';

/**
 * Starts the sandbox on a random loopback port from a state file holding the demo
 * organization and Identity Center, so these tests do not depend on which seeds `demo` runs.
 */
export async function startIdentityCenterSandbox(): Promise<RunningSandbox> {
  const state = createEmptyState();
  const rng = testRng(2025);
  seedOrganizationsDemo(state, rng);
  seedIdentityCenterDemo(state, rng);
  const statePath = join(mkdtempSync(join(tmpdir(), 'portcullis-ic-')), 'sandbox.json');
  saveState(statePath, state);
  return startSandbox({ port: 0, statePath });
}
