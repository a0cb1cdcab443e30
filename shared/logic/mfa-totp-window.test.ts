import { describe, expect, it } from 'vitest';
import { nextCodeAvailable, secondsLeftInWindow, totpStep } from './mfa-totp-window';

describe('TOTP windows', () => {
  it('numbers 30-second windows and counts down to the next code', () => {
    expect(totpStep(59_000)).toBe(1);
    expect(totpStep(60_000)).toBe(2);
    expect(secondsLeftInWindow(60_000)).toBe(30);
    expect(secondsLeftInWindow(89_500)).toBe(1);
  });
  it('opens the second code only once the first code window has passed', () => {
    const first = totpStep(61_000);
    expect(nextCodeAvailable(first, 89_999)).toBe(false);
    expect(nextCodeAvailable(first, 90_000)).toBe(true);
  });
});
