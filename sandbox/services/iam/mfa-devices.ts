import { AwsError } from '../../core/aws-error';
import type { SandboxState } from '../../core/state';
import type { IamUserRecord } from './iam-state';
import type { VirtualMfaDeviceRecord } from './security-state';

/** MFA devices a single IAM user may have in use (any type). */
export const MAX_MFA_DEVICES_PER_USER = 8;

/** The device ARN, which is also its serial number. */
export function mfaSerialNumber(accountId: string, path: string, name: string): string {
  return `arn:aws:iam::${accountId}:mfa${path}${name}`;
}

export function findVirtualMfaDevice(state: SandboxState, serialNumber: string): VirtualMfaDeviceRecord | undefined {
  return state.iam.security.virtualMfaDevices.find((d) => d.serialNumber === serialNumber);
}

/** The device or AWS's NoSuchEntity. */
export function requireVirtualMfaDevice(state: SandboxState, serialNumber: string): VirtualMfaDeviceRecord {
  const device = findVirtualMfaDevice(state, serialNumber);
  if (!device) throw new AwsError('NoSuchEntity', `VirtualMFADevice with serial number ${serialNumber} doesn't exist.`, 404);
  return device;
}

/** The user or AWS's NoSuchEntity. */
export function requireUser(state: SandboxState, userName: string): IamUserRecord {
  const user = state.iam.users[userName.toLowerCase()];
  if (!user) throw new AwsError('NoSuchEntity', `The user with name ${userName} cannot be found.`, 404);
  return user;
}

/** The user's enabled devices, in enable order. */
export function enabledDevicesOf(state: SandboxState, userName: string): VirtualMfaDeviceRecord[] {
  const lower = userName.toLowerCase();
  return state.iam.security.virtualMfaDevices
    .filter((d) => d.userName?.toLowerCase() === lower)
    .sort((a, b) => (a.enableDate ?? '').localeCompare(b.enableDate ?? ''));
}

/** Whether DeleteUser must refuse with "must delete MFA device first". */
export function userHasMfaDevices(state: SandboxState, userName: string): boolean {
  return enabledDevicesOf(state, userName).length > 0;
}
