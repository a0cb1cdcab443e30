/** Collects every item of a NextToken-paged AWS list; AWS may return empty pages that still carry a token. */
export async function collectPages<T>(fetchPage: (nextToken: string | undefined) => Promise<{ items: readonly T[] | undefined; nextToken: string | undefined }>, limit = Infinity): Promise<{ items: T[]; truncated: boolean }> {
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

/** Maps with at most `concurrency` calls in flight, keeping Identity Center's shared 20 TPS quota in mind. */
export async function mapBounded<T, R>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
