import { describe, expect, it } from 'vitest';
import { globalSigninUrl, regionalSigninUrl, spFacts, spMetadataXml } from './saml-sp-facts';
import { idpGuides } from './idp-guides';

describe('AWS service-provider facts', () => {
  it('uses the documented endpoints per partition', () => {
    expect(globalSigninUrl('aws')).toBe('https://signin.aws.amazon.com/saml');
    expect(globalSigninUrl('aws-cn')).toBe('https://signin.amazonaws.cn/saml');
    expect(globalSigninUrl('aws-us-gov')).toBe('https://signin.amazonaws-us-gov.com/saml');
    expect(spFacts('aws', 'eu-west-1', '111122223333').entityId).toBe('urn:amazon:webservices');
  });

  it('uses the global host as us-east-1 regional endpoint and region hosts elsewhere', () => {
    expect(regionalSigninUrl('aws', 'us-east-1')).toBe('https://signin.aws.amazon.com/saml');
    expect(regionalSigninUrl('aws', 'eu-west-1')).toBe('https://eu-west-1.signin.aws.amazon.com/saml');
    expect(regionalSigninUrl('aws', 'not a region')).toBeUndefined();
  });

  it('writes SP metadata with the entity id, both ACS URLs and the required attributes', () => {
    const xml = spMetadataXml(spFacts('aws', 'eu-central-1', '111122223333'));
    expect(xml).toContain('entityID="urn:amazon:webservices"');
    expect(xml).toContain('Location="https://signin.aws.amazon.com/saml" index="1" isDefault="true"');
    expect(xml).toContain('Location="https://eu-central-1.signin.aws.amazon.com/saml" index="2"');
    expect(xml).toMatch(/Attributes\/Role" NameFormat=".*" isRequired="true"/);
  });

  it('fills every guide card with this account’s values', () => {
    const facts = spFacts('aws-us-gov', 'us-gov-west-1', '111122223333');
    const guides = idpGuides(facts, 'arn:aws-us-gov:iam::111122223333:role/A,arn:aws-us-gov:iam::111122223333:saml-provider/P');
    expect(guides.map((g) => g.id)).toEqual(['authpoint', 'miniorange', 'authentik', 'okta', 'entra', 'google', 'keycloak', 'generic']);
    for (const g of guides) expect(g.fields.some((f) => f.value === 'https://signin.amazonaws-us-gov.com/saml')).toBe(true);
    expect(guides.find((g) => g.id === 'okta')!.fields.find((f) => f.label.startsWith('Audience'))!.value).toBe('urn:amazon:webservices:govcloud');
  });
});
