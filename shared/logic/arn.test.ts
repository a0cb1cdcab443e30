import { describe, expect, it } from 'vitest';
import { iamArn, parseArn, partitionOfArn } from './arn';

describe('ARNs', () => {
  it('parses resources that contain colons and slashes', () => {
    expect(parseArn('arn:aws:sts::123456789012:assumed-role/Admin/alice:x')).toEqual({
      partition: 'aws',
      service: 'sts',
      region: '',
      accountId: '123456789012',
      resource: 'assumed-role/Admin/alice:x',
    });
  });
  it('rejects text that is not an ARN', () => {
    expect(parseArn('arn:aws')).toBeUndefined();
    expect(parseArn('urn:amazon:webservices')).toBeUndefined();
  });
  it('derives the partition from the caller ARN', () => {
    expect(partitionOfArn('arn:aws-cn:iam::123456789012:user/bob')).toBe('aws-cn');
    expect(partitionOfArn('arn:aws-us-gov:iam::123456789012:root')).toBe('aws-us-gov');
    expect(partitionOfArn('arn:aws:iam::123456789012:root')).toBe('aws');
  });
  it('builds IAM ARNs in the right partition', () => {
    expect(iamArn('aws-us-gov', '123456789012', 'saml-provider/Okta')).toBe('arn:aws-us-gov:iam::123456789012:saml-provider/Okta');
  });
});
