import { z } from 'zod';

/** Why a metadata document cannot be sent to AWS as it is. */
export const MetadataProblemCodeSchema = z.enum([
  'empty',
  'too-large',
  'too-short',
  'bom',
  'utf16',
  'html',
  'dtd',
  'not-xml',
  'saml-response',
  'sp-metadata',
  'not-metadata',
  'choose-entity',
  'unknown-entity',
  'no-signing-certificate',
  'expired-certificate',
  'weak-key',
  'bad-certificate',
  'repeated-extension',
]);
export type MetadataProblemCode = z.infer<typeof MetadataProblemCodeSchema>;

/** One blocking problem, with what to do about it. */
export const MetadataProblemSchema = z.object({
  code: MetadataProblemCodeSchema,
  message: z.string(),
  remedy: z.string(),
});
export type MetadataProblem = z.infer<typeof MetadataProblemSchema>;

/** A certificate found in a KeyDescriptor, as a person needs to judge it. */
export const MetadataCertificateSchema = z.object({
  use: z.enum(['signing', 'encryption', 'both']),
  subject: z.string(),
  issuer: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  daysLeft: z.number(),
  keyType: z.string(),
  keyBits: z.number().optional(),
  sha256: z.string(),
  status: z.enum(['valid', 'expiring', 'expired', 'weak', 'unreadable']),
  /** The signing certificate that stays valid longest: the one the IdP most likely signs with next. */
  latestSigning: z.boolean(),
});
export type MetadataCertificate = z.infer<typeof MetadataCertificateSchema>;

/** A single sign-on endpoint of the IdP. */
export const SsoEndpointSchema = z.object({ binding: z.string(), bindingName: z.string(), location: z.string() });
export type SsoEndpoint = z.infer<typeof SsoEndpointSchema>;

/** An entity found in the document (several when it is a federation's EntitiesDescriptor). */
export const MetadataEntitySchema = z.object({ entityId: z.string(), isIdp: z.boolean(), isSp: z.boolean(), displayName: z.string().optional() });

/** What a metadata document holds and whether AWS will accept it. */
export const MetadataInspectionSchema = z.object({
  ok: z.boolean(),
  entityId: z.string().optional(),
  entities: z.array(MetadataEntitySchema),
  ssoEndpoints: z.array(SsoEndpointSchema),
  certificates: z.array(MetadataCertificateSchema),
  validUntil: z.string().optional(),
  warnings: z.array(z.string()),
  problems: z.array(MetadataProblemSchema),
  /** Characters of the document that would be sent to AWS (one EntityDescriptor, no BOM). */
  characters: z.number(),
  hasBom: z.boolean(),
});
export type MetadataInspection = z.infer<typeof MetadataInspectionSchema>;

/** Where a metadata document came from and how to read it: the same args wherever it is used. */
export const MetadataSourceSchema = z.object({
  xml: z.string().max(12_000_000, 'The document is far larger than the 10,000,000 characters IAM accepts.'),
  /** Remove a leading byte-order mark, which IAM rejects. */
  stripBom: z.boolean().default(false),
  /** Which IdP to use when the document lists several. */
  entityId: z.string().optional(),
});
export type MetadataSource = z.infer<typeof MetadataSourceSchema>;
