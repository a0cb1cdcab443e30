import type { MfaTemplate } from '../model/mfa-enforcement';
import type { Partition } from '../model/partition';
import { assertNever } from './mfa-assert-never';
import type { PolicyDocument } from './mfa-policy-document';
import { buildRecentMfaPolicy } from './mfa-policy-recent-mfa';
import { buildRequireMfaPolicy } from './mfa-policy-require-mfa';
import { buildSelectedActionsMfaPolicy } from './mfa-policy-selected-actions';

/** Builds the policy document of an MFA template for one account. */
export function buildMfaPolicy(template: MfaTemplate, partition: Partition, accountId: string): PolicyDocument {
  switch (template.kind) {
    case 'require-mfa':
      return buildRequireMfaPolicy(partition, accountId);
    case 'selected-actions':
      return buildSelectedActionsMfaPolicy(template.actions);
    case 'recent-mfa':
      return buildRecentMfaPolicy(template.maxAgeSeconds, template.actions);
    default:
      return assertNever(template);
  }
}

/** The default policy name for a template, so enforcement is easy to find later. */
export function defaultMfaPolicyName(template: MfaTemplate): string {
  switch (template.kind) {
    case 'require-mfa':
      return 'PortcullisRequireMFA';
    case 'selected-actions':
      return 'PortcullisRequireMFAForActions';
    case 'recent-mfa':
      return 'PortcullisRequireRecentMFA';
    default:
      return assertNever(template);
  }
}
