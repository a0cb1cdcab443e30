import jsQR from 'jsqr';
import { TOTP } from 'otpauth';
import { PNG } from 'pngjs';
import { beforeEach, describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import { addUserFixture, sandboxStateFixture } from '../sts/sandbox-state-fixture';
import { mfaOperations as ops } from './mfa-operations';
import { seedMfaDevice } from './mfa-seed';

const T0 = new Date(Date.UTC(2026, 4, 1, 12, 0, 10));
const ctxAt = (now: Date): RequestContext => ({ requestId: 'r', now, accountId: '111122223333', region: 'us-east-1', principal: null, sourceIp: '127.0.0.1' });
const ctx = ctxAt(T0);
const codesAt = (seed: string, now: Date) => {
  const t = new TOTP({ secret: seed, algorithm: 'SHA1', digits: 6, period: 30 });
  return { AuthenticationCode1: t.generate({ timestamp: now.getTime() }), AuthenticationCode2: t.generate({ timestamp: now.getTime() + 30_000 }) };
};
const error = async (run: () => unknown) => {
  try {
    await run();
  } catch (e) {
    return e as { code: string; status: number; message: string };
  }
  throw new Error('expected an error');
};

describe('virtual MFA operations', () => {
  let state: SandboxState;
  beforeEach(() => {
    state = sandboxStateFixture();
    addUserFixture(state, 'alice');
  });

  async function create(name = 'alice') {
    const out = (await ops.CreateVirtualMFADevice!({ VirtualMFADeviceName: name }, ctx, state)) as any;
    return { serial: out.VirtualMFADevice.SerialNumber as string, seed: (out.VirtualMFADevice.Base32StringSeed as Buffer).toString('ascii'), qr: out.VirtualMFADevice.QRCodePNG as Buffer };
  }

  it('creates a device with a 160-bit+ seed and a QR code that encodes it', async () => {
    state.iam.accountAliases = ['example-corp'];
    const { serial, seed, qr } = await create();
    expect(serial).toBe('arn:aws:iam::111122223333:mfa/alice');
    expect(seed).toMatch(/^[A-Z2-7]{64}$/);
    const png = PNG.sync.read(qr);
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data).toBe(`otpauth://totp/Amazon%20Web%20Services:alice@example-corp?secret=${seed}&issuer=Amazon%20Web%20Services`);
  });

  it('refuses a duplicate name, even unassigned', async () => {
    await create();
    expect((await error(() => create())).code).toBe('EntityAlreadyExists');
  });

  it('enables with two consecutive codes and never returns the seed again', async () => {
    const { serial, seed } = await create();
    await ops.EnableMFADevice!({ UserName: 'alice', SerialNumber: serial, ...codesAt(seed, T0) }, ctx, state);
    const listed = (await ops.ListVirtualMFADevices!({ AssignmentStatus: 'Assigned' }, ctx, state)) as any;
    expect(listed.VirtualMFADevices).toHaveLength(1);
    expect(listed.VirtualMFADevices[0].User.UserName).toBe('alice');
    expect(listed.VirtualMFADevices[0].Base32StringSeed).toBeUndefined();
    const mine = (await ops.ListMFADevices!({ UserName: 'alice' }, ctx, state)) as any;
    expect(mine.MFADevices[0]).toMatchObject({ UserName: 'alice', SerialNumber: serial, EnableDate: T0 });
  });

  it('rejects wrong, swapped and replayed codes with InvalidAuthenticationCode', async () => {
    const { serial, seed } = await create();
    const codes = codesAt(seed, T0);
    const wrong = await error(() => ops.EnableMFADevice!({ UserName: 'alice', SerialNumber: serial, AuthenticationCode1: '000000', AuthenticationCode2: '111111' }, ctx, state));
    expect(wrong).toMatchObject({ code: 'InvalidAuthenticationCode', status: 403, message: 'Authentication code for device is not valid.' });
    const swapped = await error(() => ops.EnableMFADevice!({ UserName: 'alice', SerialNumber: serial, AuthenticationCode1: codes.AuthenticationCode2, AuthenticationCode2: codes.AuthenticationCode1 }, ctx, state));
    expect(swapped.code).toBe('InvalidAuthenticationCode');
    const stale = await error(() => ops.EnableMFADevice!({ UserName: 'alice', SerialNumber: serial, ...codesAt(seed, new Date(T0.getTime() - 600_000)) }, ctx, state));
    expect(stale.code).toBe('InvalidAuthenticationCode');
    await ops.EnableMFADevice!({ UserName: 'alice', SerialNumber: serial, ...codes }, ctx, state);
    await ops.DeactivateMFADevice!({ UserName: 'alice', SerialNumber: serial }, ctx, state);
    const replay = await error(() => ops.EnableMFADevice!({ UserName: 'alice', SerialNumber: serial, ...codes }, ctx, state));
    expect(replay.code).toBe('InvalidAuthenticationCode');
  });

  it('reports unknown users and devices, and devices already in use', async () => {
    const { serial, seed } = await create();
    expect((await error(() => ops.EnableMFADevice!({ UserName: 'nobody', SerialNumber: serial, ...codesAt(seed, T0) }, ctx, state))).code).toBe('NoSuchEntity');
    expect((await error(() => ops.EnableMFADevice!({ UserName: 'alice', SerialNumber: serial + 'x', ...codesAt(seed, T0) }, ctx, state))).code).toBe('NoSuchEntity');
    await ops.EnableMFADevice!({ UserName: 'alice', SerialNumber: serial, ...codesAt(seed, T0) }, ctx, state);
    addUserFixture(state, 'bob');
    const later = new Date(T0.getTime() + 90_000);
    expect((await error(() => ops.EnableMFADevice!({ UserName: 'bob', SerialNumber: serial, ...codesAt(seed, later) }, ctxAt(later), state))).code).toBe('EntityAlreadyExists');
  });

  it('allows at most 8 MFA devices per user', async () => {
    for (let i = 0; i < 8; i++) seedMfaDevice(state, 'alice', T0);
    const { serial, seed } = await create('ninth');
    const e = await error(() => ops.EnableMFADevice!({ UserName: 'alice', SerialNumber: serial, ...codesAt(seed, T0) }, ctx, state));
    expect(e).toMatchObject({ code: 'LimitExceeded', status: 409 });
  });

  it('refuses to delete an assigned device until it is deactivated', async () => {
    const { serial, seed } = await create();
    await ops.EnableMFADevice!({ UserName: 'alice', SerialNumber: serial, ...codesAt(seed, T0) }, ctx, state);
    expect((await error(() => ops.DeleteVirtualMFADevice!({ SerialNumber: serial }, ctx, state))).code).toBe('DeleteConflict');
    await ops.DeactivateMFADevice!({ UserName: 'alice', SerialNumber: serial }, ctx, state);
    const unassigned = (await ops.ListVirtualMFADevices!({ AssignmentStatus: 'Unassigned' }, ctx, state)) as any;
    expect(unassigned.VirtualMFADevices.map((d: any) => d.SerialNumber)).toEqual([serial]);
    await ops.DeleteVirtualMFADevice!({ SerialNumber: serial }, ctx, state);
    expect(((await ops.ListVirtualMFADevices!({}, ctx, state)) as any).VirtualMFADevices).toEqual([]);
  });

  it('resyncs a drifted device with codes from minutes away', async () => {
    const { serial, seed } = await create();
    await ops.EnableMFADevice!({ UserName: 'alice', SerialNumber: serial, ...codesAt(seed, T0) }, ctx, state);
    const drifted = new Date(T0.getTime() + 6 * 60_000);
    await ops.ResyncMFADevice!({ UserName: 'alice', SerialNumber: serial, ...codesAt(seed, drifted) }, ctx, state);
    expect((await error(() => ops.ResyncMFADevice!({ UserName: 'alice', SerialNumber: serial, AuthenticationCode1: '123456', AuthenticationCode2: '654321' }, ctx, state))).code).toBe('InvalidAuthenticationCode');
  });

  it('pages ListVirtualMFADevices with Marker and IsTruncated', async () => {
    for (const n of ['a', 'b', 'c', 'd', 'e']) await create(n);
    const seen: string[] = [];
    let marker: string | undefined;
    do {
      const page = (await ops.ListVirtualMFADevices!({ MaxItems: 2, Marker: marker }, ctx, state)) as any;
      seen.push(...page.VirtualMFADevices.map((d: any) => d.SerialNumber));
      marker = page.IsTruncated ? page.Marker : undefined;
      expect(page.VirtualMFADevices.length).toBeLessThanOrEqual(2);
    } while (marker);
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e'].map((n) => `arn:aws:iam::111122223333:mfa/${n}`));
  });

  it('tags devices', async () => {
    const { serial } = await create();
    await ops.TagMFADevice!({ SerialNumber: serial, Tags: [{ Key: 'team', Value: 'red' }, { Key: 'a', Value: '1' }] }, ctx, state);
    await ops.UntagMFADevice!({ SerialNumber: serial, TagKeys: ['A'] }, ctx, state);
    expect(((await ops.ListMFADeviceTags!({ SerialNumber: serial }, ctx, state)) as any).Tags).toEqual([{ Key: 'team', Value: 'red' }]);
  });
});
