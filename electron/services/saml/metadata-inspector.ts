import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import type { MetadataCertificate, MetadataInspection, MetadataProblem, MetadataSource, SsoEndpoint } from '../../../shared/model/saml-metadata';
import { readCertificate } from './certificate-facts';
import { METADATA_MIN_CHARACTERS, preParseProblems, withoutBom } from './metadata-text-checks';

const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const DS = 'http://www.w3.org/2000/09/xmldsig#';
const SAMLP = 'urn:oasis:names:tc:SAML:2.0:protocol';
const SAML = 'urn:oasis:names:tc:SAML:2.0:assertion';

/** An inspection, plus the exact document that would be sent to IAM when it is acceptable. */
export interface MetadataReading {
  readonly inspection: MetadataInspection;
  readonly documentForAws?: string;
}

function children(parent: Element, ns: string, name: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1 && (n as Element).namespaceURI === ns && (n as Element).localName === name) out.push(n as Element);
  }
  return out;
}

function descendants(parent: Element | Document, ns: string, name: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(ns, name));
}

function bindingName(binding: string): string {
  return binding.replace('urn:oasis:names:tc:SAML:2.0:bindings:', '').replace('urn:oasis:names:tc:SAML:1.0:profiles:', 'SAML 1 ');
}

function parse(text: string): Document | string {
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new Error(message);
      },
    }).parseFromString(text, 'text/xml');
    return doc.documentElement ? doc : 'The document has no root element.';
  } catch (error) {
    return (error as Error).message.split('\n')[0] ?? 'not well-formed';
  }
}

function failed(problems: MetadataProblem[], hasBom: boolean, characters: number, extra: Partial<MetadataInspection> = {}): MetadataReading {
  return { inspection: { ok: false, entities: [], ssoEndpoints: [], certificates: [], warnings: [], problems, characters, hasBom, ...extra } };
}

function entitiesOf(root: Element): Element[] {
  if (root.namespaceURI === MD && root.localName === 'EntityDescriptor') return [root];
  return descendants(root, MD, 'EntityDescriptor');
}

function describeEntity(e: Element): MetadataInspection['entities'][number] {
  const name = descendants(e, MD, 'OrganizationDisplayName')[0]?.textContent?.trim();
  return {
    entityId: e.getAttribute('entityID') ?? '',
    isIdp: children(e, MD, 'IDPSSODescriptor').length > 0,
    isSp: children(e, MD, 'SPSSODescriptor').length > 0,
    ...(name ? { displayName: name } : {}),
  };
}

/** Serializes one EntityDescriptor on its own; inherited namespace declarations are carried over. */
function standalone(entity: Element): string {
  const clone = entity.cloneNode(true) as Element;
  for (let p = entity.parentNode as Element | null; p && p.nodeType === 1; p = p.parentNode as Element | null) {
    for (const attr of Array.from(p.attributes)) {
      if ((attr.name === 'xmlns' || attr.name.startsWith('xmlns:')) && !clone.hasAttribute(attr.name)) clone.setAttribute(attr.name, attr.value);
    }
  }
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(clone);
}

function readCertificates(idp: Element, now: Date): { certificates: MetadataCertificate[]; repeated: boolean } {
  const certificates: MetadataCertificate[] = [];
  let repeated = false;
  const seen = new Set<string>();
  for (const kd of children(idp, MD, 'KeyDescriptor')) {
    const useAttr = kd.getAttribute('use');
    const use = useAttr === 'signing' ? 'signing' : useAttr === 'encryption' ? 'encryption' : 'both';
    for (const x of descendants(kd, DS, 'X509Certificate')) {
      const reading = readCertificate(x.textContent ?? '', use, now);
      const key = `${use}:${reading.facts.sha256}`;
      if (seen.has(key)) continue;
      seen.add(key);
      repeated ||= reading.repeatedExtension;
      certificates.push({ ...reading.facts, latestSigning: false });
    }
  }
  const signing = certificates.filter((c) => c.use !== 'encryption' && c.status !== 'unreadable');
  const latest = signing.reduce<MetadataCertificate | undefined>((best, c) => (!best || c.notAfter > best.notAfter ? c : best), undefined);
  if (latest) latest.latestSigning = true;
  return { certificates, repeated };
}

/**
 * Inspects IdP metadata the way IAM will judge it, without fetching anything: refuses DTDs
 * before parsing, explains documents that are not IdP metadata, reads every certificate.
 */
