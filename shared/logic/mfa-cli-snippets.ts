/** The AWS CLI command that starts an MFA session with a user's device. */
export function getSessionTokenCommand(serialNumber: string, durationSeconds = 43200): string {
  return `aws sts get-session-token --serial-number ${serialNumber} --token-code <6-digit code> --duration-seconds ${durationSeconds}`;
}

/** The lines for ~/.aws/config that make the CLI ask for an MFA code with this device. */
export function awsConfigMfaLines(profile: string, serialNumber: string): string {
  const header = profile === 'default' ? '[default]' : `[profile ${profile}]`;
  return `${header}\nmfa_serial = ${serialNumber}`;
}
