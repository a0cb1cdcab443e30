import {
  DeactivateMFADeviceCommand,
  DeleteVirtualMFADeviceCommand,
  ListUsersCommand,
  ListVirtualMFADevicesCommand,
  ResyncMFADeviceCommand,
  type User,
} from '@aws-sdk/client-iam';
import type { Plan } from '../../../shared/model/plan';
import type { UserPage } from '../../../shared/model/iam-user';
import { deviceNameOf, type UnassignedMfaDevice } from '../../../shared/model/mfa-device';
import { translateAwsError } from '../core/aws-error-translation';
import type { ActiveConnection, ConnectionProvider, JournalWriter } from '../core/ports';
import type { PlanRegistry, StepExecutor } from '../plans/plan-registry';
import { mfaPoliciesAffectingUser } from './mfa-lockout-check';
import { listUserMfaDevices } from './mfa-device-listing';
import { collectMarkerPages, mapWithLimit } from '../core/aws-paging';

const userListTtlMs = 30_000;

/** Lists users with their devices page by page, cleans up unassigned devices, resyncs and deactivates. */
export class MfaDeviceService {
  private userCache?: { key: string; at: number; users: User[] };

  constructor(
    private readonly connections: ConnectionProvider,
    private readonly plans: PlanRegistry,
    private readonly now: () => number = Date.now,
    private readonly journal?: JournalWriter,
  ) {}

  /** One page of users matching `search`; ListMFADevices runs only for the users on that page. */
  async listUsers(search: string, page: number, pageSize: number): Promise<UserPage> {
    const connection = this.connections.current();
    const needle = search.trim().toLowerCase();
    const all = await this.allUsers(connection);
    const matching = needle ? all.filter((u) => (u.UserName ?? '').toLowerCase().includes(needle)) : all;
    const slice = matching.slice((page - 1) * pageSize, page * pageSize);
    const users = await mapWithLimit(slice, 8, async (u) => ({
      userName: u.UserName ?? '',
      arn: u.Arn ?? '',
      ...(u.CreateDate ? { createDate: u.CreateDate.toISOString() } : {}),
      ...(u.PasswordLastUsed ? { passwordLastUsed: u.PasswordLastUsed.toISOString() } : {}),
      devices: await listUserMfaDevices(connection.clients.iam, u.UserName ?? ''),
    }));
    return { users, total: matching.length, page, pageSize };
  }

  /** Forgets the cached user list so the next page shows changes made elsewhere. */
  invalidate(): void {
    this.userCache = undefined;
  }

  /** Virtual devices no user holds; seeds AWS may return are dropped unread. */
  async listUnassigned(): Promise<UnassignedMfaDevice[]> {
    const { clients } = this.connections.current();
    try {
      const devices = await collectMarkerPages(async (Marker) => {
        const page = await clients.iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Unassigned', Marker }));
        return { items: page.VirtualMFADevices ?? [], isTruncated: page.IsTruncated, marker: page.Marker };
      });
      return devices.map((d) => {
        d.Base32StringSeed?.fill(0);
        d.QRCodePNG?.fill(0);
        return { serialNumber: d.SerialNumber ?? '', name: deviceNameOf(d.SerialNumber ?? '') };
      });
    } catch (error) {
      throw translateAwsError(error, 'listing unassigned virtual MFA devices');
    }
  }

