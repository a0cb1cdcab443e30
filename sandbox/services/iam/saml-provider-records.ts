import { randomBytes } from 'node:crypto';
import { AwsError } from '../../core/aws-error';
import type { SandboxState } from '../../core/state';
import { MetadataRejectedError, parseIdpMetadata, type IdpMetadata } from '../../saml/metadata-parser';
import type { SamlProviderRecord } from './security-state';

/** SAML providers per account. */
export const MAX_SAML_PROVIDERS = 100;

const ARN_PATTERN = /^arn:aws:iam::(\d{12}):saml-provider\/([\w._-]+)$/;

export function samlProviderArn(accountId: string, name: string): string {
  return `arn:aws:iam::${accountId}:saml-provider/${name}`;
}

/** The provider an ARN names, or AWS's InvalidInput / NoSuchEntity. */
export function requireSamlProvider(state: SandboxState, arn: string): SamlProviderRecord {
  const match = ARN_PATTERN.exec(arn);
  if (!match) throw new AwsError('InvalidInput', `ARN ${arn} is not valid.`, 400);
  const provider = match[1] === state.account.accountId ? state.iam.security.samlProviders.find((p) => p.arn === arn) : undefined;
  if (!provider) throw new AwsError('NoSuchEntity', `Manifest not found for arn ${arn}`, 404);
  return provider;
}

/** Parses metadata, turning a refusal into IAM's InvalidInput. */
export function parseMetadataForIam(document: string): IdpMetadata {
  try {
    return parseIdpMetadata(document);
  } catch (err) {
    if (err instanceof MetadataRejectedError) throw new AwsError('InvalidInput', err.message, 400);
    throw err;
  }
}

/**
 * ValidUntil as IAM reports it: the metadata's own validUntil when present, otherwise 100
 * years after the upload (what GetSAMLProvider shows for metadata without one).
 */
export function providerValidUntil(metadata: IdpMetadata, uploadedAt: Date): Date {
  if (metadata.validUntil) return metadata.validUntil;
  const d = new Date(uploadedAt);
  d.setUTCFullYear(d.getUTCFullYear() + 100);
  return d;
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** An upper-case alphanumeric identifier like IAM's SAMLProviderUUID and key ids. */
export function randomIamIdentifier(prefix: string, length: number): string {
  const bytes = randomBytes(length);
  return prefix + Array.from(bytes, (b) => ID_ALPHABET[b % ID_ALPHABET.length]).join('').slice(0, length - prefix.length);
}
