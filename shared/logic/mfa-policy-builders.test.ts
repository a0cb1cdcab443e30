import { describe, expect, it } from 'vitest';
import { buildRequireMfaPolicy, selfServiceMfaActions } from './mfa-policy-require-mfa';
import { buildSelectedActionsMfaPolicy } from './mfa-policy-selected-actions';
import { buildRecentMfaPolicy } from './mfa-policy-recent-mfa';
import { buildMfaPolicy } from './mfa-policy-template';
import { parsePolicyDocument, policySize } from './mfa-policy-document';
import { describeMfaEnforcement, isAdminLikePolicy, isPrivilegedManagedPolicyArn } from './mfa-policy-inspection';

describe('require-MFA policy (template a)', () => {
  const policy = buildRequireMfaPolicy('aws-us-gov', '123456789012');
  const deny = policy.Statement.find((s) => s.Effect === 'Deny')!;

  it('denies everything but MFA self-service with BoolIfExists so access keys are blocked too', () => {
    expect(deny.Condition).toEqual({ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } });
    expect(deny.Resource).toBe('*');
    for (const action of ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:ListMFADevices', 'iam:ResyncMFADevice', 'iam:ListVirtualMFADevices', 'sts:GetSessionToken']) {
      expect(deny.NotAction).toContain(action);
    }
    expect(deny.NotAction).not.toContain('iam:DeactivateMFADevice');
    expect(deny.NotAction).not.toContain('iam:DeleteVirtualMFADevice');
  });

  it('lets users create any number of devices and manage only their own user, in the account partition', () => {
    const create = policy.Statement.find((s) => asArray(s.Action).includes('iam:CreateVirtualMFADevice'))!;
    expect(create.Resource).toBe('arn:aws-us-gov:iam::123456789012:mfa/*');
    const manage = policy.Statement.find((s) => asArray(s.Action).includes('iam:EnableMFADevice'))!;
    expect(manage.Resource).toBe('arn:aws-us-gov:iam::123456789012:user/${aws:username}');
    const deactivate = policy.Statement.find((s) => asArray(s.Action).includes('iam:DeactivateMFADevice'))!;
    expect(deactivate.Condition).toEqual({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } });
  });

  it('fits in the 5,120-character inline group quota with room to spare', () => {
    expect(policySize(policy)).toBeLessThan(2000);
    expect(selfServiceMfaActions.length).toBeGreaterThan(5);
  });
});

describe('selected-actions policy (template b)', () => {
  it('denies exactly the chosen actions without MFA, once each', () => {
    const policy = buildSelectedActionsMfaPolicy(['s3:DeleteObject', ' iam:* ', 's3:DeleteObject']);
    expect(policy.Statement).toHaveLength(1);
    expect(policy.Statement[0]!.Action).toEqual(['s3:DeleteObject', 'iam:*']);
    expect(policy.Statement[0]!.Condition).toEqual({ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } });
  });
  it('refuses an empty action list', () => {
    expect(() => buildSelectedActionsMfaPolicy([' '])).toThrow(/at least one action/);
  });
});

describe('recent-MFA policy (template c)', () => {
  it('defaults to 300 seconds and denies when the age is missing too', () => {
    const statement = buildRecentMfaPolicy().Statement[0]!;
    expect(statement.Condition).toEqual({ NumericGreaterThanIfExists: { 'aws:MultiFactorAuthAge': '300' } });
    expect(statement.NotAction).toContain('iam:EnableMFADevice');
  });
  it('can be limited to chosen actions', () => {
    const statement = buildMfaPolicy({ kind: 'recent-mfa', maxAgeSeconds: 900, actions: ['iam:*'] }, 'aws', '111122223333').Statement[0]!;
    expect(statement.Action).toEqual(['iam:*']);
    expect(statement.NotAction).toBeUndefined();
    expect(statement.Condition?.NumericGreaterThanIfExists?.['aws:MultiFactorAuthAge']).toBe('900');
  });
  it('rejects a non-positive age', () => {
    expect(() => buildRecentMfaPolicy(0)).toThrow();
  });
});

describe('policy size and parsing', () => {
  it('counts characters without whitespace outside strings, as IAM does', () => {
    expect(policySize('{ "Version" : "2012-10-17",\n  "Statement": [] }')).toBe('{"Version":"2012-10-17","Statement":[]}'.length);
    expect(policySize('{"Sid":"a b"}')).toBe(13);
  });
  it('reads URL-encoded documents as IAM returns them', () => {
    const encoded = encodeURIComponent(JSON.stringify(buildRequireMfaPolicy('aws', '123456789012')));
    expect(parsePolicyDocument(encoded)?.Statement).toHaveLength(5);
    expect(parsePolicyDocument('not json')).toBeUndefined();
  });
});

describe('policy inspection', () => {
  it('recognizes each template as MFA enforcement', () => {
    expect(describeMfaEnforcement(buildRequireMfaPolicy('aws', '1'))).toBe('MFA required for everything but MFA self-service');
    expect(describeMfaEnforcement(buildSelectedActionsMfaPolicy(['iam:*']))).toBe('MFA required for iam:*');
    expect(describeMfaEnforcement(buildRecentMfaPolicy(600, ['s3:*']))).toBe('MFA under 600 s required for s3:*');
    expect(describeMfaEnforcement({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] })).toBeUndefined();
  });
  it('flags admin-like inline policies and the privileged AWS managed policies', () => {
    expect(isAdminLikePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] })).toBe(true);
    expect(isAdminLikePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:*'], Resource: '*' }] })).toBe(false);
    expect(isAdminLikePolicy({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] })).toBe(false);
    expect(isPrivilegedManagedPolicyArn('arn:aws:iam::aws:policy/AdministratorAccess')).toBe(true);
    expect(isPrivilegedManagedPolicyArn('arn:aws:iam::aws:policy/job-function/ViewOnlyAccess')).toBe(false);
    expect(isPrivilegedManagedPolicyArn('arn:aws:iam::123456789012:policy/AdministratorAccess')).toBe(false);
  });
});

function asArray(value: string | readonly string[] | undefined): readonly string[] {
  return value === undefined ? [] : typeof value === 'string' ? [value] : value;
}
