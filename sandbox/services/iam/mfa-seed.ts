import type { SandboxState } from '../../core/state';
import { newTotpSeed } from '../../totp/totp';
import { mfaSerialNumber, requireUser } from './mfa-devices';

/** Creates an enabled virtual MFA device for a user (seed data); returns what an app would scan. */
export function seedMfaDevice(state: SandboxState, userName: string, now: Date): { serialNumber: string; seedBase32: string } {
  const user = requireUser(state, userName);
  const devices = state.iam.security.virtualMfaDevices;
  let name = user.userName;
  for (let i = 2; devices.some((d) => d.serialNumber === mfaSerialNumber(state.account.accountId, '/', name)); i++) name = `${user.userName}-${i}`;
  const serialNumber = mfaSerialNumber(state.account.accountId, '/', name);
  const seedBase32 = newTotpSeed();
  devices.push({
    serialNumber,
    path: '/',
    name,
    seedBase32,
    createDate: now.toISOString(),
    userName: user.userName,
    enableDate: now.toISOString(),
    tags: [],
  });
  return { serialNumber, seedBase32 };
}
