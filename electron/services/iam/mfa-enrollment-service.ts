import { CreateVirtualMFADeviceCommand, DeleteVirtualMFADeviceCommand, EnableMFADeviceCommand, ListVirtualMFADevicesCommand } from '@aws-sdk/client-iam';
import QRCode from 'qrcode';
import type { EnrollmentDone, EnrollmentStart } from '../../../shared/model/mfa-enrollment';
import { maxMfaDevicesPerUser } from '../../../shared/model/mfa-device';
import { awsErrorCode, translateAwsError } from '../core/aws-error-translation';
import { PortcullisError } from '../core/portcullis-error';
import type { Clock, ConnectionProvider, JournalWriter, Logger } from '../core/ports';
import { EnrollmentSessions, type EnrollmentSession } from './mfa-enrollment-sessions';
import { listUserMfaDevices } from './mfa-device-listing';
import { base32Decode, checkConsecutiveCodes } from './mfa-totp';

/** The issuer authenticator apps show, as AWS's own console enrollment does. */
export const mfaIssuer = 'Amazon Web Services';
const enrollmentLifetimeMs = 15 * 60 * 1000;

/** What the enrollment service needs from the backend. */
export interface EnrollmentDeps {
  readonly connections: ConnectionProvider;
  readonly journal: JournalWriter;
  readonly clock: Clock;
  readonly logger: Logger;
}

/**
 * Enrolls virtual MFA devices: creates the device, keeps its seed in memory only while the
 * enrollment runs, checks the two codes, enables the device, and deletes it on any way out
 * other than success so no unassigned device is left behind.
 */
export class MfaEnrollmentService {
  readonly sessions: EnrollmentSessions;

  constructor(private readonly deps: EnrollmentDeps) {
    this.sessions = new EnrollmentSessions(enrollmentLifetimeMs, async (s) => {
      await this.deleteDevice(s, 'expired');
    });
  }

