import { X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import type { MetadataCertificate } from '../../../shared/model/saml-metadata';

/** Certificates expiring within this many days are flagged for rotation. */
export const EXPIRY_WARNING_DAYS = 30;
/** IAM refuses smaller RSA keys. */
export const MIN_KEY_BITS = 1024;

const DAY_MS = 86_400_000;

function dn(attributes: forge.pki.CertificateField[]): string {
  return attributes.map((a) => `${a.shortName ?? a.name ?? a.type}=${String(a.value)}`).join(', ');
}

function colonHex(hex: string): string {
  return hex.toUpperCase().replace(/(..)(?!$)/g, '$1:');
}

/** What a certificate in the metadata says, plus whether it has extensions IAM rejects. */
export interface CertificateReading {
  readonly facts: Omit<MetadataCertificate, 'latestSigning'>;
  readonly repeatedExtension: boolean;
}

/** Reads one base64 DER certificate from a KeyDescriptor with node-forge. */
export function readCertificate(base64: string, use: MetadataCertificate['use'], now: Date): CertificateReading {
  const der = forge.util.decode64(base64.replace(/\s+/g, ''));
  const sha256 = colonHex(forge.md.sha256.create().update(der).digest().toHex());
  const unreadable = (why: string): CertificateReading => ({
    facts: { use, subject: why, issuer: '', notBefore: '', notAfter: '', daysLeft: 0, keyType: 'unknown', sha256, status: 'unreadable' },
    repeatedExtension: false,
  });
  let asn1: forge.asn1.Asn1;
  try {
    asn1 = forge.asn1.fromDer(der);
  } catch {
    return unreadable('Not a valid X.509 certificate');
  }
  let subject: string, issuer: string, notBefore: Date, notAfter: Date, keyType: string, keyBits: number | undefined;
  let extensionIds: string[] = [];
  try {
    const cert = forge.pki.certificateFromAsn1(asn1);
    subject = dn(cert.subject.attributes);
    issuer = dn(cert.issuer.attributes);
    notBefore = cert.validity.notBefore;
    notAfter = cert.validity.notAfter;
    keyType = 'RSA';
    keyBits = (cert.publicKey as forge.pki.rsa.PublicKey).n.bitLength();
    extensionIds = cert.extensions.map((e: { id: string }) => e.id);
  } catch {
    // node-forge reads only RSA keys; EC certificates are read by Node's own X.509 parser.
    try {
      const x = new X509Certificate(Buffer.from(der, 'binary'));
      subject = x.subject.replace(/\n/g, ', ');
      issuer = x.issuer.replace(/\n/g, ', ');
      notBefore = new Date(x.validFrom);
      notAfter = new Date(x.validTo);
      const details = x.publicKey.asymmetricKeyDetails;
      keyType = (x.publicKey.asymmetricKeyType ?? 'unknown').toUpperCase();
      keyBits = details?.modulusLength ?? (details?.namedCurve ? Number(/\d+/.exec(details.namedCurve)?.[0]) || undefined : undefined);
      if (details?.namedCurve) keyType = `${keyType} ${details.namedCurve}`;
    } catch {
      return unreadable('Certificate could not be read');
    }
  }
  const daysLeft = Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS);
  const weak = keyType === 'RSA' && keyBits !== undefined && keyBits < MIN_KEY_BITS;
  const status = weak ? 'weak' : notAfter.getTime() <= now.getTime() ? 'expired' : daysLeft < EXPIRY_WARNING_DAYS ? 'expiring' : 'valid';
  return {
    facts: { use, subject, issuer, notBefore: notBefore.toISOString(), notAfter: notAfter.toISOString(), daysLeft, keyType, keyBits, sha256, status },
    repeatedExtension: new Set(extensionIds).size !== extensionIds.length,
  };
}
