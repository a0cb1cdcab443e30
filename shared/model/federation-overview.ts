import { z } from 'zod';
import { SamlProviderSchema } from './saml-provider';

/** A role in the overview, with its attached managed policies. */
export const OverviewRoleSchema = z.object({
  roleName: z.string(),
  roleArn: z.string(),
  consoleAccess: z.boolean(),
  policies: z.array(z.object({ name: z.string(), arn: z.string() })),
  permissionsBoundaryArn: z.string().optional(),
});
export type OverviewRole = z.infer<typeof OverviewRoleSchema>;

/** Providers, the roles that trust them, their policies, and what is broken. */
export const FederationOverviewSchema = z.object({
  providers: z.array(z.object({ provider: SamlProviderSchema, roles: z.array(OverviewRoleSchema) })),
  /** Roles whose trust policy names a provider that does not exist (any more). */
  orphanRoles: z.array(OverviewRoleSchema.extend({ missingProviderArn: z.string() })),
  issues: z.array(z.object({ severity: z.enum(['error', 'warning']), target: z.string(), message: z.string() })),
});
export type FederationOverview = z.infer<typeof FederationOverviewSchema>;
