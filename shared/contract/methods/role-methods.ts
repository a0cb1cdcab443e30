import { z } from 'zod';
import { method } from '../define';
import { PlanSchema } from '../../model/plan';
import { ManagedPolicySchema, RolePairSchema, SamlRoleDraftSchema } from '../../model/federated-role';
import { FederationOverviewSchema } from '../../model/federation-overview';

/** Roles for SAML 2.0 federation: permissions search, plan, role pairs, overview. */
export const roleMethods = {
  'roles.searchPolicies': method({
    summary: 'Searches AWS managed and customer managed policies by name and description.',
    args: z.object({ query: z.string().max(200).default(''), scope: z.enum(['All', 'AWS', 'Local']).default('All'), limit: z.number().int().min(1).max(200).default(50) }).strict(),
    result: z.object({ policies: z.array(ManagedPolicySchema), total: z.number() }),
  }),
  'roles.planSamlRole': method({
    summary: 'Plans a role for SAML 2.0 federation: CreateRole (or UpdateAssumeRolePolicy), policies, boundary.',
    args: SamlRoleDraftSchema,
    result: PlanSchema,
  }),
  'roles.listSamlPairs': method({
    summary: 'Discovers (role, SAML provider) pairs: for each provider, the roles whose trust policy trusts it.',
    args: z.object({}).strict(),
    result: z.object({ accountId: z.string(), accountAlias: z.string().nullable(), pairs: z.array(RolePairSchema) }),
  }),
  'roles.federationOverview': method({
    summary: 'Providers, the roles that trust them and their policies, with what is broken.',
    args: z.object({}).strict(),
    result: FederationOverviewSchema,
  }),
} as const;
