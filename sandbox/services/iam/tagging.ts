import { AwsError } from '../../core/aws-error';
import type { IamTag } from './iam-state';

const maxTags = 50;

/** Merges tags (keys compare case-sensitively, a repeated key replaces), enforcing IAM's 50-tag quota. */
export function applyTags(existing: IamTag[], added: IamTag[]): IamTag[] {
  const seen = new Set<string>();
  for (const t of added) {
    if (seen.has(t.Key.toLowerCase())) throw new AwsError('InvalidInput', 'Duplicate tag keys found. Please note that Tag keys are case insensitive.', 400);
    seen.add(t.Key.toLowerCase());
  }
  const merged = existing.filter((t) => !added.some((a) => a.Key.toLowerCase() === t.Key.toLowerCase())).concat(added);
  if (merged.length > maxTags) throw new AwsError('LimitExceeded', `Cannot exceed quota for TagsPerResource: ${maxTags}`, 409);
  return merged;
}

export function removeTags(existing: IamTag[], keys: string[]): IamTag[] {
  const drop = new Set(keys.map((k) => k.toLowerCase()));
  return existing.filter((t) => !drop.has(t.Key.toLowerCase()));
}

/** ListXTags output: tags sorted by key, one page (IAM caps tags at 50, below the default MaxItems). */
export function tagsPage(tags: IamTag[], maxItems: number | undefined): Record<string, unknown> {
  const sorted = [...tags].sort((a, b) => (a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0));
  const limit = maxItems ?? 100;
  return { Tags: sorted.slice(0, limit), IsTruncated: sorted.length > limit };
}
