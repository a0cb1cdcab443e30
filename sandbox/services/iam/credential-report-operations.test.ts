import { describe, expect, it } from 'vitest';
import type { RequestContext } from '../../core/operation';
import { addUserFixture, sandboxStateFixture } from '../sts/sandbox-state-fixture';
import { CREDENTIAL_REPORT_COLUMNS } from './credential-report-csv';
import { credentialReportOperations as ops, REPORT_GENERATION_MS } from './credential-report-operations';
import { seedMfaDevice } from './mfa-seed';

const at = (ms: number): RequestContext => ({ requestId: 'r', now: new Date(Date.UTC(2026, 4, 1) + ms), accountId: '111122223333', region: 'us-east-1', principal: null, sourceIp: '127.0.0.1' });
const code = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    return (e as { code: string; status: number }).code + '/' + (e as { status: number }).status;
  }
  return 'ok';
};

describe('credential report', () => {
  it('goes from not present to in progress to complete, then expires after 4 hours', () => {
    const state = sandboxStateFixture();
    expect(code(() => ops.GetCredentialReport!({}, at(0), state))).toBe('ReportNotPresent/410');
    expect(ops.GenerateCredentialReport!({}, at(0), state)).toMatchObject({ State: 'STARTED' });
    expect(ops.GenerateCredentialReport!({}, at(10), state)).toMatchObject({ State: 'INPROGRESS' });
    expect(code(() => ops.GetCredentialReport!({}, at(10), state))).toBe('ReportInProgress/404');
    expect(ops.GenerateCredentialReport!({}, at(REPORT_GENERATION_MS), state)).toMatchObject({ State: 'COMPLETE' });
    expect(code(() => ops.GetCredentialReport!({}, at(REPORT_GENERATION_MS), state))).toBe('ok');
    expect(code(() => ops.GetCredentialReport!({}, at(4 * 3600_000 + 1), state))).toBe('ReportExpired/410');
  });

  it('lists the root account and every user with AWS columns, MFA and key state', () => {
    const state = sandboxStateFixture();
    addUserFixture(state, 'alice', { loginProfile: { createDate: '2026-02-01T00:00:00.000Z', passwordResetRequired: false, passwordHash: 'x' } });
    addUserFixture(state, 'bob', { accessKeys: [] });
    seedMfaDevice(state, 'alice', new Date());
    ops.GenerateCredentialReport!({}, at(0), state);
    const out = ops.GetCredentialReport!({}, at(REPORT_GENERATION_MS), state) as { Content: Buffer; ReportFormat: string };
    expect(out.ReportFormat).toBe('text/csv');
    const [header, root, alice, bob] = out.Content.toString('utf8').split('\n').map((l) => l.split(','));
    expect(header).toEqual([...CREDENTIAL_REPORT_COLUMNS]);
    expect(header).toHaveLength(22);
    const col = (row: string[] | undefined, name: string) => row![header!.indexOf(name)];
    expect(col(root, 'user')).toBe('<root_account>');
    expect(col(root, 'arn')).toBe('arn:aws:iam::111122223333:root');
    expect(col(root, 'password_enabled')).toBe('not_supported');
    expect(col(alice, 'user')).toBe('alice');
    expect(col(alice, 'mfa_active')).toBe('true');
    expect(col(alice, 'password_enabled')).toBe('true');
    expect(col(alice, 'password_last_used')).toBe('no_information');
    expect(col(alice, 'access_key_1_active')).toBe('true');
    expect(col(alice, 'user_creation_time')).toBe('2026-01-01T00:00:00+00:00');
    expect(col(bob, 'mfa_active')).toBe('false');
    expect(col(bob, 'password_enabled')).toBe('false');
    expect(col(bob, 'access_key_1_active')).toBe('false');
    expect(bob).toHaveLength(22);
  });
});
