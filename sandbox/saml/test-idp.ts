import { generateKeyPairSync, randomUUID } from 'node:crypto';
import forge from 'node-forge';
import { SignedXml } from 'xml-crypto';

/**
 * A throwaway SAML identity provider for tests: a self-signed RSA certificate, its IdP
 * metadata, and signed SAML responses that AWS STS (or the sandbox) would accept.
 *
 *   const idp = createTestIdp({ entityId: 'https://idp.example.test' });
 *   await iam.send(new CreateSAMLProviderCommand({ Name: 'Test', SAMLMetadataDocument: idp.metadataXml() }));
 *   const SAMLAssertion = idp.samlResponse({ roles: [[roleArn, providerArn]], sessionName: 'alice' });
 *
 * Every claim can be overridden to build failing cases (wrong audience, expired, …);
 * `samlResponseXml` gives the signed XML for tampering tests.
 */
export interface TestIdp {
  readonly entityId: string;
  readonly certificatePem: string;
  readonly privateKeyPem: string;
  /** The certificate body (base64 DER) as it appears in ds:X509Certificate. */
  readonly certificateBase64: string;
  metadataXml(options?: { validUntil?: Date; extraCertificatesBase64?: string[] }): string;
  samlResponseXml(options: SamlResponseOptions): string;
  /** Base64 of samlResponseXml, ready for AssumeRoleWithSAML's SAMLAssertion. */
  samlResponse(options: SamlResponseOptions): string;
}

export interface TestIdpOptions {
  entityId?: string;
  keyBits?: number;
  /** Certificate validity window; defaults to one day ago until one year from now. */
  notBefore?: Date;
  notAfter?: Date;
}

export interface SamlResponseOptions {
  /** Role attribute values: [roleArn, providerArn] pairs (written in that order) or raw strings. */
  roles: Array<readonly [string, string] | string>;
  /** RoleSessionName attribute; null leaves it out. Default "test-user". */
  sessionName?: string | null;
  /** SessionDuration attribute in seconds. */
  sessionDuration?: number;
  issuer?: string;
  audience?: string;
  /** SubjectConfirmationData Recipient (and Response Destination). */
  recipient?: string;
  nameId?: string;
  nameIdFormat?: string;
  /** The moment the response is issued; defaults to now. */
  issueInstant?: Date;
  notBefore?: Date;
  notOnOrAfter?: Date;
  subjectNotOnOrAfter?: Date;
  /** Which element carries the signature; 'none' produces an unsigned response. */
  sign?: 'assertion' | 'response' | 'both' | 'none';
  signatureAlgorithm?: 'rsa-sha256' | 'rsa-sha1';
  /** Extra attributes: name → values. */
  attributes?: Record<string, string[]>;
}

