import { createHmac } from 'node:crypto';
import { totpPeriodSeconds, totpStep } from '../../../shared/logic/mfa-totp-window';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Decodes RFC 4648 base32 (the form of AWS's Base32StringSeed) into key bytes. */
export function base32Decode(text: string): Buffer {
  const clean = text.replace(/=+$/, '').toUpperCase();
  const out: number[] = [];
  let bits = 0;
  let value = 0;
  for (const char of clean) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw new Error('The MFA seed is not base32.');
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** The RFC 6238 code (HMAC-SHA1, six digits) for one 30-second step. */
export function totpCode(key: Buffer, step: number): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const digest = createHmac('sha1', key).update(counter).digest();
  const offset = digest[digest.length - 1]! & 0x0f;
  const binary = (digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  digest.fill(0);
  return binary.toString().padStart(6, '0');
}

/** Why a pair of codes would not enable the device, with the field to point at. */
export type CodeProblem =
  | { kind: 'not-valid'; field: 'code1' | 'code2'; message: string; remedy: string }
  | { kind: 'not-consecutive'; field: 'code2'; message: string; remedy: string }
  | { kind: 'clock-drift'; field: 'code1'; driftSeconds: number; message: string; remedy: string };

/** How far from now (in steps) a code still counts as the authenticator's, and as drift beyond that. */
const acceptedSteps = 2;
const searchedSteps = 40;

/**
 * Checks two codes against the device's key before IAM sees them, so the admin learns which
 * code is wrong: not valid at all, not consecutive, or consecutive but from a clock that is off.
 */
export function checkConsecutiveCodes(key: Buffer, code1: string, code2: string, nowMs: number): CodeProblem | undefined {
  const now = totpStep(nowMs);
  const stepsOf = (code: string): number[] => {
    const found: number[] = [];
    for (let d = -searchedSteps; d <= searchedSteps + 1; d += 1) if (totpCode(key, now + d) === code) found.push(now + d);
    return found;
  };
  const first = stepsOf(code1);
  if (!first.length) {
    return { kind: 'not-valid', field: 'code1', message: 'The first code is not valid for this device.', remedy: 'Check that the authenticator shows the account you just scanned, then type its current code.' };
  }
  if (code1 === code2) {
    return { kind: 'not-consecutive', field: 'code2', message: 'Both codes are the same: the second code must be the next one the authenticator shows.', remedy: 'Wait until the authenticator shows a new code, then type it as the second code.' };
  }
  const second = stepsOf(code2);
  if (!second.length) {
    return { kind: 'not-valid', field: 'code2', message: 'The second code is not valid for this device.', remedy: 'Type the code the authenticator shows right after the first one.' };
  }
  const pair = first.find((s) => second.includes(s + 1));
  if (pair === undefined) {
    const gap = Math.min(...first.flatMap((a) => second.map((b) => Math.abs(b - a))));
    return {
      kind: 'not-consecutive',
      field: 'code2',
      message: `The codes are valid but not consecutive: they are ${gap * totpPeriodSeconds} seconds apart.`,
      remedy: 'Type the current code, wait for the very next one, and type that as the second code.',
    };
  }
  if (Math.abs(pair - now) > acceptedSteps) {
    const drift = (pair - now) * totpPeriodSeconds;
    return {
      kind: 'clock-drift',
      field: 'code1',
      driftSeconds: drift,
      message: `The codes match, but from a clock about ${Math.abs(drift)} seconds ${drift > 0 ? 'ahead of' : 'behind'} this computer.`,
      remedy: 'Set the phone (and this computer) to automatic network time, then enter two new codes.',
    };
  }
  return undefined;
}
