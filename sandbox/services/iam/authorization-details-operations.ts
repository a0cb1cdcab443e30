import type { ServiceOperations } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import { compareNames, groupsOfUser } from './iam-lookup';
import { roleShape, userShape } from './iam-shapes';
import { awsManagedPolicy } from './managed-policy-catalog';
import { paginate } from './paging';
import { encodePolicy } from './policy-checks';
import { findManagedPolicy, policyShape, policyUsage, type ResolvedPolicy } from './policy-store';

type EntityType = 'User' | 'Role' | 'Group' | 'LocalManagedPolicy' | 'AWSManagedPolicy';

function inline(policies: Record<string, string>): { PolicyName: string; PolicyDocument: string }[] {
  return Object.keys(policies)
    .sort(compareNames)
    .map((name) => ({ PolicyName: name, PolicyDocument: encodePolicy(policies[name]!) }));
}

function attached(state: SandboxState, arns: string[]): { PolicyName: string; PolicyArn: string }[] {
  return arns.map((arn) => {
    const p = findManagedPolicy(state, arn);
    const name = p?.kind === 'aws' ? p.entry.name : p?.kind === 'local' ? p.record.policyName : arn.slice(arn.lastIndexOf('/') + 1);
    return { PolicyName: name, PolicyArn: arn };
  });
}

/** GetAccountAuthorizationDetails: every user, group, role and policy with their documents. */
export const authorizationDetailsOperations: ServiceOperations = {
  GetAccountAuthorizationDetails(input: { Filter?: EntityType[]; Marker?: string; MaxItems?: number }, ctx, state) {
    const wants = (t: EntityType): boolean => !input.Filter?.length || input.Filter.includes(t);
    const usage = policyUsage(state);
    type Item = { kind: 'user' | 'group' | 'role' | 'policy'; detail: Record<string, unknown> };
    const items: Item[] = [];
    if (wants('User')) {
      for (const u of Object.values(state.iam.users).sort((a, b) => compareNames(a.userName, b.userName))) {
        const { PasswordLastUsed: _unused, ...base } = userShape(u);
        items.push({
          kind: 'user',
          detail: { ...base, UserPolicyList: inline(u.inlinePolicies), GroupList: groupsOfUser(state, u.userName).map((g) => g.groupName), AttachedManagedPolicies: attached(state, u.attachedPolicyArns) },
        });
      }
    }
    if (wants('Group')) {
      for (const g of Object.values(state.iam.groups).sort((a, b) => compareNames(a.groupName, b.groupName))) {
        items.push({
          kind: 'group',
          detail: { Path: g.path, GroupName: g.groupName, GroupId: g.groupId, Arn: g.arn, CreateDate: new Date(g.createDate), GroupPolicyList: inline(g.inlinePolicies), AttachedManagedPolicies: attached(state, g.attachedPolicyArns) },
        });
      }
    }
    if (wants('Role')) {
      for (const r of Object.values(state.iam.roles).sort((a, b) => compareNames(a.roleName, b.roleName))) {
        items.push({
          kind: 'role',
          detail: { ...roleShape(r), InstanceProfileList: [], RolePolicyList: inline(r.inlinePolicies), AttachedManagedPolicies: attached(state, r.attachedPolicyArns) },
        });
      }
    }
    const policies: ResolvedPolicy[] = [];
    if (wants('LocalManagedPolicy')) policies.push(...Object.values(state.iam.policies).map((record) => ({ kind: 'local' as const, record })));
    if (wants('AWSManagedPolicy')) {
      // Like AWS, only the AWS managed policies in use in this account are listed.
      for (const arn of usage.keys()) {
        const entry = awsManagedPolicy(arn);
        if (entry) policies.push({ kind: 'aws', entry });
      }
    }
    for (const p of policies.sort((a, b) => compareNames(a.kind === 'aws' ? a.entry.name : a.record.policyName, b.kind === 'aws' ? b.entry.name : b.record.policyName))) {
      const arn = p.kind === 'aws' ? p.entry.arn : p.record.arn;
      const versions =
        p.kind === 'aws'
          ? [{ Document: encodePolicy(p.entry.document), VersionId: p.entry.defaultVersionId, IsDefaultVersion: true, CreateDate: new Date(p.entry.versionCreateDate) }]
          : p.record.versions.map((v) => ({ Document: encodePolicy(v.document), VersionId: v.versionId, IsDefaultVersion: v.isDefaultVersion, CreateDate: new Date(v.createDate) }));
      items.push({ kind: 'policy', detail: { ...policyShape(p, usage.get(arn), false), PolicyVersionList: versions } });
    }
    const keyed = items.map((item, i) => ({ item, key: String(i).padStart(8, '0') }));
    const page = paginate(keyed, (x) => x.key, input.Marker, input.MaxItems, ctx);
    const of = (kind: Item['kind']): Record<string, unknown>[] => page.items.filter((x) => x.item.kind === kind).map((x) => x.item.detail);
    return {
      UserDetailList: of('user'),
      GroupDetailList: of('group'),
      RoleDetailList: of('role'),
      Policies: of('policy'),
      IsTruncated: page.IsTruncated,
      ...(page.Marker ? { Marker: page.Marker } : {}),
    };
  },
};