const SIG_ALGORITHMS = {
  'rsa-sha256': { signature: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256', digest: 'http://www.w3.org/2001/04/xmlenc#sha256' },
  'rsa-sha1': { signature: 'http://www.w3.org/2000/09/xmldsig#rsa-sha1', digest: 'http://www.w3.org/2000/09/xmldsig#sha1' },
} as const;
const EXC_C14N = 'http://www.w3.org/2001/10/xml-exc-c14n#';
const ENVELOPED = 'http://www.w3.org/2000/09/xmldsig#enveloped-signature';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function selfSignedCertificate(privateKeyPem: string, publicKeyPem: string, cn: string, notBefore: Date, notAfter: Date): string {
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(publicKeyPem);
  cert.serialNumber = '01' + forge.util.bytesToHex(forge.random.getBytesSync(8));
  cert.validity.notBefore = notBefore;
  cert.validity.notAfter = notAfter;
  const attrs = [{ name: 'commonName', value: cn.slice(0, 64) }, { name: 'organizationName', value: 'Portcullis Test IdP' }];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.sign(forge.pki.privateKeyFromPem(privateKeyPem), forge.md.sha256.create());
  return forge.pki.certificateToPem(cert);
}

function sign(xml: string, idpKey: string, elementLocalName: string, algorithm: keyof typeof SIG_ALGORITHMS): string {
  const alg = SIG_ALGORITHMS[algorithm];
  const sig = new SignedXml({ privateKey: idpKey, signatureAlgorithm: alg.signature, canonicalizationAlgorithm: EXC_C14N });
  const xpath = `//*[local-name(.)='${elementLocalName}']`;
  sig.addReference({ xpath, digestAlgorithm: alg.digest, transforms: [ENVELOPED, EXC_C14N] });
  // SAML schema order: the Signature follows the element's Issuer.
  sig.computeSignature(xml, { prefix: 'ds', location: { reference: `${xpath}/*[local-name(.)='Issuer']`, action: 'after' } });
  return sig.getSignedXml();
}

/** Creates a test IdP with a fresh 2048-bit (by default) RSA key and self-signed certificate. */
export function createTestIdp(options: TestIdpOptions = {}): TestIdp {
  const entityId = options.entityId ?? `https://idp.example.test/${randomUUID()}`;
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: options.keyBits ?? 2048 });
  const privateKeyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const publicKeyPem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const now = Date.now();
  const certificatePem = selfSignedCertificate(
    privateKeyPem,
    publicKeyPem,
    entityId,
    options.notBefore ?? new Date(now - 86_400_000),
    options.notAfter ?? new Date(now + 365 * 86_400_000),
  );
  const certificateBase64 = certificatePem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');

  const metadataXml: TestIdp['metadataXml'] = (opts = {}) => {
    const certs = [certificateBase64, ...(opts.extraCertificatesBase64 ?? [])]
      .map((c) => `    <md:KeyDescriptor use="signing">\n      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>${c}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>\n    </md:KeyDescriptor>`)
      .join('\n');
    const validUntil = opts.validUntil ? ` validUntil="${opts.validUntil.toISOString()}"` : '';
    return `<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${escapeXml(entityId)}"${validUntil}>
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
${certs}
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${escapeXml(entityId.replace(/\/+$/, ''))}/sso"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${escapeXml(entityId.replace(/\/+$/, ''))}/sso"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>
`;
  };

  const samlResponseXml = (o: SamlResponseOptions): string => {
    const issued = o.issueInstant ?? new Date();
    const notBefore = o.notBefore ?? new Date(issued.getTime() - 60_000);
    const notOnOrAfter = o.notOnOrAfter ?? new Date(issued.getTime() + 5 * 60_000);
    const subjectNotOnOrAfter = o.subjectNotOnOrAfter ?? notOnOrAfter;
    const issuer = escapeXml(o.issuer ?? entityId);
    const recipient = escapeXml(o.recipient ?? 'https://signin.aws.amazon.com/saml');
    const audience = escapeXml(o.audience ?? 'urn:amazon:webservices');
    const responseId = `_${randomUUID()}`;
    const assertionId = `_${randomUUID()}`;
    const attrs: Record<string, string[]> = {
      'https://aws.amazon.com/SAML/Attributes/Role': o.roles.map((r) => (typeof r === 'string' ? r : `${r[0]},${r[1]}`)),
    };
    const sessionName = o.sessionName === undefined ? 'test-user' : o.sessionName;
    if (sessionName !== null) attrs['https://aws.amazon.com/SAML/Attributes/RoleSessionName'] = [sessionName];
    if (o.sessionDuration !== undefined) attrs['https://aws.amazon.com/SAML/Attributes/SessionDuration'] = [String(o.sessionDuration)];
    Object.assign(attrs, o.attributes ?? {});
    const attributeXml = Object.entries(attrs)
      .map(([name, values]) => `<saml:Attribute Name="${escapeXml(name)}">${values.map((v) => `<saml:AttributeValue>${escapeXml(v)}</saml:AttributeValue>`).join('')}</saml:Attribute>`)
      .join('');
    const iso = (d: Date) => d.toISOString();
    let xml = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${responseId}" Version="2.0" IssueInstant="${iso(issued)}" Destination="${recipient}"><saml:Issuer>${issuer}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status><saml:Assertion ID="${assertionId}" Version="2.0" IssueInstant="${iso(issued)}"><saml:Issuer>${issuer}</saml:Issuer><saml:Subject><saml:NameID Format="${escapeXml(o.nameIdFormat ?? 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent')}">${escapeXml(o.nameId ?? sessionName ?? 'test-user')}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData NotOnOrAfter="${iso(subjectNotOnOrAfter)}" Recipient="${recipient}"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="${iso(notBefore)}" NotOnOrAfter="${iso(notOnOrAfter)}"><saml:AudienceRestriction><saml:Audience>${audience}</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement AuthnInstant="${iso(issued)}" SessionIndex="${assertionId}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement><saml:AttributeStatement>${attributeXml}</saml:AttributeStatement></saml:Assertion></samlp:Response>`;
    const mode = o.sign ?? 'assertion';
    const algorithm = o.signatureAlgorithm ?? 'rsa-sha256';
    if (mode === 'assertion' || mode === 'both') xml = sign(xml, privateKeyPem, 'Assertion', algorithm);
    if (mode === 'response' || mode === 'both') xml = sign(xml, privateKeyPem, 'Response', algorithm);
    return xml;
  };

  return {
    entityId,
    certificatePem,
    privateKeyPem,
    certificateBase64,
    metadataXml,
    samlResponseXml,
    samlResponse: (o) => Buffer.from(samlResponseXml(o), 'utf8').toString('base64'),
  };
}
