import {
  DescribePermissionSetCommand,
  GetInlinePolicyForPermissionSetCommand,
  ListManagedPoliciesInPermissionSetCommand,
  ListPermissionSetsCommand,
  type SSOAdminClient,
} from '@aws-sdk/client-sso-admin';
import type { PermissionSet } from '../../../shared/model/identity-center';
import { translateWithRemedy, NOT_ADMIN_REMEDY } from './identity-center-errors';
import { collectTokenPages, mapWithLimit } from '../core/aws-paging';

const remedies = { AccessDeniedException: { remedy: NOT_ADMIN_REMEDY } };

/** Every permission set ARN of the instance, across all pages. */
export async function listPermissionSetArns(client: SSOAdminClient, instanceArn: string): Promise<string[]> {
  try {
    const { items } = await collectTokenPages(async (NextToken) => {
      const out = await client.send(new ListPermissionSetsCommand({ InstanceArn: instanceArn, NextToken, MaxResults: 100 }));
      return { items: out.PermissionSets, nextToken: out.NextToken };
    });
    return items;
  } catch (error) {
    throw translateWithRemedy(error, 'listing the permission sets', remedies);
  }
}

/** One permission set with its managed policies and whether it has an inline policy. */
export async function readPermissionSet(client: SSOAdminClient, instanceArn: string, arn: string): Promise<PermissionSet> {
  const ids = { InstanceArn: instanceArn, PermissionSetArn: arn };
  try {
    const [described, policies, inline] = await Promise.all([
      client.send(new DescribePermissionSetCommand(ids)),
      collectTokenPages(async (NextToken) => {
        const out = await client.send(new ListManagedPoliciesInPermissionSetCommand({ ...ids, NextToken, MaxResults: 100 }));
        return { items: out.AttachedManagedPolicies, nextToken: out.NextToken };
      }),
      client.send(new GetInlinePolicyForPermissionSetCommand(ids)),
    ]);
    const set = described.PermissionSet ?? {};
    return {
      arn,
      name: set.Name ?? arn,
      description: set.Description,
      sessionDuration: set.SessionDuration,
      relayState: set.RelayState,
      createdDate: set.CreatedDate?.toISOString(),
      managedPolicyArns: policies.items.map((p) => p.Arn ?? '').filter(Boolean),
      hasInlinePolicy: Boolean(inline.InlinePolicy && inline.InlinePolicy.trim()),
    };
  } catch (error) {
    throw translateWithRemedy(error, `reading the permission set ${arn}`, remedies);
  }
}

/** Every permission set of the instance with its details, sorted by name. */
export async function listPermissionSets(client: SSOAdminClient, instanceArn: string): Promise<PermissionSet[]> {
  const arns = await listPermissionSetArns(client, instanceArn);
  const sets = await mapWithLimit(arns, 4, (arn) => readPermissionSet(client, instanceArn, arn));
  return sets.sort((a, b) => a.name.localeCompare(b.name));
}

/** The name of each permission set ARN, described once per call. */
export function permissionSetNamer(client: SSOAdminClient, instanceArn: string): (arn: string) => Promise<string> {
  const cache = new Map<string, Promise<string>>();
  return (arn) => {
    let name = cache.get(arn);
    if (!name) {
      name = client
        .send(new DescribePermissionSetCommand({ InstanceArn: instanceArn, PermissionSetArn: arn }))
        .then((out) => out.PermissionSet?.Name ?? arn)
        .catch((error: unknown) => {
          throw translateWithRemedy(error, `reading the permission set ${arn}`, remedies);
        });
      cache.set(arn, name);
    }
    return name;
  };
}
