import { X509Certificate } from 'node:crypto';
import forge from 'node-forge';

/** A signing certificate from IdP metadata, checked the way IAM checks it. */
export interface MetadataCertificate {
  readonly pem: string;
  readonly notAfter: Date;
}

/** Why a certificate in the metadata is not acceptable. */
export class CertificateRejectedError extends Error {}

const MIN_KEY_BITS = 1024;

function pemFromBase64(base64: string): string {
  const body = base64.replace(/\s+/g, '');
  return `-----BEGIN CERTIFICATE-----\n${body.match(/.{1,64}/g)?.join('\n') ?? ''}\n-----END CERTIFICATE-----\n`;
}

function extensionOids(der: Buffer): string[] {
  const cert = forge.asn1.fromDer(forge.util.createBuffer(der.toString('binary')));
  const tbs = (cert.value as forge.asn1.Asn1[])[0]!;
  const explicit = (tbs.value as forge.asn1.Asn1[]).find((n) => n.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && n.type === 3);
  if (!explicit) return [];
  const list = (explicit.value as forge.asn1.Asn1[])[0]!;
  return (list.value as forge.asn1.Asn1[]).map((ext) => forge.asn1.derToOid((ext.value as forge.asn1.Asn1[])[0]!.value as string));
}

/** Decodes a ds:X509Certificate value and applies IAM's rules: 1024+ bit key, no repeated extension. */
export function readMetadataCertificate(base64: string): MetadataCertificate {
  const der = Buffer.from(base64.replace(/\s+/g, ''), 'base64');
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(der);
  } catch {
    throw new CertificateRejectedError('the X.509 certificate cannot be decoded');
  }
  const details = cert.publicKey.asymmetricKeyDetails;
  if (cert.publicKey.asymmetricKeyType === 'rsa' && (details?.modulusLength ?? 0) < MIN_KEY_BITS) {
    throw new CertificateRejectedError(`the certificate key has ${details?.modulusLength} bits; at least ${MIN_KEY_BITS} are required`);
  }
  const oids = extensionOids(der);
  if (new Set(oids).size !== oids.length) throw new CertificateRejectedError('the certificate repeats an extension');
  return { pem: pemFromBase64(base64), notAfter: new Date(cert.validTo) };
}