  /** A plan deleting unassigned devices (they block re-enrollment under the same name). */
  planCleanup(serialNumbers: readonly string[]): Plan {
    const connection = this.connections.current();
    const executors = new Map<string, StepExecutor>();
    const steps = serialNumbers.map((serial, i) => {
      const id = `delete-${i + 1}`;
      executors.set(id, {
        run: async () => {
          try {
            await connection.clients.iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serial }));
          } catch (error) {
            throw translateAwsError(error, `deleting the virtual MFA device ${serial}`);
          }
        },
      });
      return { id, call: 'iam:DeleteVirtualMFADevice', target: serial, summary: `Delete the unassigned device ${deviceNameOf(serial)}`, alreadyDone: false };
    });
    return this.plans.register(
      { title: `Delete ${serialNumbers.length} unassigned MFA device(s)`, steps, warnings: ['Only unassigned devices can be deleted; a device someone enabled meanwhile makes its step fail and stay.'] },
      executors,
      this.journalContext(connection),
    );
  }

  /** Resynchronizes a device that drifted, with two consecutive codes. */
  async resync(userName: string, serialNumber: string, code1: string, code2: string): Promise<{ message: string }> {
    const { clients, identity } = this.connections.current();
    try {
      await clients.iam.send(new ResyncMFADeviceCommand({ UserName: userName, SerialNumber: serialNumber, AuthenticationCode1: code1, AuthenticationCode2: code2 }));
    } catch (error) {
      throw translateAwsError(error, `resynchronizing ${deviceNameOf(serialNumber)} of ${userName}`);
    }
    this.journal?.append({ area: 'mfa', action: 'iam:ResyncMFADevice', target: serialNumber, outcome: 'succeeded', summary: `Resynchronized ${deviceNameOf(serialNumber)} of ${userName}`, accountId: identity.accountId, accountAlias: identity.accountAlias });
    return { message: `${deviceNameOf(serialNumber)} of ${userName} is in sync again.` };
  }

  /** A plan deactivating a device (and deleting it when virtual), warning when an MFA policy will lock the user out. */
  async planDeactivate(userName: string, serialNumber: string, deleteDevice: boolean): Promise<Plan> {
    const connection = this.connections.current();
    const iam = connection.clients.iam;
    const devices = await listUserMfaDevices(iam, userName);
    const held = devices.find((d) => d.serialNumber === serialNumber);
    const warnings = await this.lockoutWarnings(connection, userName, devices.length - (held ? 1 : 0));
    const executors = new Map<string, StepExecutor>();
    executors.set('deactivate', {
      run: async () => {
        try {
          await iam.send(new DeactivateMFADeviceCommand({ UserName: userName, SerialNumber: serialNumber }));
        } catch (error) {
          throw translateAwsError(error, `deactivating ${deviceNameOf(serialNumber)} of ${userName}`);
        }
      },
    });
    const steps = [{ id: 'deactivate', call: 'iam:DeactivateMFADevice', target: serialNumber, summary: `Deactivate ${deviceNameOf(serialNumber)} for ${userName}`, alreadyDone: !held }];
    if (deleteDevice && (held?.virtual ?? true)) {
      executors.set('delete', {
        run: async () => {
          try {
            await iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: serialNumber }));
          } catch (error) {
            throw translateAwsError(error, `deleting the virtual MFA device ${deviceNameOf(serialNumber)}`);
          }
        },
      });
      steps.push({ id: 'delete', call: 'iam:DeleteVirtualMFADevice', target: serialNumber, summary: `Delete the virtual device ${deviceNameOf(serialNumber)} (the authenticator entry stops working)`, alreadyDone: false });
    }
    this.invalidate();
    return this.plans.register({ title: `Deactivate the MFA device of ${userName}`, steps, warnings }, executors, this.journalContext(connection));
  }

  private async lockoutWarnings(connection: ActiveConnection, userName: string, devicesLeft: number): Promise<string[]> {
    if (devicesLeft > 0) return [];
    const enforcing = await mfaPoliciesAffectingUser(connection.clients.iam, userName);
    if (!enforcing.length) return [`${userName} will have no MFA device left.`];
    return [
      `${userName} will have no MFA device left while ${enforcing.join(', ')} requires MFA: they will be locked out of everything except enrolling a new device.`,
    ];
  }

  private async allUsers(connection: ActiveConnection): Promise<User[]> {
    const key = `${connection.summary.id}:${connection.identity.accountId}`;
    if (this.userCache && this.userCache.key === key && this.now() - this.userCache.at < userListTtlMs) return this.userCache.users;
    try {
      const users = await collectMarkerPages(async (Marker) => {
        const page = await connection.clients.iam.send(new ListUsersCommand({ Marker, MaxItems: 1000 }));
        return { items: page.Users ?? [], isTruncated: page.IsTruncated, marker: page.Marker };
      });
      users.sort((a, b) => (a.UserName ?? '').localeCompare(b.UserName ?? ''));
      this.userCache = { key, at: this.now(), users };
      return users;
    } catch (error) {
      throw translateAwsError(error, 'listing IAM users');
    }
  }

  private journalContext(connection: ActiveConnection): { area: string; accountId: string; accountAlias: string | null; connectionLabel: string } {
    return { area: 'mfa', accountId: connection.identity.accountId, accountAlias: connection.identity.accountAlias, connectionLabel: connection.summary.label };
  }
}
