import { credentialReportColumns, type CredentialReportColumn, type CredentialReportRow } from '../model/mfa-credential-report';
import { parseCsv } from './mfa-csv';

/** Values AWS writes where a date does not apply. */
const noValue = new Set(['', 'N/A', 'no_information', 'not_supported']);

/** The root user's name in the report. */
export const rootUserName = '<root_account>';

/**
 * Parses the credential report CSV into typed rows. Columns are found by header name, so a
 * report with columns in another order or with extra columns still parses; a missing column
 * is an error, because the audit would otherwise silently miss findings.
 */
export function parseCredentialReport(csv: string): CredentialReportRow[] {
  const [header, ...records] = parseCsv(csv.replace(/^\uFEFF/, ''));
  if (!header) return [];
  const index = new Map(header.map((name, i) => [name.trim(), i]));
  const missing = credentialReportColumns.filter((c) => !index.has(c));
  if (missing.length) throw new Error(`The credential report has no ${missing.join(', ')} column.`);
  return records
    .filter((r) => r.length > 1 || (r[0] ?? '') !== '')
    .map((record) => {
      const text = (column: CredentialReportColumn): string => (record[index.get(column)!] ?? '').trim();
      const date = (column: CredentialReportColumn): string | null => (noValue.has(text(column)) ? null : text(column));
      const flag = (column: CredentialReportColumn): boolean => text(column).toUpperCase() === 'TRUE';
      return {
        user: text('user'),
        arn: text('arn'),
        isRoot: text('user') === rootUserName,
        userCreationTime: date('user_creation_time'),
        passwordEnabled: flag('password_enabled'),
        passwordLastUsed: date('password_last_used'),
        passwordLastChanged: date('password_last_changed'),
        passwordNextRotation: date('password_next_rotation'),
        mfaActive: flag('mfa_active'),
        accessKey1Active: flag('access_key_1_active'),
        accessKey1LastRotated: date('access_key_1_last_rotated'),
        accessKey1LastUsedDate: date('access_key_1_last_used_date'),
        accessKey1LastUsedRegion: date('access_key_1_last_used_region'),
        accessKey1LastUsedService: date('access_key_1_last_used_service'),
        accessKey2Active: flag('access_key_2_active'),
        accessKey2LastRotated: date('access_key_2_last_rotated'),
        accessKey2LastUsedDate: date('access_key_2_last_used_date'),
        accessKey2LastUsedRegion: date('access_key_2_last_used_region'),
        accessKey2LastUsedService: date('access_key_2_last_used_service'),
        cert1Active: flag('cert_1_active'),
        cert1LastRotated: date('cert_1_last_rotated'),
        cert2Active: flag('cert_2_active'),
        cert2LastRotated: date('cert_2_last_rotated'),
      };
    });
}