  /** Creates the device and returns its QR code and secret for this enrollment only. */
  async start(userName: string, deviceName: string): Promise<EnrollmentStart> {
    const { clients, identity } = this.deps.connections.current();
    const held = await listUserMfaDevices(clients.iam, userName);
    if (held.length >= maxMfaDevicesPerUser) {
      throw new PortcullisError('LIMIT_EXCEEDED', `${userName} already holds ${held.length} MFA devices, the most IAM allows.`, {
        remedy: 'Deactivate and delete a device the user no longer uses, then enroll the new one.',
        field: 'userName',
      });
    }
    let created;
    try {
      created = await clients.iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: deviceName }));
    } catch (error) {
      throw await this.explainCreateFailure(error, deviceName);
    }
    const device = created.VirtualMFADevice;
    const seedBytes = device?.Base32StringSeed;
    if (!device?.SerialNumber || !seedBytes) throw new PortcullisError('INTERNAL', 'AWS created the device but returned no seed.');
    const accountLabel = identity.accountAlias ?? identity.accountId;
    const session = this.sessions.open(
      { accountId: identity.accountId, userName, deviceName, serialNumber: device.SerialNumber },
      seedBytes,
      this.deps.clock.now(),
    );
    seedBytes.fill(0);
    if (device.QRCodePNG) device.QRCodePNG.fill(0);
    try {
      const secret = session.seed.toString('ascii');
      const label = `${deviceName}@${accountLabel}`;
      const otpauthUri = `otpauth://totp/${encodeURIComponent(`${mfaIssuer}:${label}`)}?secret=${secret}&issuer=${encodeURIComponent(mfaIssuer)}`;
      const qrPngDataUrl = await QRCode.toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 2, width: 264 });
      this.deps.journal.append({
        area: 'mfa',
        action: 'iam:CreateVirtualMFADevice',
        target: device.SerialNumber,
        outcome: 'succeeded',
        summary: `Started enrolling a virtual MFA device for ${userName}`,
        accountId: identity.accountId,
        accountAlias: identity.accountAlias,
      });
      return { enrollmentId: session.id, userName, deviceName, serialNumber: device.SerialNumber, otpauthUri, qrPngDataUrl, secret, label, issuer: mfaIssuer, expiresAt: session.expiresAt.toISOString() };
    } catch (error) {
      await this.abandon(session, 'failed');
      throw error instanceof PortcullisError ? error : new PortcullisError('INTERNAL', `Could not draw the QR code: ${String(error)}`);
    }
  }

  /** Enables the device with two consecutive codes; wrong codes keep the enrollment open for a retry. */
  async complete(enrollmentId: string, code1: string, code2: string): Promise<EnrollmentDone> {
    const session = this.require(enrollmentId);
    const { clients, identity } = this.deps.connections.current();
    const key = base32Decode(session.seed.toString('ascii'));
    const problem = checkConsecutiveCodes(key, code1, code2, this.deps.clock.now().getTime());
    key.fill(0);
    if (problem) throw new PortcullisError('INVALID_MFA_CODE', problem.message, { remedy: problem.remedy, field: problem.field, retryable: true });
    try {
      await clients.iam.send(new EnableMFADeviceCommand({ UserName: session.userName, SerialNumber: session.serialNumber, AuthenticationCode1: code1, AuthenticationCode2: code2 }));
    } catch (error) {
      const translated = translateAwsError(error, `enabling the MFA device of ${session.userName}`);
      if (translated.code === 'INVALID_MFA_CODE') {
        throw new PortcullisError('INVALID_MFA_CODE', `${translated.message} The codes looked right here, so AWS's clock and this computer's may disagree.`, {
          remedy: 'Wait for a fresh code and enter two new consecutive codes right away.',
          field: 'code1',
          retryable: true,
          awsCode: translated.awsCode,
        });
      }
      await this.abandon(session, 'failed');
      throw new PortcullisError(translated.code, `${translated.message} The new device was deleted so it does not block a later enrollment.`, {
        remedy: translated.remedy ?? 'Start the enrollment again.',
        awsCode: translated.awsCode,
      });
    }
    this.sessions.end(session.id);
    this.deps.journal.append({
      area: 'mfa',
      action: 'iam:EnableMFADevice',
      target: session.serialNumber,
      outcome: 'succeeded',
      summary: `Enabled virtual MFA device ${session.deviceName} for ${session.userName}`,
      accountId: identity.accountId,
      accountAlias: identity.accountAlias,
    });
    const devices = await listUserMfaDevices(clients.iam, session.userName);
    const device = devices.find((d) => d.serialNumber === session.serialNumber);
    if (!device) throw new PortcullisError('INTERNAL', 'AWS enabled the device but does not list it yet.', { remedy: 'Reload the user list in a moment.' });
    return { device, devices };
  }

  /** Ends an enrollment without enabling: deletes the device and wipes the seed. */
  async cancel(enrollmentId: string): Promise<{ deviceDeleted: boolean; message: string }> {
    const session = this.sessions.get(enrollmentId);
    if (!session) return { deviceDeleted: false, message: 'This enrollment had already ended.' };
    const deleted = await this.abandon(session, 'cancelled');
    return deleted
      ? { deviceDeleted: true, message: `Enrollment cancelled; the unused device ${session.deviceName} was deleted.` }
      : { deviceDeleted: false, message: `Enrollment cancelled, but the device ${session.deviceName} could not be deleted. Clean it up from the MFA page.` };
  }

  private require(enrollmentId: string): EnrollmentSession {
    const session = this.sessions.get(enrollmentId);
    if (!session) {
      throw new PortcullisError('NOT_FOUND', 'This enrollment has ended (finished, cancelled or left open too long).', {
        remedy: 'Start the enrollment again; the earlier device was deleted.',
      });
    }
    return session;
  }

  private async abandon(session: EnrollmentSession, why: 'cancelled' | 'failed'): Promise<boolean> {
    try {
      return await this.deleteDevice(session, why);
    } finally {
      this.sessions.end(session.id);
    }
  }

  private async deleteDevice(session: EnrollmentSession, why: string): Promise<boolean> {
    try {
      const { clients, identity } = this.deps.connections.current();
      if (identity.accountId !== session.accountId) return false;
      await clients.iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber: session.serialNumber }));
      this.deps.journal.append({
        area: 'mfa',
        action: 'iam:DeleteVirtualMFADevice',
        target: session.serialNumber,
        outcome: 'succeeded',
        summary: `Deleted the unused MFA device of an enrollment that was ${why} for ${session.userName}`,
        accountId: identity.accountId,
        accountAlias: identity.accountAlias,
      });
      return true;
    } catch (error) {
      if (awsErrorCode(error) === 'NoSuchEntity') return true;
      this.deps.logger.warn('could not delete the device of an abandoned MFA enrollment', { serialNumber: session.serialNumber, error: String(error) });
      return false;
    }
  }

  private async explainCreateFailure(error: unknown, deviceName: string): Promise<PortcullisError> {
    const translated = translateAwsError(error, `creating the virtual MFA device ${deviceName}`);
    if (translated.code !== 'ALREADY_EXISTS') return translated;
    const leftover = await this.findUnassigned(deviceName).catch(() => false);
    return new PortcullisError('ALREADY_EXISTS', leftover
      ? `An unassigned device named ${deviceName} is left from an earlier enrollment that never finished.`
      : `A virtual MFA device named ${deviceName} already exists.`, {
      remedy: leftover ? 'Clean up unassigned devices at the top of the MFA page, or choose another device name.' : 'Choose another device name.',
      field: 'deviceName',
      awsCode: translated.awsCode,
    });
  }

  private async findUnassigned(deviceName: string): Promise<boolean> {
    const { clients } = this.deps.connections.current();
    let Marker: string | undefined;
    do {
      const page = await clients.iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Unassigned', Marker }));
      if ((page.VirtualMFADevices ?? []).some((d) => d.SerialNumber?.endsWith(`/${deviceName}`))) return true;
      Marker = page.IsTruncated ? page.Marker : undefined;
    } while (Marker);
    return false;
  }
}
