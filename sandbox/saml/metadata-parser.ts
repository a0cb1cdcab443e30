import type { Element } from '@xmldom/xmldom';
import { CertificateRejectedError, readMetadataCertificate } from './metadata-certificate';
import { NS } from './saml-namespaces';
import { childElements, descendantElements, parseUntrustedXml, textOf, UnsafeXmlError } from './safe-xml';

/** What IAM keeps from an IdP's metadata. */
export interface IdpMetadata {
  readonly entityId: string;
  /** PEM signing certificates (KeyDescriptor use="signing" or without use). */
  readonly signingCertificates: string[];
  /** The metadata's own validUntil, if it carries one. */
  readonly validUntil?: Date;
}

/** Metadata IAM would refuse; `reason` says why, for the person fixing it. */
export class MetadataRejectedError extends Error {
  constructor(readonly reason: string) {
    super('Could not parse metadata');
  }
}

/** IAM's limit on SAMLMetadataDocument. */
export const MAX_METADATA_LENGTH = 10_000_000;

function findIdpEntity(root: Element): { entity: Element; idp: Element } | undefined {
  const entities = root.namespaceURI === NS.metadata && root.localName === 'EntityDescriptor'
    ? [root]
    : descendantElements(root, NS.metadata, 'EntityDescriptor');
  for (const entity of entities) {
    const idp = childElements(entity, NS.metadata, 'IDPSSODescriptor')[0];
    if (idp) return { entity, idp };
  }
  return undefined;
}

function parseValidUntil(...elements: Element[]): Date | undefined {
  const dates = elements
    .map((el) => el.getAttribute('validUntil'))
    .filter((v): v is string => !!v)
    .map((v) => new Date(v))
    .filter((d) => !Number.isNaN(d.getTime()));
  return dates.length ? new Date(Math.min(...dates.map((d) => d.getTime()))) : undefined;
}

/** Parses SAML 2.0 IdP metadata safely and checks what IAM checks. */
export function parseIdpMetadata(text: string): IdpMetadata {
  let root: Element;
  try {
    root = parseUntrustedXml(text, MAX_METADATA_LENGTH).documentElement!;
  } catch (err) {
    if (err instanceof UnsafeXmlError) throw new MetadataRejectedError(err.message);
    throw err;
  }
  const found = findIdpEntity(root);
  if (!found) {
    throw new MetadataRejectedError('the document has no EntityDescriptor with an IDPSSODescriptor (is it the SP metadata?)');
  }
  const entityId = found.entity.getAttribute('entityID') ?? '';
  if (!entityId) throw new MetadataRejectedError('the EntityDescriptor has no entityID');
  const signingCertificates: string[] = [];
  for (const kd of childElements(found.idp, NS.metadata, 'KeyDescriptor')) {
    const use = kd.getAttribute('use');
    if (use && use !== 'signing') continue;
    for (const certEl of descendantElements(kd, NS.dsig, 'X509Certificate')) {
      try {
        signingCertificates.push(readMetadataCertificate(textOf(certEl)).pem);
      } catch (err) {
        if (err instanceof CertificateRejectedError) throw new MetadataRejectedError(err.message);
        throw err;
      }
    }
  }
  if (signingCertificates.length === 0) throw new MetadataRejectedError('the IDPSSODescriptor has no signing certificate');
  return { entityId, signingCertificates, validUntil: parseValidUntil(found.entity, found.idp) };
}
