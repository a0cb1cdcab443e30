import { AwsError } from '../../core/aws-error';

export interface ListPage<T> {
  readonly items: T[];
  readonly nextToken: string | undefined;
}

interface PageCursor {
  /** Offset to resume at if the item named by `k` has gone. */
  o: number;
  /** Key of the last item returned. */
  k: string;
}

/**
 * One page of `items` after `nextToken`. The token names the last item returned, so an item
 * deleted between pages does not make the walk skip or repeat its neighbours.
 */
export function listPage<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  maxResults: number | undefined,
  nextToken: string | undefined,
  options: { defaultMax: number; invalidToken: () => AwsError },
): ListPage<T> {
  let start = 0;
  if (nextToken !== undefined && nextToken !== '') {
    const cursor = decodeCursor(nextToken);
    if (!cursor) throw options.invalidToken();
    const index = items.findIndex((item) => keyOf(item) === cursor.k);
    start = index >= 0 ? index + 1 : Math.min(cursor.o, items.length);
  }
  const size = maxResults ?? options.defaultMax;
  const pageItems = items.slice(start, start + size);
  const end = start + pageItems.length;
  const last = pageItems[pageItems.length - 1];
  const token = end < items.length && last !== undefined ? encodeCursor({ o: end, k: keyOf(last) }) : undefined;
  return { items: pageItems, nextToken: token };
}

function encodeCursor(cursor: PageCursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url');
}

function decodeCursor(token: string): PageCursor | null {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof value !== 'object' || value === null) return null;
    const { o, k } = value as Record<string, unknown>;
    if (typeof o !== 'number' || !Number.isInteger(o) || o < 0 || typeof k !== 'string') return null;
    return { o, k };
  } catch {
    return null;
  }
}
