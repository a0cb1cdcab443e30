import type { SandboxState } from '../../core/state';
import { compareNames } from './iam-lookup';

/**
 * Each user's group names (ordered by name), keyed by lower-cased user name. Built once for
 * requests that need the groups of many users, where scanning every group per user would be
 * quadratic in the size of the account.
 */
export function groupMembershipIndex(state: SandboxState): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const groups = Object.values(state.iam.groups).sort((a, b) => compareNames(a.groupName, b.groupName));
  for (const g of groups) {
    for (const member of g.userNames) {
      const key = member.toLowerCase();
      const names = index.get(key) ?? [];
      // A group lists a user once, however it spells the name.
      if (names[names.length - 1] !== g.groupName) names.push(g.groupName);
      index.set(key, names);
    }
  }
  return index;
}
