import {
  GetGroupPolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetUserPolicyCommand,
  ListAttachedGroupPoliciesCommand,
  ListAttachedUserPoliciesCommand,
  ListGroupPoliciesCommand,
  ListGroupsForUserCommand,
  ListUserPoliciesCommand,
  type IAMClient,
} from '@aws-sdk/client-iam';
import { parsePolicyDocument } from '../../../shared/logic/mfa-policy-document';
import { describeMfaEnforcement } from '../../../shared/logic/mfa-policy-inspection';
import { awsErrorCode, translateAwsError } from '../core/aws-error-translation';
import { collectMarkerPages } from '../core/aws-paging';

async function managedEnforces(iam: IAMClient, arn: string): Promise<boolean> {
  // AWS managed policies never deny by MFA; only customer managed ones need reading.
  if (/^arn:[^:]+:iam::aws:policy\//.test(arn)) return false;
  try {
    const policy = await iam.send(new GetPolicyCommand({ PolicyArn: arn }));
    const version = await iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: policy.Policy?.DefaultVersionId ?? 'v1' }));
    const document = parsePolicyDocument(version.PolicyVersion?.Document ?? '');
    return !!document && !!describeMfaEnforcement(document);
  } catch (error) {
    // A policy deleted while we read cannot lock anyone out.
    if (awsErrorCode(error) === 'NoSuchEntity') return false;
    throw error;
  }
}

/**
 * The MFA policies that apply to one user, directly or through their groups ("PolicyX on group
 * Y"). Reads only this user's groups and policies, so it stays cheap in large accounts.
 */
export async function mfaPoliciesAffectingUser(iam: IAMClient, userName: string): Promise<string[]> {
  try {
    const found: string[] = [];
    const groups = await collectMarkerPages(async (Marker) => {
      const page = await iam.send(new ListGroupsForUserCommand({ UserName: userName, Marker }));
      return { items: page.Groups ?? [], isTruncated: page.IsTruncated, marker: page.Marker };
    });
    const owners = [{ kind: 'user' as const, name: userName }, ...groups.map((g) => ({ kind: 'group' as const, name: g.GroupName ?? '' }))];
    for (const owner of owners) {
      const where = owner.kind === 'user' ? `${userName} directly` : `group ${owner.name}`;
      const inlineNames = await collectMarkerPages(async (Marker) => {
        const page = owner.kind === 'user'
          ? await iam.send(new ListUserPoliciesCommand({ UserName: owner.name, Marker }))
          : await iam.send(new ListGroupPoliciesCommand({ GroupName: owner.name, Marker }));
        return { items: page.PolicyNames ?? [], isTruncated: page.IsTruncated, marker: page.Marker };
      });
      for (const policyName of inlineNames) {
        const got = owner.kind === 'user'
          ? await iam.send(new GetUserPolicyCommand({ UserName: owner.name, PolicyName: policyName }))
          : await iam.send(new GetGroupPolicyCommand({ GroupName: owner.name, PolicyName: policyName }));
        const document = parsePolicyDocument(got.PolicyDocument ?? '');
        if (document && describeMfaEnforcement(document)) found.push(`${policyName} on ${where}`);
      }
      const attached = await collectMarkerPages(async (Marker) => {
        const page = owner.kind === 'user'
          ? await iam.send(new ListAttachedUserPoliciesCommand({ UserName: owner.name, Marker }))
          : await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: owner.name, Marker }));
        return { items: page.AttachedPolicies ?? [], isTruncated: page.IsTruncated, marker: page.Marker };
      });
      for (const policy of attached) {
        if (policy.PolicyArn && (await managedEnforces(iam, policy.PolicyArn))) found.push(`${policy.PolicyName} on ${where}`);
      }
    }
    return found;
  } catch (error) {
    throw translateAwsError(error, `checking which MFA policies apply to ${userName}`);
  }
}
