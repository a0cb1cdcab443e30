import { describe, expect, it } from 'vitest';
import { TOTP } from 'otpauth';
import { decodeBase32, encodeBase32 } from './base32';
import { newTotpSeed, totpCode, totpStep, verifyCode, verifyConsecutiveCodes } from './totp';

const otp = (secret: string) => new TOTP({ secret, algorithm: 'SHA1', digits: 6, period: 30 });

describe('totp', () => {
  it('produces the RFC 6238 SHA-1 test vectors', () => {
    const secret = encodeBase32(Buffer.from('12345678901234567890'));
    expect(totpCode(secret, Math.floor(59 / 30))).toBe('287082');
    expect(totpCode(secret, Math.floor(1111111109 / 30))).toBe('081804');
    expect(totpCode(secret, Math.floor(20000000000 / 30))).toBe('353130');
  });

  it('agrees with the otpauth package for fresh seeds', () => {
    for (let i = 0; i < 20; i++) {
      const seed = newTotpSeed();
      expect(seed).toMatch(/^[A-Z2-7]{64}$/);
      const ts = Date.UTC(2026, 0, 1) + i * 987_654;
      expect(totpCode(seed, totpStep(new Date(ts)))).toBe(otp(seed).generate({ timestamp: ts }));
    }
  });

  it('round-trips base32', () => {
    const bytes = Buffer.from([0, 1, 2, 250, 255, 17, 99]);
    expect(decodeBase32(encodeBase32(bytes))).toEqual(bytes);
  });

  it('accepts two consecutive codes and rejects swapped, equal or replayed ones', () => {
    const seed = newTotpSeed();
    const now = new Date(Date.UTC(2026, 2, 3, 10, 0, 5));
    const t = otp(seed);
    const c1 = t.generate({ timestamp: now.getTime() });
    const c2 = t.generate({ timestamp: now.getTime() + 30_000 });
    const used = verifyConsecutiveCodes(seed, c1, c2, now);
    expect(used).toBe(totpStep(now) + 1);
    expect(verifyConsecutiveCodes(seed, c2, c1, now)).toBeUndefined();
    expect(verifyConsecutiveCodes(seed, c1, c1, now)).toBeUndefined();
    expect(verifyConsecutiveCodes(seed, c1, c2, now, used)).toBeUndefined();
  });

  it('refuses codes from far outside the tolerated window', () => {
    const seed = newTotpSeed();
    const now = new Date(Date.UTC(2026, 2, 3, 10, 0, 5));
    const old = otp(seed).generate({ timestamp: now.getTime() - 10 * 60_000 });
    expect(verifyCode(seed, old, now)).toBeUndefined();
    const current = otp(seed).generate({ timestamp: now.getTime() });
    expect(verifyCode(seed, current, now)).toBe(totpStep(now));
    expect(verifyCode(seed, current, now, totpStep(now))).toBeUndefined();
  });
});
