import { describe, expect, it } from 'vitest';
import { buildSamlTrustPolicy, hasSamlAudience, policySize, samePolicy, trustedSamlProviders } from './trust-policy-builder';

const provider = 'arn:aws:iam::111122223333:saml-provider/authpoint';

describe('SAML trust policies', () => {
  it('builds the console trust policy exactly as the IAM console does', () => {
    const policy = buildSamlTrustPolicy({ providerArn: provider, access: 'console', audiences: ['https://signin.aws.amazon.com/saml'], conditions: [], allowTagSession: false, allowSourceIdentity: false });
    expect(policy).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { Federated: provider }, Action: 'sts:AssumeRoleWithSAML', Condition: { StringEquals: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' } } }],
    });
  });

  it('lists regional audiences, tag and source identity actions, and merges attribute conditions', () => {
    const policy = buildSamlTrustPolicy({
      providerArn: provider,
      access: 'console',
      audiences: ['https://signin.aws.amazon.com/saml', 'https://eu-west-1.signin.aws.amazon.com/saml'],
      conditions: [{ key: 'SAML:iss', operator: 'StringEquals', values: ['https://idp.example'] }],
      allowTagSession: true,
      allowSourceIdentity: true,
    });
    const s = (policy.Statement as Array<Record<string, unknown>>)[0]!;
    expect(s.Action).toEqual(['sts:AssumeRoleWithSAML', 'sts:TagSession', 'sts:SetSourceIdentity']);
    expect(s.Condition).toEqual({ StringEquals: { 'SAML:aud': ['https://signin.aws.amazon.com/saml', 'https://eu-west-1.signin.aws.amazon.com/saml'], 'SAML:iss': 'https://idp.example' } });
  });

  it('leaves SAML:aud out of programmatic-only roles', () => {
    const policy = buildSamlTrustPolicy({ providerArn: provider, access: 'programmatic', audiences: ['https://signin.aws.amazon.com/saml'], conditions: [{ key: 'SAML:sub_type', operator: 'StringEquals', values: ['persistent'] }], allowTagSession: false, allowSourceIdentity: false });
    expect(hasSamlAudience(JSON.stringify(policy))).toBe(false);
  });

  it('counts size without whitespace', () => {
    const compact = '{"a":"b c"}';
    expect(policySize(JSON.stringify({ a: 'b c' }, null, 8))).toBe(compact.length);
  });

  it('finds trusted providers in URL-encoded trust policies as IAM returns them', () => {
    const doc = encodeURIComponent(JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: { Federated: [provider, 'cognito-identity.amazonaws.com'] }, Action: ['sts:AssumeRoleWithSAML'] } }));
    expect(trustedSamlProviders(doc)).toEqual([provider]);
    const deny = JSON.stringify({ Statement: [{ Effect: 'Deny', Principal: { Federated: provider }, Action: 'sts:AssumeRoleWithSAML' }] });
    expect(trustedSamlProviders(deny)).toEqual([]);
    expect(trustedSamlProviders('not json')).toEqual([]);
  });

  it('treats reordered lists and single-item lists as the same policy, and a different audience as different', () => {
    const a = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['sts:AssumeRoleWithSAML'], Principal: { Federated: provider }, Condition: { StringEquals: { 'SAML:aud': ['x', 'y'] } } }] });
    const b = encodeURIComponent(JSON.stringify({ Statement: { Principal: { Federated: provider }, Effect: 'Allow', Action: 'sts:AssumeRoleWithSAML', Condition: { StringEquals: { 'saml:aud': ['y', 'x'] } } }, Version: '2012-10-17' }));
    expect(samePolicy(a, b)).toBe(true);
    expect(samePolicy(a, a.replace('"y"', '"z"'))).toBe(false);
  });
});
