import type { SandboxState } from '../../core/state';
import type { AccessKeyRecord, IamUserRecord } from './iam-state';
import { enabledDevicesOf } from './mfa-devices';

/** The 22 columns of AWS's credential report, in AWS's order. */
export const CREDENTIAL_REPORT_COLUMNS = [
  'user', 'arn', 'user_creation_time', 'password_enabled', 'password_last_used', 'password_last_changed',
  'password_next_rotation', 'mfa_active', 'access_key_1_active', 'access_key_1_last_rotated',
  'access_key_1_last_used_date', 'access_key_1_last_used_region', 'access_key_1_last_used_service',
  'access_key_2_active', 'access_key_2_last_rotated', 'access_key_2_last_used_date',
  'access_key_2_last_used_region', 'access_key_2_last_used_service', 'cert_1_active', 'cert_1_last_rotated',
  'cert_2_active', 'cert_2_last_rotated',
] as const;

/** AWS writes times as ISO 8601 with an explicit +00:00 offset and no fraction. */
function reportTime(iso: string | undefined): string {
  return iso ? new Date(iso).toISOString().replace(/\.\d{3}Z$/, '+00:00') : 'N/A';
}

function keyColumns(key: AccessKeyRecord | undefined): string[] {
  if (!key) return ['false', 'N/A', 'N/A', 'N/A', 'N/A'];
  return [
    String(key.status === 'Active'),
    reportTime(key.createDate),
    reportTime(key.lastUsedDate),
    key.lastUsedDate ? (key.lastUsedRegion ?? 'N/A') : 'N/A',
    key.lastUsedDate ? (key.lastUsedService ?? 'iam') : 'N/A',
  ];
}

function userRow(state: SandboxState, user: IamUserRecord): string[] {
  const profile = user.loginProfile;
  const keys = [...user.accessKeys].sort((a, b) => a.createDate.localeCompare(b.createDate));
  return [
    user.userName,
    user.arn,
    reportTime(user.createDate),
    String(!!profile),
    profile ? (user.passwordLastUsed ? reportTime(user.passwordLastUsed) : 'no_information') : 'N/A',
    profile ? reportTime(profile.createDate) : 'N/A',
    'N/A',
    String(enabledDevicesOf(state, user.userName).length > 0),
    ...keyColumns(keys[0]),
    ...keyColumns(keys[1]),
    'false', 'N/A', 'false', 'N/A',
  ];
}

function rootRow(state: SandboxState, now: Date): string[] {
  const created = Object.values(state.iam.users).map((u) => u.createDate).sort()[0] ?? now.toISOString();
  return [
    '<root_account>',
    `arn:aws:iam::${state.account.accountId}:root`,
    reportTime(created),
    'not_supported',
    'no_information',
    'not_supported',
    'not_supported',
    String(state.iam.security.rootMfaEnabled),
    // The sandbox's own root keys exist, so the report says so (key 1, never used as far as IAM records).
    'true', reportTime(created), 'N/A', 'N/A', 'N/A',
    'false', 'N/A', 'N/A', 'N/A', 'N/A',
    'false', 'N/A', 'false', 'N/A',
  ];
}

/** The credential report CSV as IAM produces it: header, the root row, then one row per user. */
export function credentialReportCsv(state: SandboxState, now: Date): string {
  const users = Object.values(state.iam.users).sort((a, b) => a.userName.localeCompare(b.userName));
  const rows = [CREDENTIAL_REPORT_COLUMNS.join(','), rootRow(state, now).join(','), ...users.map((u) => userRow(state, u).join(','))];
  return rows.join('\n');
}
