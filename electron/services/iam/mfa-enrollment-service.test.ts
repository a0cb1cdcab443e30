import { IAMClient, ListVirtualMFADevicesCommand } from '@aws-sdk/client-iam';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from '../../../sandbox/index';
import type { ActiveConnection, ConnectionProvider, JournalWriter } from '../core/ports';
import type { JournalEntry } from '../../../shared/model/journal';
import { PortcullisError } from '../core/portcullis-error';
import { MfaEnrollmentService } from './mfa-enrollment-service';
import { base32Decode, totpCode } from './mfa-totp';
import { totpStep } from '../../../shared/logic/mfa-totp-window';

let sandbox: RunningSandbox;
let iam: IAMClient;
const journal: Omit<JournalEntry, 'id' | 'at'>[] = [];
const logs: string[] = [];

function service(): MfaEnrollmentService {
  const connection = {
    clients: { iam },
    identity: { accountId: sandbox.accountId, accountAlias: 'meridian-labs', arn: `arn:aws:iam::${sandbox.accountId}:root`, userId: sandbox.accountId, partition: 'aws', principalType: 'root' },
    summary: { id: 'sandbox', kind: 'sandbox', label: 'Sandbox', detail: '', region: 'us-east-1', isSandbox: true },
    region: 'us-east-1',
  } as unknown as ActiveConnection;
  const connections: ConnectionProvider = { current: () => connection };
  const writer: JournalWriter = { append: (entry) => (journal.push(entry), { ...entry, id: 'x', at: '' }) as JournalEntry };
  const logger = { info: (m: string, f?: object) => logs.push(m + JSON.stringify(f)), warn: (m: string, f?: object) => logs.push(m + JSON.stringify(f)), error: (m: string, f?: object) => logs.push(m + JSON.stringify(f)) };
  return new MfaEnrollmentService({ connections, journal: writer, clock: { now: () => new Date() }, logger });
}

async function unassigned(): Promise<string[]> {
  const page = await iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Unassigned' }));
  return (page.VirtualMFADevices ?? []).map((d) => d.SerialNumber ?? '');
}

beforeAll(async () => {
  sandbox = await startSandbox({ port: 0, statePath: null, seed: 'demo' });
  iam = new IAMClient({ endpoint: sandbox.endpoint, credentials: sandbox.credentials, region: 'us-east-1' });
});
afterAll(async () => {
  iam.destroy();
  await sandbox.close();
});

describe('virtual MFA enrollment against the sandbox account', () => {
  it('enrolls with two consecutive codes after a wrong one, and wipes the seed', async () => {
    const enrollments = service();
    const started = await enrollments.start('james.smith', 'james-phone');
    expect(started.otpauthUri).toMatch(/^otpauth:\/\/totp\/Amazon%20Web%20Services%3Ajames-phone%40meridian-labs\?secret=[A-Z2-7]+&issuer=Amazon%20Web%20Services$/);
    expect(started.qrPngDataUrl).toMatch(/^data:image\/png;base64,/);
    const key = base32Decode(started.secret);
    const step = totpStep(Date.now());

    const wrong = await enrollments.complete(started.enrollmentId, '000000' === totpCode(key, step) ? '111111' : '000000', totpCode(key, step + 1)).catch((e: unknown) => e);
    expect(wrong).toBeInstanceOf(PortcullisError);
    expect(wrong).toMatchObject({ code: 'INVALID_MFA_CODE', field: 'code1' });

    const session = enrollments.sessions.get(started.enrollmentId)!;
    const done = await enrollments.complete(started.enrollmentId, totpCode(key, step), totpCode(key, step + 1));
    expect(done.device.serialNumber).toBe(`arn:aws:iam::${sandbox.accountId}:mfa/james-phone`);
    expect(done.devices.map((d) => d.name)).toContain('james-phone');
    expect(session.seed.every((b) => b === 0)).toBe(true);
    expect(enrollments.sessions.size).toBe(0);
    expect(JSON.stringify(journal) + logs.join()).not.toContain(started.secret);
  });

  it('says the clocks disagree when AWS refuses codes that match here, and lets the admin retry', async () => {
    const enrollments = service();
    const started = await enrollments.start('olivia.wilson', 'olivia.wilson');
    const key = base32Decode(started.secret);
    const step = totpStep(Date.now());
    sandbox.faults.configure({ clockOffsetSeconds: 600 });
    try {
      await expect(enrollments.complete(started.enrollmentId, totpCode(key, step), totpCode(key, step + 1))).rejects.toMatchObject({
        code: 'INVALID_MFA_CODE',
        message: expect.stringContaining("AWS's clock and this computer's may disagree"),
      });
    } finally {
      sandbox.faults.clear();
    }
    const done = await enrollments.complete(started.enrollmentId, totpCode(key, step), totpCode(key, step + 1));
    expect(done.device.name).toBe('olivia.wilson');
  });

  it('deletes the device when the enrollment is cancelled', async () => {
    const enrollments = service();
    const started = await enrollments.start('noah.johnson', 'noah.johnson');
    expect(await unassigned()).toContain(started.serialNumber);
    await expect(enrollments.cancel(started.enrollmentId)).resolves.toMatchObject({ deviceDeleted: true });
    expect(await unassigned()).not.toContain(started.serialNumber);
    await expect(enrollments.complete(started.enrollmentId, '123456', '654321')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('explains a name blocked by a leftover unassigned device', async () => {
    const first = service();
    await first.start('lucas.martin', 'lucas.martin');
    // A crash: the first service is gone without cancelling.
    await expect(service().start('lucas.martin', 'lucas.martin')).rejects.toMatchObject({ code: 'ALREADY_EXISTS', field: 'deviceName', message: expect.stringContaining('earlier enrollment') });
  });
});
