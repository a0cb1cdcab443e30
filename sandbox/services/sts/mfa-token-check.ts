import { AwsError } from '../../core/aws-error';
import type { SandboxState } from '../../core/state';
import { verifyCode } from '../../totp/totp';

const UNKNOWN_DEVICE = 'MultiFactorAuthentication failed, unable to validate MFA code. Please verify your MFA serial number is valid and associated with this user.';
const INVALID_CODE = 'MultiFactorAuthentication failed with invalid MFA one time pass code.';

/**
 * Checks SerialNumber/TokenCode against the user's enabled device, refusing a code already
 * used, with STS's AccessDenied messages. Returns true when MFA was presented and valid.
 */
export function checkMfaToken(state: SandboxState, userName: string | undefined, serialNumber: string | undefined, tokenCode: string | undefined, now: Date): boolean {
  if (serialNumber === undefined && tokenCode === undefined) return false;
  if (serialNumber === undefined || tokenCode === undefined) throw new AwsError('AccessDenied', UNKNOWN_DEVICE, 403);
  const device = state.iam.security.virtualMfaDevices.find((d) => d.serialNumber === serialNumber);
  if (!device || !userName || device.userName?.toLowerCase() !== userName.toLowerCase()) throw new AwsError('AccessDenied', UNKNOWN_DEVICE, 403);
  const step = verifyCode(device.seedBase32, tokenCode, now, device.lastUsedStep);
  if (step === undefined) throw new AwsError('AccessDenied', INVALID_CODE, 403);
  device.lastUsedStep = step;
  return true;
}
