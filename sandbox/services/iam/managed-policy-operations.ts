import { AwsError } from '../../core/aws-error';
import type { ServiceOperations } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import { uniqueId } from '../../core/ids';
import { compareNames, deleteConflict, iamArn, limitExceeded, noSuchEntity } from './iam-lookup';
import type { IamTag, ManagedPolicyRecord } from './iam-state';
import { awsManagedPolicies } from './managed-policy-catalog';
import { paginate, pageOutput } from './paging';
import { checkIdentityPolicy, encodePolicy, policySize } from './policy-checks';
import { findManagedPolicy, policyShape, policyUsage, type ResolvedPolicy } from './policy-store';
import { applyTags, removeTags, tagsPage } from './tagging';

const policiesQuota = 1500;
const policySizeQuota = 6144;
const versionsQuota = 5;

function checkManagedDocument(text: string): void {
  checkIdentityPolicy(text);
  if (policySize(text) > policySizeQuota) throw limitExceeded(`Cannot exceed quota for PolicySize: ${policySizeQuota}`);
}

function requirePolicy(state: SandboxState, arn: string): ResolvedPolicy {
  const p = findManagedPolicy(state, arn);
  if (!p) throw noSuchEntity(`Policy ${arn} was not found.`);
  return p;
}

function requireLocalPolicy(state: SandboxState, arn: string): ManagedPolicyRecord {
  const p = requirePolicy(state, arn);
  if (p.kind === 'aws') throw new AwsError('InvalidInput', `ARN ${arn} is not valid: AWS managed policies cannot be modified.`, 400);
  return p.record;
}

function versionShape(v: { versionId: string; document: string; isDefaultVersion: boolean; createDate: string }, withDocument: boolean): Record<string, unknown> {
  return {
    Document: withDocument ? encodePolicy(v.document) : undefined,
    VersionId: v.versionId,
    IsDefaultVersion: v.isDefaultVersion,
    CreateDate: new Date(v.createDate),
  };
}

function versionsOf(p: ResolvedPolicy): { versionId: string; document: string; isDefaultVersion: boolean; createDate: string }[] {
  if (p.kind === 'local') return p.record.versions;
  return [{ versionId: p.entry.defaultVersionId, document: p.entry.document, isDefaultVersion: true, createDate: p.entry.versionCreateDate }];
}

