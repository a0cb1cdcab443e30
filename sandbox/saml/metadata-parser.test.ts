import { generateKeyPairSync } from 'node:crypto';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { MetadataRejectedError, parseIdpMetadata } from './metadata-parser';
import { createTestIdp } from './test-idp';

const idp = createTestIdp({ entityId: 'https://idp.example.test/metadata' });

function rejection(text: string): string {
  try {
    parseIdpMetadata(text);
  } catch (err) {
    expect(err).toBeInstanceOf(MetadataRejectedError);
    expect((err as Error).message).toBe('Could not parse metadata');
    return (err as MetadataRejectedError).reason;
  }
  throw new Error('metadata was accepted');
}

describe('parseIdpMetadata', () => {
  it('reads the entity ID, the signing certificate and validUntil', () => {
    const validUntil = new Date('2030-01-01T00:00:00Z');
    const m = parseIdpMetadata(idp.metadataXml({ validUntil }));
    expect(m.entityId).toBe('https://idp.example.test/metadata');
    expect(m.signingCertificates).toHaveLength(1);
    expect(m.signingCertificates[0]!.replace(/-----[^-]+-----|\s/g, '')).toBe(idp.certificateBase64);
    expect(m.validUntil?.toISOString()).toBe(validUntil.toISOString());
    expect(parseIdpMetadata(idp.metadataXml()).validUntil).toBeUndefined();
  });

  it('refuses XXE and billion-laughs documents without expanding anything', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${idp.metadataXml().replace(/^<\?xml[^>]*>/, '')}`;
    expect(rejection(xxe)).toMatch(/document type/);
    const laughs = `<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><lolz>&lol2;</lolz>`;
    expect(rejection(laughs)).toMatch(/document type/);
  });

  it('refuses a byte-order mark, oversized documents, HTML and broken XML', () => {
    expect(rejection('\uFEFF' + idp.metadataXml())).toMatch(/byte-order mark/);
    expect(rejection(idp.metadataXml() + ' '.repeat(10_000_001))).toMatch(/longer than/);
    expect(rejection('<html><body><h1>Sign in</h1><p>Your session expired<br></p></body></html>')).toMatch(/well-formed|EntityDescriptor/);
    expect(rejection('<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"')).toMatch(/well-formed/);
  });

  it('refuses SP-only metadata (the AWS saml-metadata.xml pasted by mistake)', () => {
    const sp = idp.metadataXml().replace(/IDPSSODescriptor/g, 'SPSSODescriptor');
    expect(rejection(sp)).toMatch(/IDPSSODescriptor/);
  });

  it('requires a signing certificate, ignoring encryption-only keys', () => {
    expect(rejection(idp.metadataXml().replace('use="signing"', 'use="encryption"'))).toMatch(/no signing certificate/);
    expect(parseIdpMetadata(idp.metadataXml().replace(' use="signing"', '')).signingCertificates).toHaveLength(1);
  });

  it('refuses a certificate with a key shorter than 1024 bits', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 768 });
    const cert = forge.pki.createCertificate();
    cert.publicKey = forge.pki.publicKeyFromPem(publicKey.export({ type: 'spki', format: 'pem' }).toString());
    cert.serialNumber = '01';
    cert.validity.notBefore = new Date();
    cert.validity.notAfter = new Date(Date.now() + 86_400_000);
    cert.setSubject([{ name: 'commonName', value: 'weak' }]);
    cert.setIssuer([{ name: 'commonName', value: 'weak' }]);
    cert.sign(forge.pki.privateKeyFromPem(privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()), forge.md.sha256.create());
    const weak = forge.util.encode64(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes());
    expect(rejection(idp.metadataXml().replace(idp.certificateBase64, weak))).toMatch(/768 bits/);
  });
});
