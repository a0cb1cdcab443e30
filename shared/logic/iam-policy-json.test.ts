import { describe, expect, it } from 'vitest';
import { parseIamPolicyJson } from './iam-policy-json';

describe('parseIamPolicyJson', () => {
  const doc = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRoleWithSAML', Resource: '*' }] };
  it('reads plain JSON and the URL-encoded form IAM returns from Get calls', () => {
    expect(parseIamPolicyJson(JSON.stringify(doc))).toEqual(doc);
    expect(parseIamPolicyJson(encodeURIComponent(JSON.stringify(doc)))).toEqual(doc);
  });
  it('refuses text that is neither, including arrays and broken escapes', () => {
    expect(parseIamPolicyJson('%E0%A4%A')).toBeUndefined();
    expect(parseIamPolicyJson('[1]')).toBeUndefined();
    expect(parseIamPolicyJson('not json')).toBeUndefined();
  });
});
