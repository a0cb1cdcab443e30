import type { SandboxState } from '../../core/state';
import type { OrganizationAccountRecord, OrganizationalUnitRecord, OrganizationsState } from './organizations-state';

const COMPANY_DOMAIN = 'meridian-labs.example';
const SEED_EPOCH = Date.parse('2023-02-06T10:00:00.000Z');
const DAY_MS = 86_400_000;

function lowerAlnum(length: number, rng: () => number): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[Math.floor(rng() * alphabet.length)];
  return out;
}

function newAccountId(rng: () => number, taken: Set<string>): string {
  for (;;) {
    let id = String(1 + Math.floor(rng() * 9));
    for (let i = 0; i < 11; i++) id += String(Math.floor(rng() * 10));
    if (!taken.has(id)) {
      taken.add(id);
      return id;
    }
  }
}

/** A fresh organization with the sandbox account as management account, in the root. */
function createOrganization(state: SandboxState, rng: () => number): OrganizationsState {
  const managementId = state.account.accountId;
  const orgId = `o-${lowerAlnum(10, rng)}`;
  const orgs: OrganizationsState = {
    organization: {
      id: orgId,
      arn: `arn:aws:organizations::${managementId}:organization/${orgId}`,
      masterAccountId: managementId,
      masterAccountEmail: `aws-management@${COMPANY_DOMAIN}`,
      featureSet: 'ALL',
      rootId: `r-${lowerAlnum(4, rng)}`,
    },
    accounts: [],
    organizationalUnits: [],
    tags: {},
  };
  orgs.accounts.push(accountRecord(orgs, managementId, 'Meridian Labs Management', `aws-management@${COMPANY_DOMAIN}`, 'CREATED', 0, orgs.organization!.rootId));
  return orgs;
}

function accountRecord(
  orgs: OrganizationsState,
  id: string,
  name: string,
  email: string,
  joinedMethod: 'INVITED' | 'CREATED',
  joinedDay: number,
  parentId: string,
): OrganizationAccountRecord {
  const organization = orgs.organization!;
  return {
    id,
    arn: `arn:aws:organizations::${organization.masterAccountId}:account/${organization.id}/${id}`,
    name,
    email,
    status: 'ACTIVE',
    joinedMethod,
    joinedTimestamp: new Date(SEED_EPOCH + joinedDay * DAY_MS).toISOString(),
    parentId,
  };
}

function addOu(orgs: OrganizationsState, name: string, parentId: string, rng: () => number): OrganizationalUnitRecord {
  const organization = orgs.organization!;
  const id = `ou-${organization.rootId.slice(2)}-${lowerAlnum(8, rng)}`;
  const ou = { id, arn: `arn:aws:organizations::${organization.masterAccountId}:ou/${organization.id}/${id}`, name, parentId };
  orgs.organizationalUnits.push(ou);
  return ou;
}

/** Meridian Labs: management, production, staging and security accounts in two OUs. */
export function seedOrganizationsDemo(state: SandboxState, rng: () => number): void {
  const orgs = createOrganization(state, rng);
  const taken = new Set([state.account.accountId]);
  const workloads = addOu(orgs, 'Workloads', orgs.organization!.rootId, rng);
  const security = addOu(orgs, 'Security', orgs.organization!.rootId, rng);
  const members: [string, string, OrganizationalUnitRecord, number][] = [
    ['Meridian Labs Production', 'aws-production', workloads, 21],
    ['Meridian Labs Staging', 'aws-staging', workloads, 22],
    ['Meridian Labs Security Tooling', 'aws-security', security, 45],
  ];
  for (const [name, mailbox, ou, day] of members) {
    orgs.accounts.push(accountRecord(orgs, newAccountId(rng, taken), name, `${mailbox}@${COMPANY_DOMAIN}`, 'CREATED', day, ou.id));
  }
  orgs.tags[orgs.accounts[1]!.id] = [{ Key: 'Environment', Value: 'production' }];
  state.organizations = orgs;
}

const TEAMS = ['payments', 'search', 'mobile', 'data', 'platform', 'identity', 'billing', 'ml', 'web', 'analytics'];
const STAGES = ['prod', 'staging', 'dev', 'sandbox'];

/** 100 accounts (the management account and 99 members) spread over per-stage OUs. */
export function seedOrganizationsScale(state: SandboxState, rng: () => number): void {
  const orgs = createOrganization(state, rng);
  const taken = new Set([state.account.accountId]);
  const stageOus = STAGES.map((stage) => addOu(orgs, stage[0]!.toUpperCase() + stage.slice(1), orgs.organization!.rootId, rng));
  for (let i = 0; orgs.accounts.length < 100; i++) {
    const team = TEAMS[i % TEAMS.length]!;
    const stageIndex = Math.floor(i / TEAMS.length) % STAGES.length;
    const suffix = Math.floor(i / (TEAMS.length * STAGES.length)) + 1;
    const name = `${team}-${STAGES[stageIndex]}-${suffix}`;
    const method = rng() < 0.2 ? 'INVITED' : 'CREATED';
    orgs.accounts.push(accountRecord(orgs, newAccountId(rng, taken), name, `aws+${name}@${COMPANY_DOMAIN}`, method, 30 + i * 3, stageOus[stageIndex]!.id));
  }
  state.organizations = orgs;
}
