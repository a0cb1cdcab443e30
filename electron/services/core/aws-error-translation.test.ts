import { describe, expect, it } from 'vitest';
import { IAMClient, ListUsersCommand } from '@aws-sdk/client-iam';
import { translateAwsError } from './aws-error-translation';

describe('translateAwsError', () => {
  it('calls an unreachable endpoint a network problem with a remedy, not an internal error', async () => {
    const iam = new IAMClient({ region: 'us-east-1', endpoint: 'http://127.0.0.1:9', credentials: { accessKeyId: 'AKIAEXAMPLEEXAMPLE00', secretAccessKey: 'x'.repeat(40) }, maxAttempts: 1 });
    const error = await iam.send(new ListUsersCommand({})).catch((e: unknown) => e);
    const translated = translateAwsError(error, 'listing users');
    expect(translated.code).toBe('NETWORK');
    expect(translated.message).toContain('listing users');
    expect(translated.remedy).toMatch(/endpoint/);
    iam.destroy();
  });

  it('keeps AWS’s code, message and request id for AWS errors', () => {
    const error = Object.assign(new Error('The role with name Admin cannot be found.'), { name: 'NoSuchEntityException', Code: 'NoSuchEntity', $metadata: { httpStatusCode: 404, requestId: 'req-1' } });
    expect(translateAwsError(error, 'reading the role Admin').toApiError()).toEqual({
      code: 'NOT_FOUND',
      message: 'AWS refused reading the role Admin: The role with name Admin cannot be found.',
      retryable: false,
      awsCode: 'NoSuchEntity',
      requestId: 'req-1',
    });
  });

  it('marks throttling as retryable with a remedy', () => {
    const error = Object.assign(new Error('Rate exceeded'), { name: 'Throttling', $metadata: { httpStatusCode: 400 } });
    expect(translateAwsError(error, 'listing roles')).toMatchObject({ code: 'THROTTLED', retryable: true });
  });

  it('translates the JSON services’ …Exception spelling like the query services’ code', () => {
    const json = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException', $metadata: { httpStatusCode: 400 } });
    const query = Object.assign(new Error('x'), { name: 'EntityAlreadyExistsException', Code: 'EntityAlreadyExists', $metadata: { httpStatusCode: 409 } });
    const sdkClass = Object.assign(new Error('x'), { name: 'AccessDeniedException', $metadata: { httpStatusCode: 403 } });
    expect(translateAwsError(json, 'listing').code).toBe('THROTTLED');
    expect(translateAwsError(query, 'creating').code).toBe('ALREADY_EXISTS');
    expect(translateAwsError(sdkClass, 'reading').code).toBe('ACCESS_DENIED');
  });
});
