import type { RequestContext } from './operation';

// Some reads change the state as a side effect (Identity Center completes due requests when it
// is read). Such a read marks its request so the pipeline persists it; other reads never write.
const changedRequests = new WeakSet<RequestContext>();

/** Marks that this request changed the state although its operation only reads. */
export function markStateChanged(ctx: RequestContext): void {
  changedRequests.add(ctx);
}

/** Whether a read-only request changed the state and must be persisted. */
export function stateChanged(ctx: RequestContext): boolean {
  return changedRequests.has(ctx);
}
