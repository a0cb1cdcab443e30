import { describe, expect, it } from 'vitest';
import { credentialReportColumns } from '../model/mfa-credential-report';
import { parseCredentialReport } from './mfa-credential-report-parser';
import { parseCsv } from './mfa-csv';

const header = credentialReportColumns.join(',');
const root = '<root_account>,arn:aws:iam::123456789012:root,2024-01-01T00:00:00+00:00,not_supported,2024-05-01T10:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A';
const alice = 'alice,arn:aws:iam::123456789012:user/alice,2024-02-01T00:00:00+00:00,true,no_information,2024-02-01T00:00:00+00:00,N/A,false,true,2024-02-02T00:00:00+00:00,2024-03-01T00:00:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A';

describe('credential report parser', () => {
  it('reads all 22 columns into typed values, with N/A and no_information as empty', () => {
    const [rootRow, aliceRow] = parseCredentialReport(`${header}\n${root}\n${alice}\n`);
    expect(rootRow).toMatchObject({ isRoot: true, mfaActive: true, passwordEnabled: false, passwordLastUsed: '2024-05-01T10:00:00+00:00' });
    expect(aliceRow).toMatchObject({
      user: 'alice',
      isRoot: false,
      passwordEnabled: true,
      passwordLastUsed: null,
      mfaActive: false,
      accessKey1Active: true,
      accessKey1LastUsedRegion: 'us-east-1',
      accessKey1LastUsedService: 's3',
      accessKey2Active: false,
      accessKey2LastRotated: null,
      cert2Active: false,
    });
  });

  it('finds columns by name and accepts CRLF rows', () => {
    const reordered = ['mfa_active', ...credentialReportColumns.filter((c) => c !== 'mfa_active')];
    const values = alice.split(',');
    const moved = ['true', ...values.filter((_, i) => credentialReportColumns[i] !== 'mfa_active')];
    const [row] = parseCredentialReport(`${reordered.join(',')}\r\n${moved.join(',')}\r\n`);
    expect(row?.mfaActive).toBe(true);
    expect(row?.user).toBe('alice');
  });

  it('refuses a report with a missing column rather than miss findings', () => {
    expect(() => parseCredentialReport('user,arn\nalice,x\n')).toThrow(/mfa_active/);
  });
});

describe('CSV parser', () => {
  it('handles quoted commas, doubled quotes and line breaks inside quotes', () => {
    expect(parseCsv('a,"b,c","say ""hi""","line\nbreak"\r\nx,,z')).toEqual([
      ['a', 'b,c', 'say "hi"', 'line\nbreak'],
      ['x', '', 'z'],
    ]);
  });
  it('reports a quote that never closes', () => {
    expect(() => parseCsv('a,"b')).toThrow(/quoted/);
  });
});
