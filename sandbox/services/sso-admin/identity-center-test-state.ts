import type { Principal, RequestContext } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import { emptyIamState } from '../iam/iam-state';
import { emptyIdentityStoreState } from '../identitystore/identitystore-state';
import { emptyOrganizationsState } from '../organizations/organizations-state';
import { seedOrganizationsDemo } from '../organizations/organizations-seed';
import { emptyStsState } from '../sts/sts-state';
import { seedIdentityCenterDemo } from './sso-admin-seed';
import { emptySsoAdminState } from './sso-admin-state';

export const TEST_ACCOUNT_ID = '111122223333';

/** A seeded mulberry32 stream, so test states are the same on every run. */
export function testRng(seed = 42): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A sandbox state with no organization and no Identity Center instance. */
export function emptyTestState(): SandboxState {
  return {
    version: 1,
    account: { accountId: TEST_ACCOUNT_ID, rootAccessKeyId: 'AKIASANDBOXROOT00001', rootSecretAccessKey: 'sandbox-secret', region: 'eu-west-1' },
    iam: emptyIamState(),
    sts: emptyStsState(),
    ssoAdmin: emptySsoAdminState(),
    identityStore: emptyIdentityStoreState(),
    organizations: emptyOrganizationsState(),
  };
}

/** The demo organization and Identity Center, as `--seed demo` builds them. */
export function demoTestState(seed = 42): SandboxState {
  const state = emptyTestState();
  const rng = testRng(seed);
  seedOrganizationsDemo(state, rng);
  seedIdentityCenterDemo(state, rng);
  return state;
}

/** A request made at `now` by the root of `accountId`. */
export function testContext(now: Date, accountId = TEST_ACCOUNT_ID): RequestContext {
  const principal: Principal = {
    kind: 'root',
    arn: `arn:aws:iam::${accountId}:root`,
    accountId,
    userId: accountId,
    accessKeyId: 'AKIASANDBOXROOT00001',
    mfaAuthenticated: false,
    temporary: false,
  };
  return { requestId: 'test-request', now, accountId, region: 'eu-west-1', principal, sourceIp: '127.0.0.1' };
}
