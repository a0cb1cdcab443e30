import type { Document, Element } from '@xmldom/xmldom';
import { SignedXml } from 'xml-crypto';
import { NS } from './saml-namespaces';
import { childElements, descendantElements, parseUntrustedXml } from './safe-xml';

/** The part of a SAML response a valid signature covers. */
export interface SignedSamlContent {
  /** The Assertion as it was signed (re-parsed from the signed bytes, never from the original tree). */
  readonly assertion: Element;
  /** The signed Response, when the signature covers the whole response. */
  readonly response?: Element;
}

const ALLOWED_SIGNATURE_ALGORITHMS = new Set([
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
  'http://www.w3.org/2000/09/xmldsig#rsa-sha1',
  'http://www.w3.org/2001/04/xmldsig-more#rsa-sha512',
]);

function idOf(el: Element): string | null {
  return el.getAttribute('ID') || el.getAttribute('Id') || el.getAttribute('id');
}

function candidateSignatures(doc: Document): Element[] {
  const root = doc.documentElement!;
  const out: Element[] = [];
  const assertions = root.namespaceURI === NS.assertion && root.localName === 'Assertion' ? [root] : childElements(root, NS.assertion, 'Assertion');
  // Only signatures enveloped directly in the Response or an Assertion count.
  for (const el of [root, ...assertions]) out.push(...childElements(el, NS.dsig, 'Signature'));
  return out;
}

function verifyOne(xml: string, signature: Element, certificatePem: string): string | undefined {
  const parent = signature.parentNode as Element;
  const id = idOf(parent);
  if (!id) return undefined;
  const method = descendantElements(signature, NS.dsig, 'SignatureMethod')[0]?.getAttribute('Algorithm');
  if (!method || !ALLOWED_SIGNATURE_ALGORITHMS.has(method)) return undefined;
  const refs = descendantElements(signature, NS.dsig, 'Reference');
  // The single reference must point at the element that envelops the signature.
  if (refs.length !== 1 || refs[0]!.getAttribute('URI') !== `#${id}`) return undefined;
  const verifier = new SignedXml({ publicCert: certificatePem });
  try {
    verifier.loadSignature(signature as unknown as Node);
    if (!verifier.checkSignature(xml)) return undefined;
  } catch {
    return undefined;
  }
  return verifier.getSignedReferences()[0];
}

/**
 * Verifies the response's enveloped signature against the IdP's metadata certificates and
 * returns the signed content. Everything later read comes from the signed bytes, so an
 * attacker's unsigned copy wrapped elsewhere in the document is never looked at.
 */
export function verifySamlSignature(xml: string, doc: Document, certificates: readonly string[]): SignedSamlContent | undefined {
  const assertionCount = descendantElements(doc, NS.assertion, 'Assertion').length;
  if (assertionCount !== 1) return undefined;
  for (const signature of candidateSignatures(doc)) {
    for (const cert of certificates) {
      const signedXml = verifyOne(xml, signature, cert);
      if (signedXml === undefined) continue;
      // Canonical XML can be longer than the original (empty elements are written out in full).
      const signedRoot = parseUntrustedXml(signedXml, 4 * xml.length + 1024).documentElement!;
      if (signedRoot.namespaceURI === NS.assertion && signedRoot.localName === 'Assertion') return { assertion: signedRoot };
      if (signedRoot.namespaceURI === NS.protocol && signedRoot.localName === 'Response') {
        const inner = childElements(signedRoot, NS.assertion, 'Assertion');
        if (inner.length === 1) return { assertion: inner[0]!, response: signedRoot };
      }
    }
  }
  return undefined;
}
