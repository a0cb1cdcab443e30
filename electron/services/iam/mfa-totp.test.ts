import { describe, expect, it } from 'vitest';
import { base32Decode, checkConsecutiveCodes, totpCode } from './mfa-totp';

// RFC 6238 appendix B: the SHA-1 key "12345678901234567890".
const rfcKey = Buffer.from('12345678901234567890');

describe('TOTP', () => {
  it('matches the RFC 6238 test vectors (last six digits)', () => {
    expect(totpCode(rfcKey, Math.floor(59 / 30))).toBe('287082');
    expect(totpCode(rfcKey, Math.floor(1111111109 / 30))).toBe('081804');
    expect(totpCode(rfcKey, Math.floor(2000000000 / 30))).toBe('279037');
  });
  it('decodes base32 seeds', () => {
    expect(base32Decode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ').toString()).toBe('12345678901234567890');
    expect(() => base32Decode('not base32!')).toThrow();
  });
});

describe('checking two codes before enabling', () => {
  const now = 1_700_000_000_000;
  const step = Math.floor(now / 30_000);
  const code = (s: number): string => totpCode(rfcKey, s);

  it('accepts the current and the next code', () => {
    expect(checkConsecutiveCodes(rfcKey, code(step), code(step + 1), now)).toBeUndefined();
    expect(checkConsecutiveCodes(rfcKey, code(step - 1), code(step), now)).toBeUndefined();
  });
  it('says which code is not valid', () => {
    const wrong = code(step) === '000000' ? '111111' : '000000';
    expect(checkConsecutiveCodes(rfcKey, wrong, code(step + 1), now)).toMatchObject({ kind: 'not-valid', field: 'code1' });
    expect(checkConsecutiveCodes(rfcKey, code(step), wrong, now)).toMatchObject({ kind: 'not-valid', field: 'code2' });
  });
  it('says when codes are the same or not consecutive', () => {
    expect(checkConsecutiveCodes(rfcKey, code(step), code(step), now)).toMatchObject({ kind: 'not-consecutive' });
    expect(checkConsecutiveCodes(rfcKey, code(step), code(step + 2), now)).toMatchObject({ kind: 'not-consecutive', message: expect.stringContaining('60 seconds') });
  });
  it('recognizes a phone clock that is minutes off', () => {
    const problem = checkConsecutiveCodes(rfcKey, code(step + 10), code(step + 11), now);
    expect(problem).toMatchObject({ kind: 'clock-drift', driftSeconds: 300 });
    expect(problem?.message).toContain('300 seconds ahead');
  });
});
