import { startSandbox, type RunningSandbox } from '../../index';

/** The running sandbox the security tests use. */
export type SecurityTestSandbox = RunningSandbox;

/** Starts the whole sandbox on a random loopback port with an empty account kept in memory. */
export function startSecurityTestSandbox(): Promise<SecurityTestSandbox> {
  return startSandbox({ port: 0, statePath: null, seed: 'empty' });
}
