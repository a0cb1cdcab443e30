import type { ServiceOperations } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import { AwsError } from '../../core/aws-error';
import { compareNames, limitExceeded, noSuchEntity, requireGroup, requireRole, requireUser } from './iam-lookup';
import { paginate } from './paging';
import { checkIdentityPolicy, encodePolicy, policySize } from './policy-checks';

type Kind = 'User' | 'Group' | 'Role';

/** Aggregate inline policy size per entity, whitespace not counted (AWS's quotas). */
const inlineQuota: Record<Kind, number> = { User: 2048, Group: 5120, Role: 10240 };

interface Holder {
  name: string;
  inlinePolicies: Record<string, string>;
}

function holder(state: SandboxState, kind: Kind, name: string): Holder {
  if (kind === 'User') {
    const u = requireUser(state, name);
    return { name: u.userName, inlinePolicies: u.inlinePolicies };
  }
  if (kind === 'Group') {
    const g = requireGroup(state, name);
    return { name: g.groupName, inlinePolicies: g.inlinePolicies };
  }
  const r = requireRole(state, name);
  if (r.roleName.startsWith('AWSReservedSSO_')) {
    throw new AwsError('UnmodifiableEntity', `Cannot perform the operation on the protected role '${r.roleName}' - this role is only modifiable by AWS`, 400);
  }
  return { name: r.roleName, inlinePolicies: r.inlinePolicies };
}

function findPolicyName(h: Holder, policyName: string): string | undefined {
  const lower = policyName.toLowerCase();
  return Object.keys(h.inlinePolicies).find((n) => n.toLowerCase() === lower);
}

function ops(kind: Kind, nameField: string): ServiceOperations {
  const lowerKind = kind.toLowerCase();
  return {
    [`Put${kind}Policy`](input: Record<string, string>, _ctx, state) {
      const h = holder(state, kind, input[nameField]!);
      checkIdentityPolicy(input.PolicyDocument!);
      const existing = findPolicyName(h, input.PolicyName!);
      const others = Object.entries(h.inlinePolicies).filter(([n]) => n !== existing);
      const total = others.reduce((sum, [, doc]) => sum + policySize(doc), 0) + policySize(input.PolicyDocument!);
      if (total > inlineQuota[kind]) {
        throw limitExceeded(`Maximum policy size of ${inlineQuota[kind]} bytes exceeded for ${lowerKind} ${h.name}`);
      }
      if (existing) delete h.inlinePolicies[existing];
      h.inlinePolicies[input.PolicyName!] = input.PolicyDocument!;
      return {};
    },
    [`Get${kind}Policy`](input: Record<string, string>, _ctx, state) {
      const h = holder(state, kind, input[nameField]!);
      const name = findPolicyName(h, input.PolicyName!);
      if (!name) throw noSuchEntity(`The ${lowerKind} policy with name ${input.PolicyName} cannot be found.`);
      return { [nameField]: h.name, PolicyName: name, PolicyDocument: encodePolicy(h.inlinePolicies[name]!) };
    },
    [`List${kind}Policies`](input: Record<string, string | number>, ctx, state) {
      const h = holder(state, kind, String(input[nameField]));
      const names = Object.keys(h.inlinePolicies).sort(compareNames);
      const page = paginate(names, (n) => n.toLowerCase(), input.Marker as string | undefined, input.MaxItems as number | undefined, ctx);
      return { PolicyNames: page.items, IsTruncated: page.IsTruncated, ...(page.Marker ? { Marker: page.Marker } : {}) };
    },
    [`Delete${kind}Policy`](input: Record<string, string>, _ctx, state) {
      const h = holder(state, kind, input[nameField]!);
      const name = findPolicyName(h, input.PolicyName!);
      if (!name) throw noSuchEntity(`The ${lowerKind} policy with name ${input.PolicyName} cannot be found.`);
      delete h.inlinePolicies[name];
      return {};
    },
  };
}

/** Inline policies embedded in users, groups and roles. */
export const inlinePolicyOperations: ServiceOperations = {
  ...ops('User', 'UserName'),
  ...ops('Group', 'GroupName'),
  ...ops('Role', 'RoleName'),
};
