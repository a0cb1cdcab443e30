import { describe, expect, it } from 'vitest';
import { createEmptyState } from '../core/create-state';
import { applySeed } from '.';

function seeded(seed: 'demo' | 'scale') {
  const state = createEmptyState({ accountId: '111122223333' });
  applySeed(state, seed, new Date('2026-06-01T00:00:00Z'));
  return state;
}

describe('seeds', () => {
  it('builds the demo company with its groups, policies, MFA and alias', () => {
    const state = seeded('demo');
    expect(Object.keys(state.iam.users)).toHaveLength(40);
    expect(Object.values(state.iam.groups).map((g) => g.groupName).sort()).toEqual(
      ['Admins', 'Billing', 'DataScience', 'Developers', 'OnCall', 'ReadOnly', 'Security', 'Support'],
    );
    expect(state.iam.groups['admins']!.attachedPolicyArns).toContain('arn:aws:iam::aws:policy/AdministratorAccess');
    expect(state.iam.groups['developers']!.attachedPolicyArns).toContain('arn:aws:iam::aws:policy/PowerUserAccess');
    expect(state.iam.groups['security']!.attachedPolicyArns).toContain('arn:aws:iam::aws:policy/IAMFullAccess');
    expect(state.iam.security.virtualMfaDevices.filter((d) => d.userName).length).toBe(10);
    expect(Object.values(state.iam.users).some((u) => u.loginProfile) && Object.values(state.iam.users).some((u) => u.accessKeys.length)).toBe(true);
    expect(state.iam.accountAliases).toEqual(['meridian-labs']);
    expect(state.organizations.accounts).toHaveLength(4);
  });

  it('is deterministic', () => {
    const a = seeded('demo');
    const b = seeded('demo');
    expect(Object.values(a.iam.users).map((u) => [u.userName, u.userId, u.path, u.createDate])).toEqual(
      Object.values(b.iam.users).map((u) => [u.userName, u.userId, u.path, u.createDate]),
    );
    expect(a.iam.groups).toEqual(b.iam.groups);
  });

  it('builds the scale account within IAM quotas', () => {
    const state = seeded('scale');
    expect(Object.keys(state.iam.users)).toHaveLength(5000);
    expect(Object.keys(state.iam.groups)).toHaveLength(300);
    expect(state.organizations.accounts).toHaveLength(100);
    const perUser = new Map<string, number>();
    for (const g of Object.values(state.iam.groups)) for (const u of g.userNames) perUser.set(u, (perUser.get(u) ?? 0) + 1);
    expect(Math.max(...perUser.values())).toBeLessThanOrEqual(10);
    expect(state.iam.security.virtualMfaDevices.length).toBeGreaterThan(500);
  });
  it('gives each new account its own policy attachments (seeding twice in one process shares nothing)', () => {
    const first = createEmptyState({ accountId: '111122223333' });
    applySeed(first, 'demo', new Date('2026-01-01T00:00:00Z'));
    const second = createEmptyState({ accountId: '444455556666' });
    applySeed(second, 'demo', new Date('2026-01-01T00:00:00Z'));
    const local = (s: typeof second) => Object.values(s.iam.groups).flatMap((g) => g.attachedPolicyArns).filter((a) => !a.includes(':aws:policy/'));
    expect(local(second).length).toBeGreaterThan(0);
    expect(local(second).every((a) => a.includes(':444455556666:'))).toBe(true);
    expect(local(first).every((a) => a.includes(':111122223333:'))).toBe(true);
  });
});
