import { describe, expect, it } from 'vitest';
import type { CallerIdentity } from '../../../shared/model/connection';
import { translateAwsError } from '../core/aws-error-translation';
import { explainMfaRefusal, type MfaContext } from './mfa-refusal-explanation';
import { explainGetSessionTokenFailure } from './mfa-session-request';

/** An error shaped as the AWS SDK v3 deserializes it. */
function awsError(name: string, message: string, status = 403): Error {
  return Object.assign(new Error(message), { name, $metadata: { httpStatusCode: status, requestId: 'req-1' } });
}

const alice: CallerIdentity = { accountId: '111122223333', accountAlias: null, arn: 'arn:aws:iam::111122223333:user/alice', userId: 'AIDA1', partition: 'aws', principalType: 'user', userName: 'alice' };
const longTermKeys: MfaContext = { identity: alice, mfaSessionActive: false, temporaryCredentials: false, mfaSerial: 'arn:aws:iam::111122223333:mfa/alice-phone' };
const explicitDeny = awsError('AccessDenied', 'User: arn:aws:iam::111122223333:user/alice is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::111122223333:role/ with an explicit deny in an identity-based policy');

describe('explaining refusals caused by MFA', () => {
  it('explains an explicit deny for an IAM user without an MFA session and names the device to use', () => {
    const explained = explainMfaRefusal(explicitDeny, 'iam', 'ListRoles', longTermKeys);
    expect(explained?.code).toBe('MFA_REQUIRED');
    expect(explained?.message).toContain('iam:ListRoles');
    expect(explained?.remedy).toBe('Start an MFA session with arn:aws:iam::111122223333:mfa/alice-phone (Connections, or the header), then try again.');
    // Features that tolerate AccessDenied by its AWS code keep working, and keep the request id.
    expect(explained?.Code).toBe('AccessDenied');
    expect(explained?.requestId).toBe('req-1');
    // Every feature's translation keeps the explanation instead of wrapping it again.
    expect(translateAwsError(explained, 'listing roles')).toBe(explained);
  });

  it('tells a user without a device to assign one first', () => {
    const explained = explainMfaRefusal(explicitDeny, 'iam', 'ListRoles', { ...longTermKeys, mfaSerial: undefined });
    expect(explained?.remedy).toBe('Assign an MFA device to this IAM user, then start an MFA session and try again.');
  });

  it('leaves refusals alone while an MFA session is active, and implicit denies always', () => {
    expect(explainMfaRefusal(explicitDeny, 'iam', 'ListRoles', { ...longTermKeys, mfaSessionActive: true })).toBeUndefined();
    const implicit = awsError('AccessDenied', 'User: arn:aws:iam::111122223333:user/alice is not authorized to perform: iam:ListRoles on resource: *');
    expect(explainMfaRefusal(implicit, 'iam', 'ListRoles', longTermKeys)).toBeUndefined();
  });

  it('explains InvalidClientTokenId from IAM for a GetSessionToken session issued without MFA', () => {
    const invalid = awsError('InvalidClientTokenId', 'The security token included in the request is invalid');
    const explained = explainMfaRefusal(invalid, 'iam', 'ListUsers', { identity: alice, mfaSessionActive: false, temporaryCredentials: true });
    expect(explained?.code).toBe('MFA_REQUIRED');
    expect(explained?.message).toBe(
      'IAM refused iam:ListUsers because this connection uses temporary credentials from GetSessionToken that were issued without MFA, and IAM accepts those only with MFA.',
    );
    // The same error from long-term keys means the key is wrong, not MFA.
    expect(explainMfaRefusal(invalid, 'iam', 'ListUsers', longTermKeys)).toBeUndefined();
  });
});

describe('explaining GetSessionToken failures', () => {
  const serial = 'arn:aws:iam::111122223333:mfa/alice-phone';

  it('a wrong or reused code', () => {
    const error = explainGetSessionTokenFailure(awsError('AccessDenied', 'MultiFactorAuthentication failed with invalid MFA one time pass code.'), serial);
    expect(error).toMatchObject({ code: 'INVALID_MFA_CODE', field: 'code', awsCode: 'AccessDenied' });
    expect(error.remedy).toContain('Wait for the next code');
  });

  it('a serial that is not the user’s device', () => {
    const error = explainGetSessionTokenFailure(
      awsError('AccessDenied', 'MultiFactorAuthentication failed, unable to validate MFA code. Please verify your MFA serial number is valid and associated with this user.'),
      'arn:aws:iam::111122223333:user/alice',
    );
    expect(error).toMatchObject({ code: 'INVALID_MFA_CODE', field: 'mfaSerial', message: 'AWS does not know arn:aws:iam::111122223333:user/alice as an MFA device of this IAM user.' });
  });

  it('session credentials', () => {
    const error = explainGetSessionTokenFailure(awsError('AccessDenied', 'Cannot call GetSessionToken with session credentials'), serial);
    expect(error.code).toBe('UNSUPPORTED');
    expect(error.message).toContain('long-term access keys');
  });

  it('clock skew', () => {
    const error = explainGetSessionTokenFailure(awsError('SignatureDoesNotMatch', 'Signature expired: 20240101T000000Z is now earlier than 20240101T001500Z'), serial);
    expect(error.code).toBe('CLOCK_SKEW');
  });
});
