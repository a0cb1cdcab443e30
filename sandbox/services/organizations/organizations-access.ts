import { AwsError } from '../../core/aws-error';
import type { RequestContext } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import type { OrganizationRecord } from './organizations-state';

function notInUse(): AwsError {
  return new AwsError('AWSOrganizationsNotInUseException', 'Your account is not a member of an organization.');
}

/** The caller's organization; any member account may ask about it. */
export function requireMemberCaller(state: SandboxState, ctx: RequestContext): OrganizationRecord {
  const organization = state.organizations.organization;
  if (!organization) throw notInUse();
  const caller = ctx.principal?.accountId ?? ctx.accountId;
  if (!state.organizations.accounts.some((account) => account.id === caller)) throw notInUse();
  return organization;
}

/** Listing and describing the organization's structure is for the management account only. */
export function requireManagementCaller(state: SandboxState, ctx: RequestContext): OrganizationRecord {
  const organization = requireMemberCaller(state, ctx);
  const caller = ctx.principal?.accountId ?? ctx.accountId;
  if (caller !== organization.masterAccountId) {
    throw new AwsError('AccessDeniedException', "You don't have permissions to access this resource.");
  }
  return organization;
}

export const organizationsPaging = {
  invalidToken: () => new AwsError('InvalidInputException', 'The parameter NextToken is not valid.'),
} as const;
