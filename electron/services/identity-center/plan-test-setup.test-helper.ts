import type { ActiveConnection } from '../core/ports';
import { PlanRegistry } from '../plans/plan-registry';

/** A plan registry with in-memory events and journal, and a connection made of the given fake clients. */
export function planHarness(clients: Partial<Record<'iam' | 'sts' | 'ssoAdmin' | 'identityStore' | 'organizations', unknown>>) {
  const journal: { action: string; outcome: string; target: string }[] = [];
  const plans = new PlanRegistry({ emit: () => undefined }, { append: (e) => (journal.push(e), { ...e, id: String(journal.length), at: '' }) as never });
  const connection = {
    clients,
    identity: { accountId: '111122223333', accountAlias: 'meridian-mgmt', arn: 'arn:aws:iam::111122223333:root', userId: 'x', partition: 'aws', principalType: 'root' },
    summary: { id: 'sandbox', kind: 'sandbox', label: 'Sandbox', detail: '', region: 'us-east-1', isSandbox: true },
    region: 'us-east-1',
  } as unknown as ActiveConnection;
  return { plans, journal, connection };
}
