import { z } from 'zod';

/** An MFA device enabled for a user (virtual, FIDO or hardware). */
export const MfaDeviceSchema = z.object({
  serialNumber: z.string(),
  /** The device name for virtual devices (the last part of the serial ARN). */
  name: z.string(),
  enableDate: z.string().optional(),
  virtual: z.boolean(),
});
export type MfaDevice = z.infer<typeof MfaDeviceSchema>;

/** A virtual device that no user holds, e.g. left by an enrollment that never finished. */
export const UnassignedMfaDeviceSchema = z.object({
  serialNumber: z.string(),
  name: z.string(),
});
export type UnassignedMfaDevice = z.infer<typeof UnassignedMfaDeviceSchema>;

/** How many MFA devices IAM lets one user hold. */
export const maxMfaDevicesPerUser = 8;

/** The name part of a device serial ARN (`arn:aws:iam::1:mfa/path/name` → `name`). */
export function deviceNameOf(serialNumber: string): string {
  const resource = serialNumber.split(':').slice(5).join(':');
  return resource.startsWith('mfa/') ? resource.slice(resource.lastIndexOf('/') + 1) : serialNumber;
}
