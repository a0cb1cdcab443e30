import { IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { SSOAdminClient } from '@aws-sdk/client-sso-admin';
import type { RunningSandbox } from '../index';

export interface Credentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

/** SDK clients pointed at a running sandbox; `maxAttempts` 1 so errors surface at once. */
export function sandboxClients(sandbox: RunningSandbox, credentials: Credentials = sandbox.credentials, maxAttempts = 1) {
  const config = { endpoint: sandbox.endpoint, region: sandbox.region, credentials, maxAttempts };
  return {
    iam: new IAMClient(config),
    sts: new STSClient(config),
    organizations: new OrganizationsClient(config),
    ssoAdmin: new SSOAdminClient(config),
  };
}

/** Runs a call expected to fail and returns the SDK error. */
export async function failure(call: Promise<unknown>): Promise<Error & { $metadata: { httpStatusCode?: number; attempts?: number } }> {
  try {
    await call;
  } catch (e) {
    return e as Error & { $metadata: { httpStatusCode?: number; attempts?: number } };
  }
  throw new Error('expected the call to fail');
}
