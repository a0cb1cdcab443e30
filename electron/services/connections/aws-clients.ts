import { IAMClient } from '@aws-sdk/client-iam';
import { STSClient } from '@aws-sdk/client-sts';
import { SSOAdminClient } from '@aws-sdk/client-sso-admin';
import { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import type { AwsCredentialIdentity } from '@aws-sdk/types';
import type { AwsClients } from '../core/ports';
import { explainMfaRefusal, type MfaContext } from './mfa-refusal-explanation';

/** Where and as whom the clients of one connection talk to AWS. */
export interface ClientSettings {
  readonly region: string;
  /** A custom endpoint (sandbox, LocalStack, moto); undefined for real AWS. */
  readonly endpoint?: string;
  readonly credentials: AwsCredentialIdentity;
  /** What the MFA explanation needs to know at the moment a call is refused. */
  readonly mfaContext?: () => MfaContext;
}

/** The region global services (IAM, Organizations) are signed in, per partition. */
export function globalSigningRegion(region: string): string {
  if (region.startsWith('cn-')) return 'cn-north-1';
  if (region.startsWith('us-gov-')) return 'us-gov-west-1';
  return 'us-east-1';
}

/** Creates the one client per service a connection shares across features, with adaptive retry. */
export function createAwsClients(settings: ClientSettings): AwsClients {
  const common = {
    credentials: settings.credentials,
    retryMode: 'adaptive',
    maxAttempts: 5,
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
  } as const;
  const global = globalSigningRegion(settings.region);
  const clients: AwsClients = {
    iam: new IAMClient({ ...common, region: global }),
    sts: new STSClient({ ...common, region: settings.region }),
    ssoAdmin: new SSOAdminClient({ ...common, region: settings.region }),
    identityStore: new IdentitystoreClient({ ...common, region: settings.region }),
    organizations: new OrganizationsClient({ ...common, region: global }),
  };
  const context = settings.mfaContext;
  if (context) {
    addMfaExplanation(clients.iam, 'iam', context);
    addMfaExplanation(clients.sts, 'sts', context);
    addMfaExplanation(clients.ssoAdmin, 'sso', context);
    addMfaExplanation(clients.identityStore, 'identitystore', context);
    addMfaExplanation(clients.organizations, 'organizations', context);
  }
  return clients;
}

/** Releases the sockets of a connection's clients. */
export function destroyAwsClients(clients: AwsClients): void {
  for (const client of Object.values(clients)) client.destroy();
}

interface MiddlewareHost {
  middlewareStack: { add(middleware: unknown, options: { step: 'initialize'; name: string }): void };
}

// Added at the outermost step so retries have run and every feature gets the same explanation
// of an MFA refusal without knowing about MFA sessions.
function addMfaExplanation(client: MiddlewareHost, service: string, context: () => MfaContext): void {
  const middleware =
    (next: (args: unknown) => Promise<unknown>, handlerContext: { commandName?: string }) =>
    async (args: unknown): Promise<unknown> => {
      try {
        return await next(args);
      } catch (error) {
        const operation = (handlerContext.commandName ?? 'Unknown').replace(/Command$/, '');
        throw explainMfaRefusal(error, service, operation, context()) ?? error;
      }
    };
  client.middlewareStack.add(middleware, { step: 'initialize', name: 'portcullisMfaExplanation' });
}
