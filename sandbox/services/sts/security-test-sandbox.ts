import { createEmptyState } from '../../core/create-state';
import { createFaultController, type FaultController } from '../../core/faults';
import { resolveCredentials } from '../../core/resolve-credentials';
import { startServer } from '../../core/server';
import { serviceOperations } from '../../core/service-registry';
import type { SandboxState } from '../../core/state';
import { authorizeRequest } from '../../policy/authorize';
import { accountSummaryOperations } from '../iam/account-summary-operations';
import { credentialReportOperations } from '../iam/credential-report-operations';
import { mfaOperations } from '../iam/mfa-operations';
import { samlProviderOperations } from '../iam/saml-provider-operations';
import { simulateOperations } from '../iam/simulate-operations';
import { stsOperations } from './index';

/** A running sandbox for the security tests: empty account, every security operation and the authorizer on. */
export interface SecurityTestSandbox {
  endpoint: string;
  region: string;
  accountId: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  faults: FaultController;
  state(): SandboxState;
  close(): Promise<void>;
}

/** Starts the server pipeline on a random loopback port with an empty account in memory. */
export async function startSecurityTestSandbox(): Promise<SecurityTestSandbox> {
  const state = createEmptyState();
  const faults = createFaultController();
  const server = await startServer(
    {
      state: () => state,
      operations: {
        ...serviceOperations,
        iam: { ...serviceOperations.iam, ...samlProviderOperations, ...mfaOperations, ...credentialReportOperations, ...accountSummaryOperations, ...simulateOperations },
        sts: { ...serviceOperations.sts, ...stsOperations },
      },
      faults,
      resolveCredentials,
      authorize: authorizeRequest,
      persist: () => undefined,
    },
    '127.0.0.1',
    0,
  );
  return {
    endpoint: `http://127.0.0.1:${server.port}`,
    region: state.account.region,
    accountId: state.account.accountId,
    credentials: { accessKeyId: state.account.rootAccessKeyId, secretAccessKey: state.account.rootSecretAccessKey },
    faults,
    state: () => state,
    close: () => server.close(),
  };
}
