import { z } from 'zod';
import { method } from '../define';
import { GroupNameSchema, PolicyNameSchema } from '../../logic/iam-names';
import { EnforcementPreviewSchema, GroupMemberSchema, GroupSummarySchema } from '../../model/iam-group';
import { EnforcementModeSchema, IamActionSchema, MfaTemplateSchema } from '../../model/mfa-enforcement';
import { PlanSchema } from '../../model/plan';

/** What enforcing MFA on a group needs: the group, the template and where the policy goes. */
export const EnforcementRequestSchema = z.object({
  groupName: GroupNameSchema,
  template: MfaTemplateSchema,
  mode: EnforcementModeSchema,
  policyName: PolicyNameSchema,
  /** Actions to simulate with MFA present, absent and too old. */
  simulateActions: z.array(IamActionSchema).max(20).default([]),
});
export type EnforcementRequest = z.infer<typeof EnforcementRequestSchema>;

/** IAM groups and the MFA policies enforced on them. */
export const groupMethods = {
  'groups.list': method({
    summary: 'Every IAM group with its member count and the MFA policies on it.',
    args: z.object({}).strict(),
    result: z.array(GroupSummarySchema),
  }),
  'groups.members': method({
    summary: 'The members of a group and how many MFA devices each holds.',
    args: z.object({ groupName: GroupNameSchema }).strict(),
    result: z.array(GroupMemberSchema),
  }),
  'groups.previewEnforcement': method({
    summary: 'What enforcing MFA on a group would do: policy, size, members without MFA, simulation.',
    args: EnforcementRequestSchema.strict(),
    result: EnforcementPreviewSchema,
  }),
  'groups.planEnforcement': method({
    summary: 'A plan that puts an MFA policy on a group (inline, or managed and attached).',
    args: EnforcementRequestSchema.strict(),
    result: PlanSchema,
  }),
  'groups.planRemoveEnforcement': method({
    summary: 'A plan that removes an MFA policy from a group (delete inline, or detach).',
    args: z.object({ groupName: GroupNameSchema, mode: EnforcementModeSchema, policyName: PolicyNameSchema, policyArn: z.string().optional() }).strict(),
    result: PlanSchema,
  }),
} as const;
