import { beforeAll, describe, expect, it } from 'vitest';
import { parseIdpMetadata } from './metadata-parser';
import { validateSamlResponse, type SamlProviderTrust } from './saml-response-validator';
import { createTestIdp, type SamlResponseOptions } from './test-idp';

const ACCOUNT = '111122223333';
const ROLE = `arn:aws:iam::${ACCOUNT}:role/SamlAdmins`;
const PROVIDER = `arn:aws:iam::${ACCOUNT}:saml-provider/Corp`;
const idp = createTestIdp({ entityId: 'https://idp.corp.test/saml' });
const otherIdp = createTestIdp({ entityId: 'https://idp.corp.test/saml' });
let provider: SamlProviderTrust;

beforeAll(() => {
  const m = parseIdpMetadata(idp.metadataXml());
  provider = { arn: PROVIDER, name: 'Corp', entityId: m.entityId, signingCertificates: m.signingCertificates };
});

const now = new Date();
const base: SamlResponseOptions = { roles: [[ROLE, PROVIDER]], sessionName: 'alice@corp.test', issueInstant: now };
const validate = (samlAssertionBase64: string, roleArn = ROLE) => validateSamlResponse({ samlAssertionBase64, roleArn, provider, accountId: ACCOUNT, now });
const b64 = (xml: string) => Buffer.from(xml).toString('base64');
const failure = (run: () => unknown) => {
  try {
    run();
  } catch (e) {
    const err = e as { code: string; message: string };
    return `${err.code}: ${err.message}`;
  }
  throw new Error('the response was accepted');
};

