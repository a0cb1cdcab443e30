import { AwsError } from '../../core/aws-error';

export interface Tag {
  Key: string;
  Value: string;
}

const MAX_TAGS = 50;

/** Rejects a tag list that names a key twice, as IAM does. */
export function assertUniqueTagKeys(tags: readonly Tag[]): void {
  const keys = tags.map((t) => t.Key.toLowerCase());
  if (new Set(keys).size !== keys.length) throw new AwsError('InvalidInput', 'Duplicate tag keys found. Please note that Tag keys are case insensitive.', 400);
}

/** Adds or overwrites tags (keys compare case-insensitively) within IAM's 50-tag quota. */
export function mergeTags(existing: readonly Tag[], added: readonly Tag[]): Tag[] {
  assertUniqueTagKeys(added);
  const merged = existing.filter((t) => !added.some((a) => a.Key.toLowerCase() === t.Key.toLowerCase()));
  merged.push(...added.map((t) => ({ Key: t.Key, Value: t.Value })));
  if (merged.length > MAX_TAGS) throw new AwsError('LimitExceeded', `The number of tags has reached the maximum limit.`, 409);
  return merged;
}

/** Removes tags by key, case-insensitively. */
export function removeTags(existing: readonly Tag[], keys: readonly string[]): Tag[] {
  const lower = keys.map((k) => k.toLowerCase());
  return existing.filter((t) => !lower.includes(t.Key.toLowerCase()));
}

/** Tags sorted by key, as IAM returns them. */
export function sortedTags(tags: readonly Tag[]): Tag[] {
  return [...tags].sort((a, b) => (a.Key < b.Key ? -1 : a.Key > b.Key ? 1 : 0));
}
