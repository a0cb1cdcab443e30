import { ListPoliciesCommand, type IAMClient } from '@aws-sdk/client-iam';
import {
  DescribeGroupCommand,
  DescribeUserCommand,
  ListGroupsCommand,
  ListUsersCommand,
  type IdentitystoreClient,
  type User,
} from '@aws-sdk/client-identitystore';
import { ListAccountsCommand, type OrganizationsClient } from '@aws-sdk/client-organizations';
import type { AwsManagedPolicy, OrganizationAccount, Principal, PrincipalType } from '../../../shared/model/identity-center';
import { awsErrorCode } from '../core/aws-error-translation';
import { translateWithRemedy, NOT_ADMIN_REMEDY } from './identity-center-errors';
import { collectMarkerPages, collectTokenPages } from '../core/aws-paging';

/** More principals than this are not listed at once; the exact-name lookup finds the others. */
export const PRINCIPAL_LIST_LIMIT = 1000;

/** Every account of the organization with its name and state, across all pages. */
export async function listOrganizationAccounts(client: OrganizationsClient): Promise<OrganizationAccount[]> {
  try {
    const { items } = await collectTokenPages(async (NextToken) => {
      const out = await client.send(new ListAccountsCommand({ NextToken, MaxResults: 20 }));
      return { items: out.Accounts, nextToken: out.NextToken };
    });
    return items
      .filter((a) => a.Id)
      .map((a) => ({ id: a.Id!, name: a.Name ?? a.Id!, email: a.Email, state: a.State ?? a.Status }))
      .sort((a, b) => a.name.localeCompare(b.name));
  } catch (error) {
    throw translateWithRemedy(error, 'listing the accounts of the organization', {
      AccessDeniedException: { remedy: `Only the management account or a delegated administrator can list the organization's accounts. ${NOT_ADMIN_REMEDY}` },
      AWSOrganizationsNotInUseException: {
        code: 'UNSUPPORTED',
        remedy: 'Account assignments need AWS Organizations with an organization instance of Identity Center. Create the organization and enable Identity Center in the AWS console first.',
      },
    });
  }
}

function userPrincipal(user: User): Principal {
  const email = user.Emails?.find((e) => e.Primary)?.Value ?? user.Emails?.[0]?.Value;
  const detail = [user.DisplayName, email].filter(Boolean).join(' · ');
  return { type: 'USER', id: user.UserId!, name: user.UserName ?? user.UserId!, ...(detail ? { detail } : {}) };
}

/** Users or groups of the identity store; `exactName` uses the UserName/DisplayName filter, which matches whole names only. */
export async function listPrincipals(
  client: IdentitystoreClient,
  identityStoreId: string,
  type: PrincipalType,
  exactName?: string,
): Promise<{ principals: Principal[]; truncated: boolean }> {
  const Filters = exactName ? [{ AttributePath: type === 'USER' ? 'UserName' : 'DisplayName', AttributeValue: exactName }] : undefined;
  try {
    if (type === 'USER') {
      const page = await collectTokenPages(async (NextToken) => {
        const out = await client.send(new ListUsersCommand({ IdentityStoreId: identityStoreId, Filters, NextToken, MaxResults: 100 }));
        return { items: out.Users, nextToken: out.NextToken };
      }, PRINCIPAL_LIST_LIMIT);
      return { principals: page.items.filter((u) => u.UserId).map(userPrincipal), truncated: page.truncated };
    }
    const page = await collectTokenPages(async (NextToken) => {
      const out = await client.send(new ListGroupsCommand({ IdentityStoreId: identityStoreId, Filters, NextToken, MaxResults: 100 }));
      return { items: out.Groups, nextToken: out.NextToken };
    }, PRINCIPAL_LIST_LIMIT);
    const principals = page.items
      .filter((g) => g.GroupId)
      .map((g): Principal => ({ type: 'GROUP', id: g.GroupId!, name: g.DisplayName ?? g.GroupId!, ...(g.Description ? { detail: g.Description } : {}) }));
    return { principals, truncated: page.truncated };
  } catch (error) {
    throw translateWithRemedy(error, `listing the ${type === 'USER' ? 'users' : 'groups'} of identity store ${identityStoreId}`, {
      AccessDeniedException: { remedy: `Reading users and groups needs identitystore:ListUsers and identitystore:ListGroups. ${NOT_ADMIN_REMEDY}` },
    });
  }
}

/** The name of each principal, looked up once per call; undefined when it was deleted from the identity store. */
export function principalNamer(client: IdentitystoreClient, identityStoreId: string): (type: PrincipalType, id: string) => Promise<string | undefined> {
  const cache = new Map<string, Promise<string | undefined>>();
  return (type, id) => {
    const key = `${type}:${id}`;
    let name = cache.get(key);
    if (!name) {
      const lookup =
        type === 'USER'
          ? client.send(new DescribeUserCommand({ IdentityStoreId: identityStoreId, UserId: id })).then((u) => u.UserName)
          : client.send(new DescribeGroupCommand({ IdentityStoreId: identityStoreId, GroupId: id })).then((g) => g.DisplayName);
      name = lookup.catch((error: unknown) => {
        if (awsErrorCode(error) === 'ResourceNotFoundException') return undefined;
        throw translateWithRemedy(error, `looking up ${type.toLowerCase()} ${id}`, {});
      });
      cache.set(key, name);
    }
    return name;
  };
}

const managedPolicyCache = new WeakMap<IAMClient, Promise<AwsManagedPolicy[]>>();

/** The AWS managed policies (IAM ListPolicies, scope AWS, all pages), fetched once per connection. */
export function listAwsManagedPolicies(client: IAMClient): Promise<AwsManagedPolicy[]> {
  let cached = managedPolicyCache.get(client);
  if (!cached) {
    cached = (async () => {
      const listed = await collectMarkerPages(async (Marker) => {
        const out = await client.send(new ListPoliciesCommand({ Scope: 'AWS', Marker, MaxItems: 1000 }));
        return { items: out.Policies ?? [], isTruncated: out.IsTruncated, marker: out.Marker };
      });
      const policies: AwsManagedPolicy[] = listed.flatMap((p) => (p.Arn && p.PolicyName ? [{ name: p.PolicyName, arn: p.Arn, path: p.Path ?? '/' }] : []));
      return policies.sort((a, b) => a.name.localeCompare(b.name));
    })().catch((error: unknown) => {
      managedPolicyCache.delete(client);
      throw translateWithRemedy(error, 'listing the AWS managed policies', {
        AccessDenied: { remedy: 'Choosing policies from the list needs iam:ListPolicies. You can still type a policy ARN.' },
      });
    });
    managedPolicyCache.set(client, cached);
  }
  return cached;
}
