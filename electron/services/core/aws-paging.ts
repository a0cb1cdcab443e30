/** One page of an IAM list call (Marker/IsTruncated paging). */
export interface MarkerPage<T> {
  readonly items: readonly T[];
  readonly isTruncated?: boolean;
  readonly marker?: string;
}

/** Collects every page of an IAM list call (Marker/IsTruncated); never assumes one page is all. */
export async function collectMarkerPages<T>(fetchPage: (marker: string | undefined) => Promise<MarkerPage<T>>): Promise<T[]> {
  const all: T[] = [];
  let marker: string | undefined;
  for (;;) {
    const page = await fetchPage(marker);
    all.push(...page.items);
    if (!page.isTruncated || !page.marker || page.marker === marker) return all;
    marker = page.marker;
  }
}

/** Collects a NextToken-paged AWS list, up to `limit` items; AWS may return empty pages that still carry a token. */
export async function collectTokenPages<T>(
  fetchPage: (nextToken: string | undefined) => Promise<{ items: readonly T[] | undefined; nextToken: string | undefined }>,
  limit = Infinity,
): Promise<{ items: T[]; truncated: boolean }> {
  const items: T[] = [];
  let token: string | undefined;
  do {
    const page = await fetchPage(token);
    items.push(...(page.items ?? []));
    token = page.nextToken || undefined;
    if (items.length >= limit) return { items: items.slice(0, limit), truncated: Boolean(token) || items.length > limit };
  } while (token);
  return { items, truncated: false };
}

/** Runs `work` over items with at most `limit` calls in flight, keeping the input order in the output. */
export async function mapWithLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
