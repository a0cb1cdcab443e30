import type { SandboxState } from '../../core/state';
import type { ManagedPolicyCatalogEntry } from '../../models/managed-policy-catalog-types';
import type { ManagedPolicyRecord } from './iam-state';
import { noSuchEntity } from './iam-lookup';
import { awsManagedPolicy, awsManagedPolicyId } from './managed-policy-catalog';

export type ResolvedPolicy =
  | { kind: 'aws'; entry: ManagedPolicyCatalogEntry }
  | { kind: 'local'; record: ManagedPolicyRecord };

/** A managed policy by ARN: customer managed from the state, AWS managed from the catalog. */
export function findManagedPolicy(state: SandboxState, arn: string): ResolvedPolicy | undefined {
  const record = state.iam.policies[arn];
  if (record) return { kind: 'local', record };
  const entry = awsManagedPolicy(arn);
  return entry ? { kind: 'aws', entry } : undefined;
}

export function requireAttachablePolicy(state: SandboxState, arn: string): ResolvedPolicy {
  const p = findManagedPolicy(state, arn);
  if (!p) throw noSuchEntity(`Policy ${arn} does not exist or is not attachable.`);
  return p;
}

/** A permissions boundary must name an existing managed policy. */
export function requireBoundaryPolicy(state: SandboxState, arn: string | undefined): void {
  if (arn !== undefined && !findManagedPolicy(state, arn)) {
    throw noSuchEntity(`Scope ARN: ${arn} does not exist or is not attachable.`);
  }
}

/** The default version's document of a managed policy, as JSON text. */
export function defaultPolicyDocument(p: ResolvedPolicy): string {
  if (p.kind === 'aws') return p.entry.document;
  return p.record.versions.find((v) => v.isDefaultVersion)?.document ?? '{}';
}

export interface PolicyUsage {
  attachments: number;
  boundaries: number;
}

/** Attachment and boundary-use counts for every managed policy, computed in one pass. */
export function policyUsage(state: SandboxState): Map<string, PolicyUsage> {
  const usage = new Map<string, PolicyUsage>();
  const bump = (arn: string, field: keyof PolicyUsage): void => {
    const u = usage.get(arn) ?? { attachments: 0, boundaries: 0 };
    u[field]++;
    usage.set(arn, u);
  };
  for (const e of [...Object.values(state.iam.users), ...Object.values(state.iam.roles)]) {
    e.attachedPolicyArns.forEach((a) => bump(a, 'attachments'));
    if (e.permissionsBoundary) bump(e.permissionsBoundary, 'boundaries');
  }
  for (const g of Object.values(state.iam.groups)) g.attachedPolicyArns.forEach((a) => bump(a, 'attachments'));
  return usage;
}

/** The model's Policy structure for either kind. */
export function policyShape(p: ResolvedPolicy, usage: PolicyUsage | undefined, withTags: boolean): Record<string, unknown> {
  const counts = { AttachmentCount: usage?.attachments ?? 0, PermissionsBoundaryUsageCount: usage?.boundaries ?? 0, IsAttachable: true };
  if (p.kind === 'aws') {
    const e = p.entry;
    return {
      PolicyName: e.name,
      PolicyId: awsManagedPolicyId(e.arn),
      Arn: e.arn,
      Path: e.path,
      DefaultVersionId: e.defaultVersionId,
      ...counts,
      Description: e.description,
      CreateDate: new Date(e.createDate),
      UpdateDate: new Date(e.updateDate),
    };
  }
  const r = p.record;
  return {
    PolicyName: r.policyName,
    PolicyId: r.policyId,
    Arn: r.arn,
    Path: r.path,
    DefaultVersionId: r.versions.find((v) => v.isDefaultVersion)?.versionId,
    ...counts,
    Description: r.description,
    CreateDate: new Date(r.createDate),
    UpdateDate: new Date(r.updateDate),
    ...(withTags && r.tags.length ? { Tags: r.tags } : {}),
  };
}
