import type { Rng } from '../core/rng';
import type { SandboxState } from '../core/state';
import { seedMfaDevice } from '../services/iam/mfa-seed';
import { seedOrganizationsScale } from '../services/organizations/organizations-seed';
import { seedIdentityCenterScale } from '../services/sso-admin/sso-admin-seed';
import { awsPolicy, SeedBuilder } from './seed-builder';

const first = ['alex', 'sam', 'jordan', 'taylor', 'morgan', 'casey', 'riley', 'jamie', 'avery', 'quinn', 'drew', 'robin', 'kai', 'noor', 'lena', 'omar', 'mina', 'ravi', 'ines', 'tomas'];
const last = ['smith', 'garcia', 'chen', 'patel', 'novak', 'okafor', 'larsen', 'rossi', 'tanaka', 'dubois', 'khan', 'meyer', 'silva', 'kowalski', 'nguyen', 'haddad', 'berg', 'moreau', 'ivanova', 'fischer'];
const departments = ['engineering', 'data', 'security', 'finance', 'support', 'sales', 'marketing', 'ops'];
const groupPolicies = [awsPolicy('ReadOnlyAccess'), awsPolicy('PowerUserAccess'), awsPolicy('job-function/ViewOnlyAccess'), awsPolicy('AmazonS3ReadOnlyAccess')];

/** Benchmark data: 5,000 users, 300 groups with memberships, some MFA, 100 accounts. */
export function seedScale(state: SandboxState, rng: Rng, now: Date): void {
  const b = new SeedBuilder(state, rng, now);
  const userNames: string[] = [];
  for (let i = 0; i < 5000; i++) {
    const name = `${first[i % first.length]}.${last[Math.floor(i / first.length) % last.length]}${Math.floor(i / 400) || ''}`;
    const unique = userNames.includes(name) ? `${name}.${i}` : name;
    userNames.push(unique);
    b.user(unique, `/${departments[i % departments.length]}/`, { password: rng.next() < 0.6, accessKeys: rng.next() < 0.2 ? 1 : 0 });
  }
  for (let g = 0; g < 300; g++) {
    const members: string[] = [];
    const size = 5 + rng.int(60);
    for (let m = 0; m < size; m++) {
      const candidate = userNames[rng.int(userNames.length)]!;
      if (!members.includes(candidate)) members.push(candidate);
    }
    b.group(`${departments[g % departments.length]}-team-${String(g).padStart(3, '0')}`, `/${departments[g % departments.length]}/`, [groupPolicies[g % groupPolicies.length]!], members);
  }
  // Keep every user within IAM's 10-groups-per-user quota.
  const counts = new Map<string, number>();
  for (const group of Object.values(state.iam.groups)) {
    group.userNames = group.userNames.filter((u) => {
      const n = counts.get(u) ?? 0;
      if (n >= 10) return false;
      counts.set(u, n + 1);
      return true;
    });
  }
  for (let i = 0; i < userNames.length; i += 7) seedMfaDevice(state, userNames[i]!, now);
  state.iam.accountAliases = ['meridian-labs-scale'];
  seedIdentityCenterScale(state, () => rng.next());
  seedOrganizationsScale(state, () => rng.next());
}
