import { describe, expect, it } from 'vitest';
import type { Principal, RequestContext } from '../core/operation';
import { addUserFixture, sandboxStateFixture } from '../services/sts/sandbox-state-fixture';
import { authorizeRequest } from './authorize';

const now = new Date('2026-05-01T12:00:00Z');
const ctx = (principal: Principal): RequestContext => ({ requestId: 'r', now, accountId: '111122223333', region: 'us-east-1', principal, sourceIp: '127.0.0.1' });
const outcome = (run: () => void) => {
  try {
    run();
    return 'allowed';
  } catch (e) {
    const err = e as { code: string; status: number; message: string };
    return `${err.code} ${err.status} ${err.message}`;
  }
};

function setup(policy: object) {
  const state = sandboxStateFixture();
  const user = addUserFixture(state, 'alice', { inlinePolicies: { p: JSON.stringify({ Version: '2012-10-17', ...policy }) } });
  const base = { arn: user.arn, accountId: '111122223333', userId: user.userId, userName: 'alice' };
  const longTerm: Principal = { ...base, kind: 'user', accessKeyId: 'AKIAALICE', mfaAuthenticated: false, temporary: false };
  const mfaSession = (ageSeconds: number): Principal => ({ ...base, kind: 'user-session', accessKeyId: 'ASIAALICE', mfaAuthenticated: true, mfaAuthTime: new Date(now.getTime() - ageSeconds * 1000).toISOString(), temporary: true });
  return { state, longTerm, mfaSession };
}

describe('authorizeRequest', () => {
  it('names action and resource in AWS AccessDenied messages, per protocol', () => {
    const { state, longTerm } = setup({ Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }] });
    expect(outcome(() => authorizeRequest(state, longTerm, 'iam', 'DeleteUser', { UserName: 'bob' }, ctx(longTerm))))
      .toBe('AccessDenied 403 User: arn:aws:iam::111122223333:user/alice is not authorized to perform: iam:DeleteUser on resource: arn:aws:iam::111122223333:user/bob');
    expect(outcome(() => authorizeRequest(state, longTerm, 'organizations', 'ListAccounts', {}, ctx(longTerm)))).toMatch(/^AccessDeniedException 400 .* organizations:ListAccounts on resource: \*$/);
    expect(outcome(() => authorizeRequest(state, longTerm, 'sts', 'GetCallerIdentity', {}, ctx(longTerm)))).toBe('allowed');
  });

  it('maps MFA device operations to the device or the user ARN', () => {
    const { state, longTerm } = setup({ Statement: [
      { Effect: 'Allow', Action: 'iam:CreateVirtualMFADevice', Resource: 'arn:aws:iam::*:mfa/${aws:username}' },
      { Effect: 'Allow', Action: 'iam:EnableMFADevice', Resource: 'arn:aws:iam::*:user/${aws:username}' },
    ] });
    expect(outcome(() => authorizeRequest(state, longTerm, 'iam', 'CreateVirtualMFADevice', { VirtualMFADeviceName: 'alice' }, ctx(longTerm)))).toBe('allowed');
    expect(outcome(() => authorizeRequest(state, longTerm, 'iam', 'CreateVirtualMFADevice', { VirtualMFADeviceName: 'bob' }, ctx(longTerm)))).toMatch(/resource: arn:aws:iam::111122223333:mfa\/bob$/);
    expect(outcome(() => authorizeRequest(state, longTerm, 'iam', 'EnableMFADevice', { UserName: 'alice', SerialNumber: 'arn:aws:iam::111122223333:mfa/x' }, ctx(longTerm)))).toBe('allowed');
  });

  it('exposes aws:MultiFactorAuthAge only for MFA sessions', () => {
    const { state, longTerm, mfaSession } = setup({ Statement: [{ Effect: 'Allow', Action: 'iam:ListUsers', Resource: '*', Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } } }] });
    expect(outcome(() => authorizeRequest(state, mfaSession(60), 'iam', 'ListUsers', {}, ctx(mfaSession(60))))).toBe('allowed');
    expect(outcome(() => authorizeRequest(state, mfaSession(7200), 'iam', 'ListUsers', {}, ctx(mfaSession(7200))))).toMatch(/^AccessDenied/);
    expect(outcome(() => authorizeRequest(state, longTerm, 'iam', 'ListUsers', {}, ctx(longTerm)))).toMatch(/^AccessDenied/);
  });

  it('narrows a role session by its session policy', () => {
    const state = sandboxStateFixture();
    state.iam.roles['ops'] = { roleName: 'ops', roleId: 'AROAOPS', arn: 'arn:aws:iam::111122223333:role/ops', path: '/', createDate: now.toISOString(), assumeRolePolicyDocument: '{}', maxSessionDuration: 3600, tags: [], inlinePolicies: { all: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] }) }, attachedPolicyArns: [] };
    const principal: Principal = { kind: 'role-session', arn: 'arn:aws:sts::111122223333:assumed-role/ops/s', accountId: '111122223333', userId: 'AROAOPS:s', accessKeyId: 'ASIAOPS', roleName: 'ops', mfaAuthenticated: false, temporary: true };
    state.sts.sessions.push({ accessKeyId: 'ASIAOPS', secretAccessKey: 'x', sessionToken: 't', issuedAt: now.toISOString(), expiration: new Date(now.getTime() + 3600_000).toISOString(), principal, sessionPolicy: JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'iam:List*', Resource: '*' }] }) });
    expect(outcome(() => authorizeRequest(state, principal, 'iam', 'ListRoles', {}, ctx(principal)))).toBe('allowed');
    expect(outcome(() => authorizeRequest(state, principal, 'iam', 'DeleteRole', { RoleName: 'ops' }, ctx(principal)))).toMatch(/^AccessDenied 403 .*iam:DeleteRole on resource: arn:aws:iam::111122223333:role\/ops$/);
  });
});
