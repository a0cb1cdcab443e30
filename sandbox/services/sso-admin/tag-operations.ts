import { AwsError } from '../../core/aws-error';
import type { RequestContext, ServiceOperations } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import { listPage } from './list-page';
import { requireInstance, ssoPaging } from './sso-admin-lookup';

const TAGS_PER_RESOURCE = 75;

interface Tag {
  Key: string;
  Value: string;
}

/** Adds or overwrites tags on a resource, refusing to go past AWS's 75 tags. */
export function applyTags(state: SandboxState, resourceArn: string, tags: readonly Tag[]): void {
  const current = [...(state.ssoAdmin.tags[resourceArn] ?? [])];
  for (const tag of tags) {
    const existing = current.find((candidate) => candidate.Key === tag.Key);
    if (existing) existing.Value = tag.Value;
    else current.push({ Key: tag.Key, Value: tag.Value });
  }
  if (current.length > TAGS_PER_RESOURCE) {
    throw new AwsError('ServiceQuotaExceededException', `A resource can have at most ${TAGS_PER_RESOURCE} tags.`);
  }
  state.ssoAdmin.tags[resourceArn] = current;
}

/** Tags may be put on an instance or on one of its permission sets. */
function requireTaggable(state: SandboxState, input: { InstanceArn?: string; ResourceArn: string }, ctx: RequestContext, action: string): string {
  const sso = state.ssoAdmin;
  const permissionSet = sso.permissionSets.find((set) => set.permissionSetArn === input.ResourceArn);
  const instanceArn = input.InstanceArn ?? permissionSet?.instanceArn ?? input.ResourceArn;
  requireInstance(state, instanceArn, ctx, action);
  const isInstance = input.ResourceArn === instanceArn;
  if (!isInstance && permissionSet?.instanceArn !== instanceArn) {
    throw new AwsError('ResourceNotFoundException', `Could not find resource with ResourceArn ${input.ResourceArn}.`);
  }
  return input.ResourceArn;
}

/** TagResource, UntagResource and ListTagsForResource. */
export const tagOperations: ServiceOperations = {
  TagResource(input, ctx, state) {
    applyTags(state, requireTaggable(state, input, ctx, 'TagResource'), input.Tags);
    return {};
  },

  UntagResource(input, ctx, state) {
    const arn = requireTaggable(state, input, ctx, 'UntagResource');
    const keys = new Set<string>(input.TagKeys);
    state.ssoAdmin.tags[arn] = (state.ssoAdmin.tags[arn] ?? []).filter((tag) => !keys.has(tag.Key));
    return {};
  },

  ListTagsForResource(input, ctx, state) {
    const arn = requireTaggable(state, input, ctx, 'ListTagsForResource');
    const page = listPage(state.ssoAdmin.tags[arn] ?? [], (tag) => tag.Key, undefined, input.NextToken, {
      defaultMax: 50,
      ...ssoPaging,
    });
    return { Tags: page.items, NextToken: page.nextToken };
  },
};
