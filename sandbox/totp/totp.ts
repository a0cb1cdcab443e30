import { createHmac, randomBytes } from 'node:crypto';
import { decodeBase32, encodeBase32 } from './base32';

/** RFC 6238 parameters AWS virtual MFA uses: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
const DIGITS = 6;

/**
 * Steps either side of "now" a code may come from. AWS does not document its window; two
 * steps forgive a minute of clock drift without making guessing practical.
 */
export const TOTP_TOLERATED_STEPS = 2;

/** The time step (counter) for a moment. */
export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
}

/** The 6-digit code for a base32 secret at a given step (RFC 4226 dynamic truncation). */
export function totpCode(secretBase32: string, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const mac = createHmac('sha1', decodeBase32(secretBase32)).update(counter).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** DIGITS).padStart(DIGITS, '0');
}

/** A new random seed: 40 bytes gives the 64-character base32 secret AWS hands out. */
export function newTotpSeed(): string {
  return encodeBase32(randomBytes(40));
}

/** A wider window for ResyncMFADevice, whose purpose is to recover a drifted device. */
export const TOTP_RESYNC_STEPS = 20;

function candidateSteps(now: Date, lastUsedStep: number | undefined, window: number): number[] {
  const center = totpStep(now);
  const steps: number[] = [];
  for (let s = center - window; s <= center + window; s++) {
    if (lastUsedStep === undefined || s > lastUsedStep) steps.push(s);
  }
  return steps;
}

/**
 * Finds the step t with code1 = TOTP(t) and code2 = TOTP(t+1) near `now`, never reusing a
 * step at or before `lastUsedStep`. Returns t+1 (the step to remember) or undefined.
 */
export function verifyConsecutiveCodes(
  secretBase32: string,
  code1: string,
  code2: string,
  now: Date,
  lastUsedStep?: number,
  window = TOTP_TOLERATED_STEPS,
): number | undefined {
  if (code1 === code2) return undefined;
  for (const step of candidateSteps(now, lastUsedStep, window)) {
    if (totpCode(secretBase32, step) === code1 && totpCode(secretBase32, step + 1) === code2) return step + 1;
  }
  return undefined;
}

/** Finds the step a single code belongs to near `now`, refusing replays. */
export function verifyCode(secretBase32: string, code: string, now: Date, lastUsedStep?: number): number | undefined {
  for (const step of candidateSteps(now, lastUsedStep, TOTP_TOLERATED_STEPS)) {
    if (totpCode(secretBase32, step) === code) return step;
  }
  return undefined;
}
