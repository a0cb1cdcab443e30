import { AwsError } from '../../core/aws-error';
import type { RequestContext } from '../../core/operation';
import { pageLimit } from '../../core/short-pages';

export interface Page<T> {
  items: T[];
  IsTruncated: boolean;
  Marker?: string;
}

/**
 * IAM's Marker/MaxItems paging over a list already in AWS order. The marker is opaque to
 * callers; it names the key of the next item so deletions between pages skip nothing.
 */
export function paginate<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  marker: string | undefined,
  maxItems: number | undefined,
  ctx?: RequestContext,
): Page<T> {
  const limit = pageLimit(ctx, maxItems ?? 100);
  let start = 0;
  if (marker !== undefined) {
    let key: string;
    try {
      key = Buffer.from(marker, 'base64url').toString('utf8');
    } catch {
      throw new AwsError('InvalidInput', 'Invalid Marker.', 400);
    }
    if (!key.startsWith('m:')) throw new AwsError('InvalidInput', 'Invalid Marker.', 400);
    const k = key.slice(2);
    start = items.findIndex((i) => keyOf(i) >= k);
    if (start < 0) start = items.length;
  }
  const page = items.slice(start, start + limit);
  const next = items[start + limit];
  if (next === undefined) return { items: page, IsTruncated: false };
  return { items: page, IsTruncated: true, Marker: Buffer.from(`m:${keyOf(next)}`, 'utf8').toString('base64url') };
}

/** `{ [listName]: items, IsTruncated, Marker? }` as IAM list outputs look. */
export function pageOutput<T, R>(name: string, page: Page<T>, map: (item: T) => R): Record<string, unknown> {
  return { [name]: page.items.map(map), IsTruncated: page.IsTruncated, ...(page.Marker ? { Marker: page.Marker } : {}) };
}
