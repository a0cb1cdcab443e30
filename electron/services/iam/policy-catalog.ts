import { GetPolicyCommand, paginateListPolicies, type IAMClient } from '@aws-sdk/client-iam';
import type { ManagedPolicy } from '../../../shared/model/federated-role';
import { translateAwsError } from '../core/aws-error-translation';

const CACHE_MS = 5 * 60_000;
const DESCRIBED_PER_SEARCH = 20;

/**
 * The account's managed policies (AWS and customer), loaded once through every ListPolicies
 * page and kept for a few minutes, so search-as-you-type does not page through IAM per key.
 */
export class PolicyCatalog {
  private cache?: { key: string; at: number; policies: Promise<ManagedPolicy[]> };
  private readonly descriptions = new Map<string, string>();

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
    const page = scored.slice(0, limit).map((s) => s.p);
    await this.describe(iam, page.slice(0, DESCRIBED_PER_SEARCH));
    return { policies: page.map((p) => ({ ...p, ...(this.descriptions.get(p.arn) ? { description: this.descriptions.get(p.arn)! } : {}) })), total: scored.length };
  }

  // ListPolicies leaves Description out, so the first results of each search are completed
  // with GetPolicy once and remembered.
  private async describe(iam: IAMClient, policies: readonly ManagedPolicy[]): Promise<void> {
    const missing = policies.filter((p) => !p.description && !this.descriptions.has(p.arn));
    await Promise.all(
      missing.map(async (p) => {
        try {
          const out = await iam.send(new GetPolicyCommand({ PolicyArn: p.arn }));
          this.descriptions.set(p.arn, out.Policy?.Description ?? '');
        } catch {
          this.descriptions.set(p.arn, '');
        }
      }),
    );
  }

  /** Forgets the cached list (after the user creates a policy elsewhere). */
  clear(): void {
    this.cache = undefined;
    this.descriptions.clear();
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
