import { IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import { SSOAdminClient } from '@aws-sdk/client-sso-admin';
import { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@aws-sdk/types';
import type { AwsClients } from '../core/ports';

/** Where and as whom the clients of one connection talk to AWS. */
export interface ClientSettings {
  readonly region: string;
  /** A custom endpoint (sandbox, LocalStack, moto); undefined for real AWS. */
  readonly endpoint?: string;
  readonly credentials: AwsCredentialIdentity | AwsCredentialIdentityProvider;
}

/** Creates the one client per service a connection shares across features, with adaptive retry. */
export function createAwsClients(settings: ClientSettings): AwsClients {
  const common = {
    credentials: settings.credentials,
    retryMode: 'adaptive',
    maxAttempts: 5,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
  } as const;
  // IAM and Organizations are global services signed in us-east-1 (aws partition).
  return {
    iam: new IAMClient({ ...common, region: 'us-east-1' }),
    sts: new STSClient({ ...common, region: settings.region }),
    ssoAdmin: new SSOAdminClient({ ...common, region: settings.region }),
    identityStore: new IdentitystoreClient({ ...common, region: settings.region }),
    organizations: new OrganizationsClient({ ...common, region: 'us-east-1' }),
  };
}

/** Releases the sockets of a connection's clients. */
export function destroyAwsClients(clients: AwsClients): void {
  for (const client of Object.values(clients)) client.destroy();
}
