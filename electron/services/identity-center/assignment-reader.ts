import {
  ListAccountAssignmentsCommand,
  ListPermissionSetsProvisionedToAccountCommand,
  type AccountAssignment as AwsAssignment,
  type SSOAdminClient,
} from '@aws-sdk/client-sso-admin';
import type { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import type { AccountAssignment, PrincipalType } from '../../../shared/model/identity-center';
import { translateWithRemedy, NOT_ADMIN_REMEDY } from './identity-center-errors';
import { collectTokenPages, mapWithLimit } from '../core/aws-paging';
import { permissionSetNamer } from './permission-set-reader';
import { principalNamer } from './directory-reader';

const remedies = { AccessDeniedException: { remedy: NOT_ADMIN_REMEDY } };

/** The raw assignments of one permission set in one account, across all pages. */
export async function listAccountAssignments(client: SSOAdminClient, instanceArn: string, accountId: string, permissionSetArn: string): Promise<AwsAssignment[]> {
  try {
    const { items } = await collectTokenPages(async (NextToken) => {
      const out = await client.send(new ListAccountAssignmentsCommand({ InstanceArn: instanceArn, AccountId: accountId, PermissionSetArn: permissionSetArn, NextToken, MaxResults: 100 }));
      return { items: out.AccountAssignments, nextToken: out.NextToken };
    });
    return items;
  } catch (error) {
    throw translateWithRemedy(error, `listing the assignments in account ${accountId}`, remedies);
  }
}

async function provisionedSets(client: SSOAdminClient, instanceArn: string, accountId: string): Promise<string[]> {
  try {
    const { items } = await collectTokenPages(async (NextToken) => {
      const out = await client.send(new ListPermissionSetsProvisionedToAccountCommand({ InstanceArn: instanceArn, AccountId: accountId, NextToken, MaxResults: 100 }));
      return { items: out.PermissionSets, nextToken: out.NextToken };
    });
    return items;
  } catch (error) {
    throw translateWithRemedy(error, `listing the permission sets provisioned to account ${accountId}`, remedies);
  }
}

/**
 * The assignments in one account with principal and permission set names. Without a permission
 * set, it walks every permission set provisioned to the account: AWS has no single call for that.
 */
export async function listAssignments(
  sso: SSOAdminClient,
  identityStore: IdentitystoreClient,
  args: { instanceArn: string; identityStoreId: string; accountId: string; permissionSetArn?: string },
): Promise<AccountAssignment[]> {
  const sets = args.permissionSetArn ? [args.permissionSetArn] : await provisionedSets(sso, args.instanceArn, args.accountId);
  const raw = (await mapWithLimit(sets, 4, (arn) => listAccountAssignments(sso, args.instanceArn, args.accountId, arn))).flat();
  const setName = permissionSetNamer(sso, args.instanceArn);
  const principalName = principalNamer(identityStore, args.identityStoreId);
  const rows = await mapWithLimit(raw, 5, async (a): Promise<AccountAssignment> => {
    const principalType = (a.PrincipalType ?? 'USER') as PrincipalType;
    const [permissionSetName, name] = await Promise.all([setName(a.PermissionSetArn!), principalName(principalType, a.PrincipalId!)]);
    return {
      accountId: a.AccountId ?? args.accountId,
      permissionSetArn: a.PermissionSetArn!,
      permissionSetName,
      principalType,
      principalId: a.PrincipalId!,
      ...(name ? { principalName: name } : {}),
    };
  });
  return rows.sort((x, y) => x.permissionSetName.localeCompare(y.permissionSetName) || (x.principalName ?? '').localeCompare(y.principalName ?? ''));
}
