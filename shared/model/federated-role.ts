import { z } from 'zod';
import { IamPathSchema, IamTagListSchema, RoleDescriptionSchema, RoleNameSchema } from '../logic/iam-names';

/** An attribute condition on a SAML trust policy, e.g. SAML:sub_type StringEquals persistent. */
export const SamlConditionSchema = z.object({
  key: z.string().regex(/^saml:[A-Za-z0-9_:.-]+$/i, 'A SAML condition key starts with "SAML:", for example SAML:sub_type.'),
  operator: z.enum(['StringEquals', 'StringLike', 'ForAnyValue:StringLike', 'ForAllValues:StringLike']),
  values: z.array(z.string().min(1)).min(1, 'Give at least one value.'),
});
export type SamlCondition = z.infer<typeof SamlConditionSchema>;

/** Everything the "Role for SAML 2.0 federation" wizard collects. */
export const SamlRoleDraftSchema = z
  .object({
    roleName: RoleNameSchema,
    path: IamPathSchema.default('/'),
    providerArn: z.string().startsWith('arn:', 'Choose a SAML provider.'),
    access: z.enum(['console', 'programmatic']),
    /** Sign-in endpoints the IdP posts to (SAML:aud values) for console access. */
    audiences: z.array(z.string().url()).default([]),
    conditions: z.array(SamlConditionSchema).default([]),
    allowTagSession: z.boolean().default(false),
    allowSourceIdentity: z.boolean().default(false),
    policyArns: z.array(z.string().startsWith('arn:')).max(10, 'A role can have at most 10 managed policies attached.').default([]),
    permissionsBoundaryArn: z.string().startsWith('arn:').optional(),
    maxSessionHours: z.number().int().min(1, 'At least 1 hour.').max(12, 'At most 12 hours.').default(1),
    description: RoleDescriptionSchema.default(''),
    tags: IamTagListSchema.default([]),
  })
  .superRefine((draft, ctx) => {
    if (draft.access === 'console' && draft.audiences.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['audiences'], message: 'Choose at least one sign-in endpoint the IdP posts to.' });
    }
    if (draft.access === 'programmatic' && draft.conditions.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['conditions'], message: 'Programmatic-only roles need at least one attribute condition, so only part of your organization can assume them.' });
    }
  });
export type SamlRoleDraft = z.infer<typeof SamlRoleDraftSchema>;
export type SamlRoleDraftInput = z.input<typeof SamlRoleDraftSchema>;

/** A managed policy as the permissions picker shows it. */
export const ManagedPolicySchema = z.object({
  arn: z.string(),
  name: z.string(),
  description: z.string().optional(),
  scope: z.enum(['AWS', 'Local']),
  attachmentCount: z.number().optional(),
});
export type ManagedPolicy = z.infer<typeof ManagedPolicySchema>;

/** A role and a SAML provider it trusts: one value of the IdP's Role attribute. */
export const RolePairSchema = z.object({
  roleName: z.string(),
  roleArn: z.string(),
  providerName: z.string(),
  providerArn: z.string(),
  /** False when the role trusts a provider that no longer exists. */
  providerExists: z.boolean(),
});
export type RolePair = z.infer<typeof RolePairSchema>;
