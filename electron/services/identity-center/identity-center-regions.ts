import { ListInstancesCommand, SSOAdminClient } from '@aws-sdk/client-sso-admin';
import { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import type { Partition } from '../../../shared/model/partition';
import type { InstanceDiscovery } from '../../../shared/model/identity-center';
import type { ActiveConnection } from '../core/ports';
import { discoverInstance } from './instance-discovery';

/** Regions where IAM Identity Center can be enabled, per partition (its home region is one of them). */
const identityCenterRegions: Record<Partition, readonly string[]> = {
  aws: [
    'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'ca-west-1', 'sa-east-1', 'mx-central-1',
    'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1', 'eu-central-2', 'eu-north-1', 'eu-south-1', 'eu-south-2',
    'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5',
    'ap-south-1', 'ap-south-2', 'ap-east-1', 'me-south-1', 'me-central-1', 'il-central-1', 'af-south-1',
  ],
  'aws-us-gov': ['us-gov-west-1', 'us-gov-east-1'],
  'aws-cn': ['cn-north-1', 'cn-northwest-1'],
};

/** The Identity Center clients of one region, signed with the connection's credentials. */
export interface RegionalClients {
  readonly ssoAdmin: SSOAdminClient;
  readonly identityStore: IdentitystoreClient;
}

/** Builds clients for another region from the connection's own clients (same credentials). */
export type RegionalClientFactory = (connection: ActiveConnection, region: string) => RegionalClients;

const defaultFactory: RegionalClientFactory = (connection, region) => {
  const credentials = connection.clients.ssoAdmin.config.credentials;
  // Probing many regions must be quick: no retries, and an opt-in region that is off simply fails.
  return {
    ssoAdmin: new SSOAdminClient({ region, credentials, maxAttempts: 1 }),
    identityStore: new IdentitystoreClient({ region, credentials, maxAttempts: 2 }),
  };
};

/**
 * Finds the region Identity Center lives in when it is not the connection's own, by asking
 * ListInstances in each region of the partition, and gives the Identity Center features a
 * connection whose SSO Admin and Identity Store clients point there.
 */
export class IdentityCenterRegions {
  private readonly homes = new Map<string, { region: string; clients: RegionalClients }>();

  constructor(private readonly factory: RegionalClientFactory = defaultFactory) {}

  /** The connection as Identity Center features should use it: clients in the discovered home region. */
  connectionFor(connection: ActiveConnection): ActiveConnection {
    const home = this.homes.get(keyOf(connection));
    if (!home) return connection;
    return { ...connection, region: home.region, clients: { ...connection.clients, ...home.clients } };
  }

  /** Looks in the connection's region first, then (real AWS only) in every other region of the partition. */
  async discover(connection: ActiveConnection): Promise<InstanceDiscovery> {
    const here = await discoverInstance(this.connectionFor(connection));
    if (here.status !== 'none' || connection.summary.endpoint) return here;
    const tried = this.connectionFor(connection).region;
    const candidates = identityCenterRegions[connection.identity.partition].filter((r) => r !== tried);
    const found = await firstRegionWithInstance(candidates, (region) => this.factory(connection, region));
    if (!found) {
      return { ...here, explanation: `${here.explanation} Portcullis also looked in the other ${candidates.length} regions of the ${connection.identity.partition} partition and found none there.` };
    }
    this.homes.set(keyOf(connection), found);
    return discoverInstance(this.connectionFor(connection));
  }
}

async function firstRegionWithInstance(regions: readonly string[], clientsFor: (region: string) => RegionalClients): Promise<{ region: string; clients: RegionalClients } | undefined> {
  const concurrency = 6;
  let next = 0;
  let winner: { region: string; clients: RegionalClients } | undefined;
  const worker = async (): Promise<void> => {
    while (!winner && next < regions.length) {
      const region = regions[next++]!;
      const clients = clientsFor(region);
      try {
        const out = await clients.ssoAdmin.send(new ListInstancesCommand({ MaxResults: 10 }));
        if (!winner && out.Instances?.some((i) => !i.Status || i.Status === 'ACTIVE')) {
          winner = { region, clients };
          continue;
        }
      } catch {
        // Disabled opt-in regions and denied calls just mean "not here".
      }
      clients.ssoAdmin.destroy();
      clients.identityStore.destroy();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return winner;
}

function keyOf(connection: ActiveConnection): string {
  return `${connection.summary.id}|${connection.identity.arn}`;
}
