import { paginateListPolicies, type IAMClient } from '@aws-sdk/client-iam';
import type { ManagedPolicy } from '../../../shared/model/federated-role';
import { translateAwsError } from '../core/aws-error-translation';

const CACHE_MS = 5 * 60_000;

/**
 * The account's managed policies (AWS and customer), loaded once through every ListPolicies
 * page and kept for a few minutes, so search-as-you-type does not page through IAM per key.
 */
export class PolicyCatalog {
  private cache?: { key: string; at: number; policies: Promise<ManagedPolicy[]> };

  /** Policies matching the query in name or description, best matches first. */
  async search(iam: IAMClient, accountKey: string, query: string, scope: 'All' | 'AWS' | 'Local', limit: number, now: number): Promise<{ policies: ManagedPolicy[]; total: number }> {
    const all = await this.load(iam, accountKey, now);
    const q = query.trim().toLowerCase();
    const inScope = all.filter((p) => scope === 'All' || p.scope === scope);
    const scored = inScope
      .map((p) => {
        const name = p.name.toLowerCase();
        const score = !q ? 3 : name === q ? 0 : name.startsWith(q) ? 1 : name.includes(q) ? 2 : p.description?.toLowerCase().includes(q) ? 3 : -1;
        return { p, score };
      })
      .filter((s) => s.score >= 0)
      .sort((a, b) => a.score - b.score || (a.p.scope === b.p.scope ? 0 : a.p.scope === 'Local' ? -1 : 1) || a.p.name.localeCompare(b.p.name));
    return { policies: scored.slice(0, limit).map((s) => s.p), total: scored.length };
  }

  /** Forgets the cached list (after the user creates a policy elsewhere). */
  clear(): void {
    this.cache = undefined;
  }

  private load(iam: IAMClient, key: string, now: number): Promise<ManagedPolicy[]> {
    if (this.cache && this.cache.key === key && now - this.cache.at < CACHE_MS) return this.cache.policies;
    const policies = (async () => {
      const out: ManagedPolicy[] = [];
      try {
        for await (const page of paginateListPolicies({ client: iam, pageSize: 1000 }, { Scope: 'All', OnlyAttached: false })) {
          for (const p of page.Policies ?? []) {
            if (p.IsAttachable === false) continue;
            out.push({ arn: p.Arn ?? '', name: p.PolicyName ?? '', ...(p.Description ? { description: p.Description } : {}), scope: p.Arn?.includes(':aws:policy/') ? 'AWS' : 'Local', ...(p.AttachmentCount !== undefined ? { attachmentCount: p.AttachmentCount } : {}) });
          }
        }
      } catch (error) {
        this.cache = undefined;
        throw translateAwsError(error, 'listing the managed policies');
      }
      return out;
    })();
    this.cache = { key, at: now, policies };
    return policies;
  }
}
