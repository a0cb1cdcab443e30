import type { MetadataProblem } from '../../../shared/model/saml-metadata';

/** IAM's limit for SAMLMetadataDocument. */
export const METADATA_MAX_CHARACTERS = 10_000_000;
/** IAM's lower limit: a shorter document fails validation. */
export const METADATA_MIN_CHARACTERS = 1000;

const BOM = '\uFEFF';

/** The text with a leading byte-order mark removed when asked to, and whether one was there. */
export function withoutBom(xml: string, strip: boolean): { text: string; hasBom: boolean } {
  const hasBom = xml.startsWith(BOM);
  return { text: hasBom && strip ? xml.slice(1) : xml, hasBom };
}

/**
 * Checks that must pass before any XML parser sees the text: size, encoding, and anything that
 * could make a parser expand entities or fetch a DTD. Cheap, so hostile input fails fast.
 */
export function preParseProblems(xml: string, hasBom: boolean): MetadataProblem[] {
  if (xml.length > METADATA_MAX_CHARACTERS) {
    return [{ code: 'too-large', message: `The document has ${xml.length.toLocaleString('en-US')} characters; IAM accepts at most 10,000,000.`, remedy: 'Use the metadata of your one IdP, not a whole federation’s aggregate.' }];
  }
  if (/^\s*$/.test(xml)) {
    return [{ code: 'empty', message: 'The document is empty.', remedy: 'Download the metadata from your IdP again, or paste its full XML.' }];
  }
  const head = xml.slice(0, 2048);
  if (head.includes('\u0000') || head.startsWith('\uFFFE') || head.startsWith('\uFFFD\uFFFD') || /encoding\s*=\s*["']utf-16/i.test(head)) {
    return [{ code: 'utf16', message: 'The document is encoded as UTF-16; IAM accepts only UTF-8.', remedy: 'Save the file as UTF-8 (without BOM) in a text editor, or download it again from the IdP.' }];
  }
  if (/^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(head.replace(BOM, '')) || /<(head|body)[\s>]/i.test(head) && !/<\?xml|EntityDescriptor/.test(head)) {
    return [{ code: 'html', message: 'This is a web page (HTML), not SAML metadata — probably a login page saved from the browser.', remedy: 'In your IdP’s admin console, use “Download metadata” (an XML file starting with <EntityDescriptor>), or give the metadata URL.' }];
  }
  const problems: MetadataProblem[] = [];
  // Refused before parsing: a DTD is how XXE and "billion laughs" attacks get in.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    problems.push({ code: 'dtd', message: 'The document contains a DTD (<!DOCTYPE> or <!ENTITY>). SAML metadata never needs one, and it can be used to read local files or exhaust memory.', remedy: 'Remove the <!DOCTYPE …> block, or download the metadata again from the IdP.' });
    return problems;
  }
  if (hasBom) {
    problems.push({ code: 'bom', message: 'The document starts with a byte-order mark (BOM), which IAM rejects as “Could not parse metadata”.', remedy: 'Choose “Strip the BOM” to remove it; nothing else changes.' });
  }
  return problems;
}
