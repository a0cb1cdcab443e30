import { GetAccountAuthorizationDetailsCommand, type EntityType, type IAMClient } from '@aws-sdk/client-iam';
import { parsePolicyDocument, type PolicyDocument } from '../../../shared/logic/mfa-policy-document';
import { translateAwsError } from '../core/aws-error-translation';
import { collectMarkerPages } from '../core/aws-paging';

/** An inline policy with its parsed document and the text IAM returned. */
export interface InlinePolicy {
  readonly name: string;
  readonly text: string;
  readonly document: PolicyDocument | undefined;
}

/** A user as GetAccountAuthorizationDetails describes them. */
export interface SnapshotUser {
  readonly userName: string;
  readonly arn: string;
  readonly groups: readonly string[];
  readonly inlinePolicies: readonly InlinePolicy[];
  readonly attachedPolicyArns: readonly string[];
}

/** A group with its inline and attached policies. */
export interface SnapshotGroup {
  readonly groupName: string;
  readonly arn: string;
  readonly inlinePolicies: readonly InlinePolicy[];
  readonly attachedPolicies: readonly { readonly name: string; readonly arn: string }[];
}

/** Users, groups and customer managed policies of an account, read in a few paged calls. */
export interface AuthorizationSnapshot {
  readonly users: readonly SnapshotUser[];
  readonly groups: readonly SnapshotGroup[];
  /** Default-version documents of customer managed policies, by ARN. */
  readonly localPolicies: ReadonlyMap<string, { readonly name: string; readonly document: PolicyDocument | undefined }>;
}

function inline(list: readonly { PolicyName?: string; PolicyDocument?: string }[] | undefined): InlinePolicy[] {
  return (list ?? []).map((p) => {
    const text = p.PolicyDocument ?? '';
    return { name: p.PolicyName ?? '', text, document: parsePolicyDocument(text) };
  });
}

/**
 * Reads users (with their groups), groups (with inline and attached policies) and customer
 * managed policies with GetAccountAuthorizationDetails, 1,000 entities per call, instead of
 * several calls per group.
 */
export async function readAuthorizationSnapshot(iam: IAMClient, filter: readonly EntityType[], onPage?: (pages: number) => void): Promise<AuthorizationSnapshot> {
  const users: SnapshotUser[] = [];
  const groups: SnapshotGroup[] = [];
  const localPolicies = new Map<string, { name: string; document: PolicyDocument | undefined }>();
  let pages = 0;
  try {
    await collectMarkerPages(async (Marker) => {
      const page = await iam.send(new GetAccountAuthorizationDetailsCommand({ Filter: [...filter], MaxItems: 1000, Marker }));
      pages += 1;
      onPage?.(pages);
      for (const u of page.UserDetailList ?? []) {
        users.push({
          userName: u.UserName ?? '',
          arn: u.Arn ?? '',
          groups: u.GroupList ?? [],
          inlinePolicies: inline(u.UserPolicyList),
          attachedPolicyArns: (u.AttachedManagedPolicies ?? []).map((p) => p.PolicyArn ?? ''),
        });
      }
      for (const g of page.GroupDetailList ?? []) {
        groups.push({
          groupName: g.GroupName ?? '',
          arn: g.Arn ?? '',
          inlinePolicies: inline(g.GroupPolicyList),
          attachedPolicies: (g.AttachedManagedPolicies ?? []).map((p) => ({ name: p.PolicyName ?? '', arn: p.PolicyArn ?? '' })),
        });
      }
      for (const p of page.Policies ?? []) {
        const version = (p.PolicyVersionList ?? []).find((v) => v.IsDefaultVersion) ?? p.PolicyVersionList?.[0];
        localPolicies.set(p.Arn ?? '', { name: p.PolicyName ?? '', document: version?.Document ? parsePolicyDocument(version.Document) : undefined });
      }
      return { items: [], isTruncated: page.IsTruncated, marker: page.Marker };
    });
  } catch (error) {
    throw translateAwsError(error, 'reading users, groups and policies (GetAccountAuthorizationDetails)');
  }
  return { users, groups, localPolicies };
}
