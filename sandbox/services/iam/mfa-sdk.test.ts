import { CreateUserCommand, CreateVirtualMFADeviceCommand, DeactivateMFADeviceCommand, DeleteVirtualMFADeviceCommand, EnableMFADeviceCommand, IAMClient, ListMFADevicesCommand, ListMFADeviceTagsCommand, ListVirtualMFADevicesCommand, ResyncMFADeviceCommand, TagMFADeviceCommand, UntagMFADeviceCommand, paginateListVirtualMFADevices } from '@aws-sdk/client-iam';
import jsQR from 'jsqr';
import { TOTP } from 'otpauth';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSecurityTestSandbox, type SecurityTestSandbox } from '../sts/security-test-sandbox';

describe('virtual MFA through the sandbox (SDK v3)', () => {
  let sandbox: SecurityTestSandbox;
  let iam: IAMClient;
  beforeAll(async () => {
    sandbox = await startSecurityTestSandbox();
    iam = new IAMClient({ endpoint: sandbox.endpoint, region: sandbox.region, credentials: sandbox.credentials, maxAttempts: 1 });
    await iam.send(new CreateUserCommand({ UserName: 'frank' }));
  });
  afterAll(() => sandbox.close());

  it('enrolls, resyncs, deactivates and deletes a device with real TOTP codes', async () => {
    const device = (await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'frank', Tags: [{ Key: 'k', Value: 'v' }] }))).VirtualMFADevice!;
    const seed = new TextDecoder().decode(device.Base32StringSeed);
    const png = PNG.sync.read(Buffer.from(device.QRCodePNG!));
    expect(jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data).toContain(`secret=${seed}`);
    const totp = new TOTP({ secret: seed, algorithm: 'SHA1', digits: 6, period: 30 });
    const SerialNumber = device.SerialNumber!;

    const bad = await iam.send(new EnableMFADeviceCommand({ UserName: 'frank', SerialNumber, AuthenticationCode1: '123456', AuthenticationCode2: '654321' })).catch((e) => e);
    expect(bad.name).toBe('InvalidAuthenticationCodeException');
    expect(bad.$metadata.httpStatusCode).toBe(403);
    expect(bad.message).toBe('Authentication code for device is not valid.');

    const now = Date.now();
    await iam.send(new EnableMFADeviceCommand({ UserName: 'frank', SerialNumber, AuthenticationCode1: totp.generate({ timestamp: now }), AuthenticationCode2: totp.generate({ timestamp: now + 30_000 }) }));
    const listed = await iam.send(new ListMFADevicesCommand({ UserName: 'frank' }));
    expect(listed.MFADevices?.[0]?.SerialNumber).toBe(SerialNumber);
    const assigned = await iam.send(new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned' }));
    expect(assigned.VirtualMFADevices?.[0]?.User?.UserName).toBe('frank');
    expect(assigned.VirtualMFADevices?.[0]?.Base32StringSeed).toBeUndefined();

    await iam.send(new ResyncMFADeviceCommand({ UserName: 'frank', SerialNumber, AuthenticationCode1: totp.generate({ timestamp: now + 60_000 }), AuthenticationCode2: totp.generate({ timestamp: now + 90_000 }) }));
    const conflict = await iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber })).catch((e) => e);
    expect(conflict.name).toBe('DeleteConflictException');

    await iam.send(new TagMFADeviceCommand({ SerialNumber, Tags: [{ Key: 'team', Value: 'blue' }] }));
    await iam.send(new UntagMFADeviceCommand({ SerialNumber, TagKeys: ['k'] }));
    expect((await iam.send(new ListMFADeviceTagsCommand({ SerialNumber }))).Tags).toEqual([{ Key: 'team', Value: 'blue' }]);

    await iam.send(new DeactivateMFADeviceCommand({ UserName: 'frank', SerialNumber }));
    await iam.send(new DeleteVirtualMFADeviceCommand({ SerialNumber }));
    expect((await iam.send(new ListVirtualMFADevicesCommand({}))).VirtualMFADevices).toEqual([]);
  });

  it('reports an abandoned enrollment as EntityAlreadyExists and pages the device list', async () => {
    for (let i = 0; i < 5; i++) await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: `pending-${i}` }));
    const dup = await iam.send(new CreateVirtualMFADeviceCommand({ VirtualMFADeviceName: 'pending-0' })).catch((e) => e);
    expect(dup.name).toBe('EntityAlreadyExistsException');
    const serials: string[] = [];
    for await (const page of paginateListVirtualMFADevices({ client: iam, pageSize: 2 }, { AssignmentStatus: 'Unassigned' })) {
      expect(page.VirtualMFADevices!.length).toBeLessThanOrEqual(2);
      serials.push(...page.VirtualMFADevices!.map((d) => d.SerialNumber!));
    }
    expect(serials).toHaveLength(5);
  });
});
