import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

/** Why a document was refused before or during parsing. */
export class UnsafeXmlError extends Error {}

/**
 * Parses XML that came from outside. DTDs are refused outright (so no entity expansion,
 * no external fetch can happen), as is a byte-order mark, which IAM also rejects.
 */
export function parseUntrustedXml(text: string, maxLength: number): Document {
  if (text.length > maxLength) throw new UnsafeXmlError(`document longer than ${maxLength} characters`);
  if (text.charCodeAt(0) === 0xfeff) throw new UnsafeXmlError('document starts with a byte-order mark');
  if (/<!DOCTYPE/i.test(text) || /<!ENTITY/i.test(text)) throw new UnsafeXmlError('document type declarations are not allowed');
  let doc: Document;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') throw new UnsafeXmlError(message);
      },
    }).parseFromString(text, 'text/xml');
  } catch (err) {
    throw new UnsafeXmlError(`not well-formed XML: ${(err as Error).message}`);
  }
  if (!doc.documentElement) throw new UnsafeXmlError('no root element');
  return doc;
}

/** Child elements of `parent` with a namespace and local name. */
export function childElements(parent: Element, namespace: string, localName: string): Element[] {
  const out: Element[] = [];
  for (let n = parent.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 1) {
      const el = n as Element;
      if (el.namespaceURI === namespace && el.localName === localName) out.push(el);
    }
  }
  return out;
}

/** All descendants of `parent` with a namespace and local name, in document order. */
export function descendantElements(parent: Element | Document, namespace: string, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(namespace, localName));
}

/** Text content, trimmed. */
export function textOf(el: Element | undefined): string {
  return (el?.textContent ?? '').trim();
}