describe('validateSamlResponse', () => {
  it('accepts a response signed on the assertion, on the response, or both, with SHA-256 or SHA-1', () => {
    for (const sign of ['assertion', 'response', 'both'] as const) {
      const r = validate(idp.samlResponse({ ...base, sign }));
      expect(r.roleSessionName).toBe('alice@corp.test');
      expect(r.recipient).toBe('https://signin.aws.amazon.com/saml');
      expect(r.subjectType).toBe('persistent');
      expect(r.contextKeys['saml:aud']).toEqual(['https://signin.aws.amazon.com/saml']);
    }
    expect(validate(idp.samlResponse({ ...base, signatureAlgorithm: 'rsa-sha1' })).issuer).toBe('https://idp.corp.test/saml');
  });

  it('computes NameQualifier as base64(sha1(issuer + account + "/" + provider name))', async () => {
    const { createHash } = await import('node:crypto');
    const expected = createHash('sha1').update(`https://idp.corp.test/saml${ACCOUNT}/Corp`).digest('base64');
    expect(validate(idp.samlResponse(base)).nameQualifier).toBe(expected);
  });

  it('accepts the role pair in either order', () => {
    expect(validate(idp.samlResponse({ ...base, roles: [`${PROVIDER},${ROLE}`] })).roleSessionName).toBe('alice@corp.test');
  });

  it('refuses unsigned responses and responses signed by another key', () => {
    expect(failure(() => validate(idp.samlResponse({ ...base, sign: 'none' })))).toBe('InvalidIdentityToken: Response signature invalid');
    expect(failure(() => validate(otherIdp.samlResponse(base)))).toBe('InvalidIdentityToken: Response signature invalid');
  });

  it('refuses a response whose signed content was altered', () => {
    const xml = idp.samlResponseXml({ ...base, roles: [[`arn:aws:iam::${ACCOUNT}:role/ReadOnly`, PROVIDER]] });
    const tampered = xml.replace('role/ReadOnly', 'role/SamlAdmins');
    expect(failure(() => validate(b64(tampered)))).toBe('InvalidIdentityToken: Response signature invalid');
  });

  it('refuses signature wrapping: a forged assertion next to the genuinely signed one', () => {
    const xml = idp.samlResponseXml({ ...base, roles: [[`arn:aws:iam::${ACCOUNT}:role/ReadOnly`, PROVIDER]] });
    const signedAssertion = xml.slice(xml.indexOf('<saml:Assertion'), xml.indexOf('</saml:Assertion>') + '</saml:Assertion>'.length);
    const forged = signedAssertion.replace(/ID="[^"]+"/, 'ID="_evil"').replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, '').replace('role/ReadOnly', 'role/SamlAdmins');
    const wrapped = xml.replace(signedAssertion, `${forged}<samlp:Extensions>${signedAssertion}</samlp:Extensions>`);
    expect(failure(() => validate(b64(wrapped)))).toBe('InvalidIdentityToken: Response signature invalid');
    const moved = xml.replace(signedAssertion, `<samlp:Extensions>${signedAssertion}</samlp:Extensions>`);
    expect(failure(() => validate(b64(moved)))).toBe('InvalidIdentityToken: Response signature invalid');
  });

  it('refuses a wrong issuer, audience or recipient', () => {
    expect(failure(() => validate(idp.samlResponse({ ...base, issuer: 'https://evil.test' })))).toBe('InvalidIdentityToken: Issuer not present in specified provider');
    expect(failure(() => validate(idp.samlResponse({ ...base, audience: 'https://app.example.test' })))).toBe('InvalidIdentityToken: Response does not contain the required audience');
    expect(failure(() => validate(idp.samlResponse({ ...base, recipient: 'https://evil.test/saml' })))).toMatch(/^InvalidIdentityToken: Recipient/);
    expect(validate(idp.samlResponse({ ...base, recipient: 'https://eu-west-1.signin.aws.amazon.com/saml' })).recipient).toBe('https://eu-west-1.signin.aws.amazon.com/saml');
  });

  it('refuses expired responses and ones redeemed more than 5 minutes after issuance', () => {
    const past = new Date(now.getTime() - 60 * 60_000);
    expect(failure(() => validate(idp.samlResponse({ ...base, issueInstant: past })))).toBe('ExpiredTokenException: Response has expired');
    const stale = idp.samlResponse({ ...base, issueInstant: new Date(now.getTime() - 6 * 60_000), notOnOrAfter: new Date(now.getTime() + 60 * 60_000) });
    expect(failure(() => validate(stale))).toBe('ExpiredTokenException: Token must be redeemed within 5 minutes of issuance');
    const future = idp.samlResponse({ ...base, notBefore: new Date(now.getTime() + 30 * 60_000), notOnOrAfter: new Date(now.getTime() + 60 * 60_000) });
    expect(failure(() => validate(future))).toMatch(/^InvalidIdentityToken: Response is not yet valid/);
  });

  it('refuses a response without the requested role pair, or without a valid RoleSessionName', () => {
    expect(failure(() => validate(idp.samlResponse(base), `arn:aws:iam::${ACCOUNT}:role/Other`))).toBe('AccessDenied: Not authorized to perform sts:AssumeRoleWithSAML');
    expect(failure(() => validate(idp.samlResponse({ ...base, roles: [] })))).toMatch(/^InvalidIdentityToken: .*Role attribute/);
    expect(failure(() => validate(idp.samlResponse({ ...base, sessionName: null })))).toBe('InvalidIdentityToken: RoleSessionName is required in AuthnResponse');
    expect(failure(() => validate(idp.samlResponse({ ...base, sessionName: 'alice smith' })))).toBe('InvalidIdentityToken: RoleSessionName in AuthnResponse must match [a-zA-Z_0-9+=,.@-]{2,64}');
  });

  it('refuses a DOCTYPE inside the response and non-base64 input', () => {
    const xml = `<!DOCTYPE r [<!ENTITY x "y">]>${idp.samlResponseXml(base)}`;
    expect(failure(() => validate(b64(xml)))).toBe('InvalidIdentityToken: Invalid SAML response');
    expect(failure(() => validate('not base64 at all!'))).toMatch(/^InvalidIdentityToken: Invalid base64/);
  });
});