export function inspectMetadata(source: MetadataSource, now: Date): MetadataReading {
  const { text, hasBom } = withoutBom(source.xml, source.stripBom);
  const early = preParseProblems(text, hasBom && !source.stripBom);
  if (early.some((p) => p.code !== 'bom')) return failed(early, hasBom, text.length);
  const parsed = parse(hasBom && !source.stripBom ? text.slice(1) : text);
  if (typeof parsed === 'string') {
    return failed([{ code: 'not-xml', message: `The document is not well-formed XML: ${parsed}`, remedy: 'Copy the whole metadata document, or download the file again; it may be cut off.' }], hasBom, text.length);
  }
  const root = parsed.documentElement!;
  if ((root.namespaceURI === SAMLP && root.localName === 'Response') || (root.namespaceURI === SAML && root.localName === 'Assertion')) {
    return failed([{ code: 'saml-response', message: 'This is a SAML response (a sign-in assertion), not the IdP’s metadata.', remedy: 'Download the metadata from the IdP’s application settings (“IdP metadata” or “Federation metadata XML”).' }], hasBom, text.length);
  }
  if (root.namespaceURI !== MD || (root.localName !== 'EntityDescriptor' && root.localName !== 'EntitiesDescriptor')) {
    return failed([{ code: 'not-metadata', message: `This XML is not SAML metadata: its root element is <${root.tagName}>.`, remedy: 'Use the file whose root element is <EntityDescriptor> from your IdP.' }], hasBom, text.length);
  }
  const all = entitiesOf(root);
  const entities = all.map(describeEntity);
  const idps = all.filter((e) => children(e, MD, 'IDPSSODescriptor').length > 0);
  if (idps.length === 0) {
    const sp = entities.some((e) => e.isSp);
    return failed(
      [sp
        ? { code: 'sp-metadata', message: 'This is service-provider (SP) metadata: it describes an application, not the identity provider that signs users in.', remedy: 'Download the IdP metadata instead (in Okta “Identity Provider metadata”, in Entra ID “Federation Metadata XML”).' }
        : { code: 'not-metadata', message: 'The document holds no identity provider (no IDPSSODescriptor).', remedy: 'Download the IdP metadata from your identity provider.' }],
      hasBom, text.length, { entities },
    );
  }
  let chosen: Element;
  if (source.entityId !== undefined) {
    const match = idps.find((e) => e.getAttribute('entityID') === source.entityId);
    if (!match) {
      return failed([{ code: 'unknown-entity', message: `The document has no identity provider with entity ID ${source.entityId}.`, remedy: 'Choose one of the identity providers listed.' }], hasBom, text.length, { entities });
    }
    chosen = match;
  } else if (idps.length > 1) {
    return failed([{ code: 'choose-entity', message: `The document lists ${idps.length} identity providers; IAM needs exactly one.`, remedy: 'Choose the identity provider to register; only its EntityDescriptor is sent to AWS.' }], hasBom, text.length, { entities });
  } else {
    chosen = idps[0]!;
  }
  const documentForAws = root === chosen ? text : standalone(chosen);
  const idp = children(chosen, MD, 'IDPSSODescriptor')[0]!;
  const ssoEndpoints: SsoEndpoint[] = children(idp, MD, 'SingleSignOnService').map((s) => {
    const binding = s.getAttribute('Binding') ?? '';
    return { binding, bindingName: bindingName(binding), location: s.getAttribute('Location') ?? '' };
  });
  const { certificates, repeated } = readCertificates(idp, now);
  const problems: MetadataProblem[] = [...early];
  const warnings: string[] = [];
  const signing = certificates.filter((c) => c.use !== 'encryption');
  const usable = signing.filter((c) => c.status === 'valid' || c.status === 'expiring');
  if (signing.length === 0) {
    problems.push({ code: 'no-signing-certificate', message: 'The identity provider lists no signing certificate, so AWS could not verify its sign-ins.', remedy: 'Download the IdP metadata again (not the SP metadata); it must contain a <KeyDescriptor use="signing"> with an X.509 certificate.' });
  } else if (signing.some((c) => c.status === 'weak')) {
    const weak = signing.find((c) => c.status === 'weak')!;
    problems.push({ code: 'weak-key', message: `The signing certificate ${weak.subject} has a ${weak.keyBits}-bit key; IAM requires at least 1024 bits.`, remedy: 'Generate a new signing certificate with a 2048-bit (or larger) RSA key in the IdP and download the metadata again.' });
  } else if (usable.length === 0) {
    const latest = signing.find((c) => c.latestSigning) ?? signing[0]!;
    problems.push({ code: latest.status === 'unreadable' ? 'bad-certificate' : 'expired-certificate', message: latest.status === 'unreadable' ? 'The signing certificate could not be read.' : `The signing certificate ${latest.subject} expired on ${latest.notAfter.slice(0, 10)}.`, remedy: 'Renew (rotate) the signing certificate in the IdP, then download its metadata again.' });
  }
  if (repeated) {
    problems.push({ code: 'repeated-extension', message: 'A certificate repeats an X.509 extension, which IAM rejects.', remedy: 'Issue the IdP a new signing certificate without duplicate extensions.' });
  }
  for (const c of signing) {
    if (c.status === 'expiring') warnings.push(`The signing certificate ${c.subject} expires in ${c.daysLeft} day(s), on ${c.notAfter.slice(0, 10)}. Plan the rotation now.`);
    if (c.status === 'expired' && usable.length > 0) warnings.push(`The signing certificate ${c.subject} expired on ${c.notAfter.slice(0, 10)}; AWS will use the others.`);
  }
  if (signing.length > 1) {
    const latest = signing.find((c) => c.latestSigning);
    if (latest) warnings.push(`There are ${signing.length} signing certificates; the one that stays valid longest is ${latest.subject} (until ${latest.notAfter.slice(0, 10)}, SHA-256 ${latest.sha256.slice(0, 23)}…).`);
  }
  if (ssoEndpoints.length === 0) warnings.push('The identity provider lists no SingleSignOnService endpoint; only IdP-initiated sign-in will work.');
  if (documentForAws.length < METADATA_MIN_CHARACTERS) {
    problems.push({ code: 'too-short', message: `The document has ${documentForAws.length} characters; IAM requires at least 1,000.`, remedy: 'Use the full metadata document from the IdP, including its certificate.' });
  }
  const validUntil = chosen.getAttribute('validUntil') ?? (root !== chosen ? root.getAttribute('validUntil') : null) ?? undefined;
  if (validUntil && Date.parse(validUntil) < now.getTime()) warnings.push(`The metadata says it was valid until ${validUntil}; download a fresh copy from the IdP.`);
  const ok = problems.length === 0;
  return {
    inspection: { ok, entityId: chosen.getAttribute('entityID') ?? '', entities, ssoEndpoints, certificates, ...(validUntil ? { validUntil } : {}), warnings, problems, characters: documentForAws.length, hasBom },
    ...(ok ? { documentForAws } : {}),
  };
}
