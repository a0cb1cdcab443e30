import { z } from 'zod';
import { MetadataCertificateSchema } from './saml-metadata';

/** How soon a provider's certificates need rotating. */
export const ExpiryStateSchema = z.enum(['ok', 'expiring', 'expired', 'unknown']);
export type ExpiryState = z.infer<typeof ExpiryStateSchema>;

/** A role whose trust policy names a SAML provider. */
export const TrustingRoleSchema = z.object({
  roleName: z.string(),
  roleArn: z.string(),
  path: z.string(),
  /** Whether the trust allows console sign-in (a SAML:aud condition) or only the API. */
  consoleAccess: z.boolean(),
});
export type TrustingRole = z.infer<typeof TrustingRoleSchema>;

/** An IAM SAML provider with the facts an administrator watches. */
export const SamlProviderSchema = z.object({
  arn: z.string(),
  name: z.string(),
  createDate: z.string().optional(),
  validUntil: z.string().optional(),
  entityId: z.string().optional(),
  certificates: z.array(MetadataCertificateSchema),
  expiry: ExpiryStateSchema,
  /** Days until the latest signing certificate expires. */
  daysLeft: z.number().optional(),
  tags: z.array(z.object({ key: z.string(), value: z.string() })),
});
export type SamlProvider = z.infer<typeof SamlProviderSchema>;

/** A provider with its current metadata document, for rotation. */
export const SamlProviderDetailSchema = SamlProviderSchema.extend({
  metadataXml: z.string(),
  trustingRoles: z.array(TrustingRoleSchema),
});
export type SamlProviderDetail = z.infer<typeof SamlProviderDetailSchema>;
