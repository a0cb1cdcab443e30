import { z } from 'zod';
import { MfaDeviceSchema } from './mfa-device';

/** A six-digit code from the authenticator, as IAM requires it. */
export const AuthenticationCodeSchema = z.string().trim().regex(/^\d{6}$/, 'Enter the 6-digit code from the authenticator.');

/**
 * An enrollment in progress. The only place the contract carries an MFA secret: it is shown
 * once for this enrollment and wiped in the backend when the enrollment ends.
 */
export const EnrollmentStartSchema = z.object({
  enrollmentId: z.string(),
  userName: z.string(),
  deviceName: z.string(),
  serialNumber: z.string(),
  /** otpauth://totp/… with the secret; the QR code encodes exactly this. */
  otpauthUri: z.string(),
  qrPngDataUrl: z.string(),
  secret: z.string(),
  /** The label authenticators show: device name and account alias (or id). */
  label: z.string(),
  issuer: z.string(),
  /** The enrollment is cancelled (and the device deleted) if not finished by then. */
  expiresAt: z.string(),
});
export type EnrollmentStart = z.infer<typeof EnrollmentStartSchema>;

/** A finished enrollment: the new device and every device the user now holds. */
export const EnrollmentDoneSchema = z.object({
  device: MfaDeviceSchema,
  devices: z.array(MfaDeviceSchema),
});
export type EnrollmentDone = z.infer<typeof EnrollmentDoneSchema>;
