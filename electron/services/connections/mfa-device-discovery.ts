import { ListMFADevicesCommand } from '@aws-sdk/client-iam';
import type { CallerIdentity } from '../../../shared/model/connection';
import type { AwsClients } from '../core/ports';

/**
 * The MFA device the caller signs in with: the IAM user's (or root's) first assigned device.
 * Undefined when there is none or IAM will not say; the user can still type the ARN.
 */
export async function discoverMfaSerial(clients: AwsClients, identity: CallerIdentity): Promise<string | undefined> {
  if (identity.principalType !== 'user' && identity.principalType !== 'root') return undefined;
  try {
    const out = await clients.iam.send(new ListMFADevicesCommand(identity.userName ? { UserName: identity.userName } : {}));
    return out.MFADevices?.[0]?.SerialNumber;
  } catch {
    // The self-manage MFA policy allows this call without MFA, but other policies may not.
    return undefined;
  }
}