/** Customer managed policies, their versions and tags, and the AWS managed catalog. */
export const managedPolicyOperations: ServiceOperations = {
  CreatePolicy(input: { PolicyName: string; Path?: string; PolicyDocument: string; Description?: string; Tags?: IamTag[] }, ctx, state) {
    const path = input.Path ?? '/';
    const arn = iamArn(ctx.accountId, 'policy', path, input.PolicyName);
    const lower = input.PolicyName.toLowerCase();
    if (Object.values(state.iam.policies).some((p) => p.policyName.toLowerCase() === lower)) {
      throw new AwsError('EntityAlreadyExists', `A policy called ${input.PolicyName} already exists. Duplicate names are not allowed.`, 409);
    }
    if (Object.keys(state.iam.policies).length >= policiesQuota) throw limitExceeded(`Cannot exceed quota for PoliciesPerAccount: ${policiesQuota}`);
    checkManagedDocument(input.PolicyDocument);
    const now = ctx.now.toISOString();
    const record: ManagedPolicyRecord = {
      policyName: input.PolicyName,
      policyId: uniqueId('ANPA'),
      arn,
      path,
      description: input.Description,
      createDate: now,
      updateDate: now,
      versions: [{ versionId: 'v1', document: input.PolicyDocument, isDefaultVersion: true, createDate: now }],
      nextVersion: 2,
      tags: applyTags([], input.Tags ?? []),
    };
    state.iam.policies[arn] = record;
    return { Policy: policyShape({ kind: 'local', record }, undefined, true) };
  },

  GetPolicy(input: { PolicyArn: string }, _ctx, state) {
    const p = requirePolicy(state, input.PolicyArn);
    return { Policy: policyShape(p, policyUsage(state).get(input.PolicyArn), true) };
  },

  ListPolicies(
    input: { Scope?: 'All' | 'AWS' | 'Local'; OnlyAttached?: boolean; PathPrefix?: string; PolicyUsageFilter?: string; Marker?: string; MaxItems?: number },
    ctx,
    state,
  ) {
    const scope = input.Scope ?? 'All';
    const usage = policyUsage(state);
    const prefix = input.PathPrefix ?? '/';
    const all: { p: ResolvedPolicy; name: string; arn: string; path: string }[] = [];
    if (scope !== 'Local') for (const entry of awsManagedPolicies()) all.push({ p: { kind: 'aws', entry }, name: entry.name, arn: entry.arn, path: entry.path });
    if (scope !== 'AWS') for (const record of Object.values(state.iam.policies)) all.push({ p: { kind: 'local', record }, name: record.policyName, arn: record.arn, path: record.path });
    const filtered = all
      .filter((x) => x.path.startsWith(prefix))
      .filter((x) => {
        const u = usage.get(x.arn);
        if (input.PolicyUsageFilter === 'PermissionsPolicy' && input.OnlyAttached) return (u?.attachments ?? 0) > 0;
        if (input.PolicyUsageFilter === 'PermissionsBoundary' && input.OnlyAttached) return (u?.boundaries ?? 0) > 0;
        return !input.OnlyAttached || (u?.attachments ?? 0) + (u?.boundaries ?? 0) > 0;
      })
      .sort((a, b) => compareNames(a.name, b.name) || (a.arn < b.arn ? -1 : 1));
    const page = paginate(filtered, (x) => `${x.name.toLowerCase()}\u0001${x.arn}`, input.Marker, input.MaxItems, ctx);
    return pageOutput('Policies', page, (x) => policyShape(x.p, usage.get(x.arn), false));
  },

  DeletePolicy(input: { PolicyArn: string }, _ctx, state) {
    requireLocalPolicy(state, input.PolicyArn);
    const u = policyUsage(state).get(input.PolicyArn);
    if (u && u.attachments + u.boundaries > 0) throw deleteConflict('Cannot delete a policy attached to entities.');
    const record = state.iam.policies[input.PolicyArn]!;
    if (record.versions.length > 1) throw deleteConflict("This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.");
    delete state.iam.policies[input.PolicyArn];
    return {};
  },

  CreatePolicyVersion(input: { PolicyArn: string; PolicyDocument: string; SetAsDefault?: boolean }, ctx, state) {
    const record = requireLocalPolicy(state, input.PolicyArn);
    if (record.versions.length >= versionsQuota) {
      throw limitExceeded(`A managed policy can have up to ${versionsQuota} versions. Before you create a new version, you must delete an existing version.`);
    }
    checkManagedDocument(input.PolicyDocument);
    const version = { versionId: `v${record.nextVersion++}`, document: input.PolicyDocument, isDefaultVersion: false, createDate: ctx.now.toISOString() };
    if (input.SetAsDefault) {
      record.versions.forEach((v) => (v.isDefaultVersion = false));
      version.isDefaultVersion = true;
    }
    record.versions.push(version);
    record.updateDate = ctx.now.toISOString();
    return { PolicyVersion: versionShape(version, false) };
  },

  GetPolicyVersion(input: { PolicyArn: string; VersionId: string }, _ctx, state) {
    const p = requirePolicy(state, input.PolicyArn);
    const v = versionsOf(p).find((x) => x.versionId === input.VersionId);
    if (!v) throw noSuchEntity(`Policy ${input.PolicyArn} version ${input.VersionId} does not exist or is not attachable.`);
    return { PolicyVersion: versionShape(v, true) };
  },

  ListPolicyVersions(input: { PolicyArn: string; Marker?: string; MaxItems?: number }, ctx, state) {
    const versions = [...versionsOf(requirePolicy(state, input.PolicyArn))].reverse();
    const keyed = versions.map((v, i) => ({ v, key: String(i).padStart(4, '0') }));
    return pageOutput('Versions', paginate(keyed, (x) => x.key, input.Marker, input.MaxItems, ctx), (x) => versionShape(x.v, false));
  },

  DeletePolicyVersion(input: { PolicyArn: string; VersionId: string }, _ctx, state) {
    const record = requireLocalPolicy(state, input.PolicyArn);
    const v = record.versions.find((x) => x.versionId === input.VersionId);
    if (!v) throw noSuchEntity(`Policy ${input.PolicyArn} version ${input.VersionId} does not exist or is not deletable.`);
    if (v.isDefaultVersion) throw deleteConflict('Cannot delete the default version of a policy.');
    record.versions = record.versions.filter((x) => x !== v);
    return {};
  },

  SetDefaultPolicyVersion(input: { PolicyArn: string; VersionId: string }, ctx, state) {
    const record = requireLocalPolicy(state, input.PolicyArn);
    const v = record.versions.find((x) => x.versionId === input.VersionId);
    if (!v) throw noSuchEntity(`Policy ${input.PolicyArn} version ${input.VersionId} does not exist.`);
    record.versions.forEach((x) => (x.isDefaultVersion = x === v));
    record.updateDate = ctx.now.toISOString();
    return {};
  },

  TagPolicy(input: { PolicyArn: string; Tags: IamTag[] }, _ctx, state) {
    const record = requireLocalPolicy(state, input.PolicyArn);
    record.tags = applyTags(record.tags, input.Tags);
    return {};
  },

  UntagPolicy(input: { PolicyArn: string; TagKeys: string[] }, _ctx, state) {
    const record = requireLocalPolicy(state, input.PolicyArn);
    record.tags = removeTags(record.tags, input.TagKeys);
    return {};
  },

  ListPolicyTags(input: { PolicyArn: string; MaxItems?: number }, _ctx, state) {
    const p = requirePolicy(state, input.PolicyArn);
    return tagsPage(p.kind === 'local' ? p.record.tags : [], input.MaxItems);
  },
};
