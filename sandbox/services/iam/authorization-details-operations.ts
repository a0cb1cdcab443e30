import type { ServiceOperations } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import { groupMembershipIndex } from './group-membership-index';
import { compareNames } from './iam-lookup';
import type { IamGroupRecord, IamRoleRecord, IamUserRecord } from './iam-state';
import { roleShape, userShape } from './iam-shapes';
import { awsManagedPolicy } from './managed-policy-catalog';
import { paginate } from './paging';
import { encodePolicy } from './policy-checks';
import { findManagedPolicy, policyShape, policyUsage, type PolicyUsage, type ResolvedPolicy } from './policy-store';

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

type ItemRef =
  | { kind: 'user'; record: IamUserRecord }
  | { kind: 'group'; record: IamGroupRecord }
  | { kind: 'role'; record: IamRoleRecord }
  | { kind: 'policy'; policy: ResolvedPolicy };

function policyName(p: ResolvedPolicy): string {
  return p.kind === 'aws' ? p.entry.name : p.record.policyName;
}

/** The entities the filter asks for, in AWS's order: users, groups, roles, then policies, each by name. */
function itemRefs(state: SandboxState, wants: (t: EntityType) => boolean, usage: Map<string, PolicyUsage>): ItemRef[] {
  const refs: ItemRef[] = [];
  if (wants('User')) {
    for (const record of Object.values(state.iam.users).sort((a, b) => compareNames(a.userName, b.userName))) refs.push({ kind: 'user', record });
  }
  if (wants('Group')) {
    for (const record of Object.values(state.iam.groups).sort((a, b) => compareNames(a.groupName, b.groupName))) refs.push({ kind: 'group', record });
  }
  if (wants('Role')) {
    for (const record of Object.values(state.iam.roles).sort((a, b) => compareNames(a.roleName, b.roleName))) refs.push({ kind: 'role', record });
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
  for (const policy of policies.sort((a, b) => compareNames(policyName(a), policyName(b)))) refs.push({ kind: 'policy', policy });
  return refs;
}

function policyDetail(p: ResolvedPolicy, usage: Map<string, PolicyUsage>): Record<string, unknown> {
  const arn = p.kind === 'aws' ? p.entry.arn : p.record.arn;
  const versions =
    p.kind === 'aws'
      ? [{ Document: encodePolicy(p.entry.document), VersionId: p.entry.defaultVersionId, IsDefaultVersion: true, CreateDate: new Date(p.entry.versionCreateDate) }]
      : p.record.versions.map((v) => ({ Document: encodePolicy(v.document), VersionId: v.versionId, IsDefaultVersion: v.isDefaultVersion, CreateDate: new Date(v.createDate) }));
  return { ...policyShape(p, usage.get(arn), false), PolicyVersionList: versions };
}

/** GetAccountAuthorizationDetails: every user, group, role and policy with their documents. */
export const authorizationDetailsOperations: ServiceOperations = {
  GetAccountAuthorizationDetails(input: { Filter?: EntityType[]; Marker?: string; MaxItems?: number }, ctx, state) {
    const wants = (t: EntityType): boolean => !input.Filter?.length || input.Filter.includes(t);
    const usage = policyUsage(state);
    const keyed = itemRefs(state, wants, usage).map((ref, i) => ({ ref, key: String(i).padStart(8, '0') }));
    const page = paginate(keyed, (x) => x.key, input.Marker, input.MaxItems, ctx);
    // Details (documents, group lists) are built for the page only, not for the whole account.
    const groupsByUser = page.items.some((x) => x.ref.kind === 'user') ? groupMembershipIndex(state) : new Map<string, string[]>();
    const out = { UserDetailList: [] as unknown[], GroupDetailList: [] as unknown[], RoleDetailList: [] as unknown[], Policies: [] as unknown[] };
    for (const { ref } of page.items) {
      if (ref.kind === 'user') {
        const u = ref.record;
        const { PasswordLastUsed: _unused, ...base } = userShape(u);
        out.UserDetailList.push({ ...base, UserPolicyList: inline(u.inlinePolicies), GroupList: [...(groupsByUser.get(u.userName.toLowerCase()) ?? [])], AttachedManagedPolicies: attached(state, u.attachedPolicyArns) });
      } else if (ref.kind === 'group') {
        const g = ref.record;
        out.GroupDetailList.push({ Path: g.path, GroupName: g.groupName, GroupId: g.groupId, Arn: g.arn, CreateDate: new Date(g.createDate), GroupPolicyList: inline(g.inlinePolicies), AttachedManagedPolicies: attached(state, g.attachedPolicyArns) });
      } else if (ref.kind === 'role') {
        const r = ref.record;
        out.RoleDetailList.push({ ...roleShape(r), InstanceProfileList: [], RolePolicyList: inline(r.inlinePolicies), AttachedManagedPolicies: attached(state, r.attachedPolicyArns) });
      } else {
        out.Policies.push(policyDetail(ref.policy, usage));
      }
    }
    return { ...out, IsTruncated: page.IsTruncated, ...(page.Marker ? { Marker: page.Marker } : {}) };
  },
};
