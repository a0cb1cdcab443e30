import type { GroupEnforcement } from '../../../shared/model/mfa-enforcement';
import { describeMfaEnforcement } from '../../../shared/logic/mfa-policy-inspection';
import type { AuthorizationSnapshot, SnapshotGroup } from './group-authorization-snapshot';

/** The MFA policies on a group, inline or attached customer managed. */
export function enforcementOf(group: SnapshotGroup, snapshot: AuthorizationSnapshot): GroupEnforcement[] {
  const found: GroupEnforcement[] = [];
  for (const policy of group.inlinePolicies) {
    const description = policy.document && describeMfaEnforcement(policy.document);
    if (description) found.push({ mode: 'inline', policyName: policy.name, description });
  }
  for (const attached of group.attachedPolicies) {
    const document = snapshot.localPolicies.get(attached.arn)?.document;
    const description = document && describeMfaEnforcement(document);
    if (description) found.push({ mode: 'managed', policyName: attached.name, policyArn: attached.arn, description });
  }
  return found;
}
