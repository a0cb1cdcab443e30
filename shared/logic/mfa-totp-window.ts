/** The length of one TOTP window, in seconds (RFC 6238 default that AWS uses). */
export const totpPeriodSeconds = 30;

/** The number of the 30-second window a time falls in. */
export function totpStep(epochMs: number): number {
  return Math.floor(epochMs / 1000 / totpPeriodSeconds);
}

/** Seconds left before the authenticator shows its next code. */
export function secondsLeftInWindow(epochMs: number): number {
  return totpPeriodSeconds - (Math.floor(epochMs / 1000) % totpPeriodSeconds);
}

/** Whether a code typed in window `firstStep` has been replaced by a new one at `epochMs`. */
export function nextCodeAvailable(firstStep: number, epochMs: number): boolean {
  return totpStep(epochMs) > firstStep;
}

/** A six-digit authentication code as IAM requires it. */
export const authenticationCodePattern = /^\d{6}$/;
