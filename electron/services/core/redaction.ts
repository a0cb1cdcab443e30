const patterns: ReadonlyArray<[RegExp, string]> = [
  // Secret access keys: 40 base64-ish characters standing alone.
  [/(?<![A-Za-z0-9/+=])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/g, '[redacted-secret]'],
  // Session tokens: long base64 runs.
  [/[A-Za-z0-9/+=]{100,}/g, '[redacted-token]'],
  // Access key ids keep their prefix and last four characters, as the UI shows them.
  [/\b(AKIA|ASIA)[A-Z0-9]{12}([A-Z0-9]{4})\b/g, '$1…$2'],
  // Base32 TOTP seeds (virtual MFA) and otpauth URIs.
  [/otpauth:\/\/[^\s"']+/g, 'otpauth://[redacted]'],
  [/\b[A-Z2-7]{32,}\b/g, '[redacted-seed]'],
];

/** Masks anything in a string that looks like an AWS secret, session token or MFA seed. */
export function redactSecrets(text: string): string {
  return patterns.reduce((acc, [re, replacement]) => acc.replace(re, replacement), text);
}

/** Masks an access key id for display: `AKIA…WXYZ`. */
export function maskAccessKeyId(accessKeyId: string): string {
  return accessKeyId.length <= 8 ? '…' : `${accessKeyId.slice(0, 4)}…${accessKeyId.slice(-4)}`;
}
