import { describe, expect, it } from 'vitest';
import { AwsError } from '../../core/aws-error';
import type { SandboxState } from '../../core/state';
import { demoTestState, emptyTestState, testContext, testRng, TEST_ACCOUNT_ID } from '../sso-admin/identity-center-test-state';
import { seedIdentityCenterScale } from '../sso-admin/sso-admin-seed';
import { organizationsOperations } from './index';
import { seedOrganizationsScale } from './organizations-seed';

const NOW = new Date('2025-05-01T12:00:00.000Z');

function call(state: SandboxState, op: string, input: Record<string, unknown> = {}, accountId?: string): any {
  return organizationsOperations[op]!(input, testContext(NOW, accountId), state);
}

function errorCode(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof AwsError) return error.code;
    throw error;
  }
  throw new Error('expected an AwsError');
}

describe('Organizations', () => {
  it('says the account is in no organization when there is none', () => {
    const state = emptyTestState();
    expect(errorCode(() => call(state, 'DescribeOrganization'))).toBe('AWSOrganizationsNotInUseException');
    expect(errorCode(() => call(state, 'ListAccounts'))).toBe('AWSOrganizationsNotInUseException');
  });

  it('describes the demo organization managed by the sandbox account', () => {
    const organization = call(demoTestState(), 'DescribeOrganization').Organization;
    expect(organization.MasterAccountId).toBe(TEST_ACCOUNT_ID);
    expect(organization.Id).toMatch(/^o-[a-z0-9]{10}$/);
    expect(organization.FeatureSet).toBe('ALL');
  });

  it('lets a member account describe the organization but not list its accounts', () => {
    const state = demoTestState();
    const member = state.organizations.accounts[1]!.id;
    expect(call(state, 'DescribeOrganization', {}, member).Organization.MasterAccountId).toBe(TEST_ACCOUNT_ID);
    expect(errorCode(() => call(state, 'ListAccounts', {}, member))).toBe('AccessDeniedException');
    expect(errorCode(() => call(state, 'DescribeOrganization', {}, '999988887777'))).toBe('AWSOrganizationsNotInUseException');
  });

  it('walks the four demo accounts one page at a time with paths through their OUs', () => {
    const state = demoTestState();
    const accounts: any[] = [];
    let token: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = call(state, 'ListAccounts', { MaxResults: 1, NextToken: token });
      accounts.push(...page.Accounts);
      token = page.NextToken;
      if (!token) break;
    }
    expect(accounts.map((a) => a.Name)).toEqual([
      'Meridian Labs Management',
      'Meridian Labs Production',
      'Meridian Labs Staging',
      'Meridian Labs Security Tooling',
    ]);
    expect(accounts[1].Paths[0]).toMatch(/^o-[a-z0-9]{10}\/r-[a-z0-9]{4}\/ou-[a-z0-9]{4}-[a-z0-9]{8}\/\d{12}\/$/);
    expect(accounts.every((a) => a.State === 'ACTIVE')).toBe(true);
    expect(errorCode(() => call(state, 'ListAccounts', { NextToken: 'garbage!' }))).toBe('InvalidInputException');
  });

  it('describes accounts and navigates root, OUs and parents', () => {
    const state = demoTestState();
    const production = state.organizations.accounts[1]!;
    expect(call(state, 'DescribeAccount', { AccountId: production.id }).Account.Email).toBe('aws-production@meridian-labs.example');
    expect(errorCode(() => call(state, 'DescribeAccount', { AccountId: '000000000000' }))).toBe('AccountNotFoundException');
    const root = call(state, 'ListRoots').Roots[0];
    const ous = call(state, 'ListOrganizationalUnitsForParent', { ParentId: root.Id }).OrganizationalUnits;
    expect(ous.map((ou: any) => ou.Name)).toEqual(['Workloads', 'Security']);
    expect(call(state, 'ListAccountsForParent', { ParentId: ous[0].Id }).Accounts).toHaveLength(2);
    expect(call(state, 'ListParents', { ChildId: production.id }).Parents).toEqual([{ Id: ous[0].Id, Type: 'ORGANIZATIONAL_UNIT' }]);
    expect(call(state, 'ListChildren', { ParentId: root.Id, ChildType: 'ACCOUNT' }).Children).toEqual([{ Id: TEST_ACCOUNT_ID, Type: 'ACCOUNT' }]);
    expect(errorCode(() => call(state, 'ListAccountsForParent', { ParentId: 'ou-zzzz-zzzzzzzz' }))).toBe('ParentNotFoundException');
  });
});

describe('seeds', () => {
  it('builds the same demo from the same rng seed', () => {
    expect(JSON.stringify(demoTestState(7))).toBe(JSON.stringify(demoTestState(7)));
    expect(JSON.stringify(demoTestState(7))).not.toBe(JSON.stringify(demoTestState(8)));
  });

  it('builds the scale organization and identity store', () => {
    const state = emptyTestState();
    const rng = testRng(3);
    seedOrganizationsScale(state, rng);
    seedIdentityCenterScale(state, rng);
    expect(state.organizations.accounts).toHaveLength(100);
    expect(new Set(state.organizations.accounts.map((a) => a.id)).size).toBe(100);
    expect(state.identityStore.users).toHaveLength(1000);
    expect(new Set(state.identityStore.users.map((u) => u.userName)).size).toBe(1000);
    expect(state.identityStore.groups).toHaveLength(50);
    expect(state.ssoAdmin.assignments.length).toBeGreaterThanOrEqual(250);
  });
});
