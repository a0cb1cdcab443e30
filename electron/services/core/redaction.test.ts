import { describe, expect, it } from 'vitest';
import { maskAccessKeyId, redactSecrets } from './redaction';

describe('redaction', () => {
  it('masks secret keys, session tokens, key ids and MFA seeds in log lines', () => {
    const line = 'key AKIAIOSFODNN7EXAMPLE secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY seed JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP uri otpauth://totp/x?secret=ABC';
    const out = redactSecrets(line);
    expect(out).not.toContain('wJalrXUtnFEMI');
    expect(out).not.toContain('JBSWY3DPEHPK3PXP');
    expect(out).not.toContain('secret=ABC');
    expect(out).toContain('AKIA…MPLE');
  });
  it('masks key ids for display', () => {
    expect(maskAccessKeyId('AKIAIOSFODNN7EXAMPLE')).toBe('AKIA…MPLE');
  });
});
