import type { RequestContext } from './operation';

// AWS may return fewer items than MaxItems while more remain; clients must loop on
// IsTruncated/NextToken. The fault controller can ask list operations to do the same.
const shortPageRequests = new WeakSet<RequestContext>();

export function markShortPages(ctx: RequestContext): void {
  shortPageRequests.add(ctx);
}

/** The page size a list operation should use: halved when this request gets a short page. */
export function pageLimit(ctx: RequestContext | undefined, requested: number): number {
  return ctx && shortPageRequests.has(ctx) && requested > 1 ? Math.floor(requested / 2) : requested;
}
