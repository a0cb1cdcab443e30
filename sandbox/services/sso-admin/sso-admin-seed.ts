import type { SandboxState } from '../../core/state';
import { emptyIdentityStoreState } from '../identitystore/identitystore-state';
import { emptySsoAdminState, type PermissionSetRecord, type SsoInstanceRecord } from './sso-admin-state';
import { instanceArnFor, newIdentityStoreId, newInstanceId, newPermissionSetArn, uuid } from './sso-ids';

const DOMAIN = 'meridian-labs.example';
const SEED_EPOCH = Date.parse('2023-02-20T09:30:00.000Z');
const DAY_MS = 86_400_000;

const DEMO_PEOPLE = [
  ['Amara', 'Okafor', 'Head of Platform'], ['Lukas', 'Brandt', 'Site Reliability Engineer'],
  ['Priya', 'Raman', 'Security Engineer'], ['Tomás', 'Herrera', 'Backend Engineer'],
  ['Mei', 'Tanaka', 'Frontend Engineer'], ['Jonah', 'Whitfield', 'Data Engineer'],
  ['Sofia', 'Marchetti', 'Engineering Manager'], ['Kwame', 'Mensah', 'Backend Engineer'],
  ['Elena', 'Volkova', 'Compliance Analyst'], ['Rahul', 'Desai', 'DevOps Engineer'],
  ['Hannah', 'Lindqvist', 'Product Analyst'], ['Diego', 'Alvarez', 'Mobile Engineer'],
  ['Grace', 'Kim', 'Internal Auditor'], ['Owen', 'Gallagher', 'Cloud Architect'],
  ['Fatima', 'Zahra', 'QA Engineer'],
] as const;

const DEVELOPER_POLICY = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Sid: 'BuildAndRunWorkloads',
      Effect: 'Allow',
      Action: ['ec2:*', 'ecs:*', 'lambda:*', 's3:*', 'dynamodb:*', 'logs:*', 'cloudwatch:*', 'sqs:*', 'sns:*'],
      Resource: '*',
    },
    { Sid: 'NoIdentityChanges', Effect: 'Deny', Action: ['iam:*', 'organizations:*', 'sso:*'], Resource: '*' },
  ],
});

function isoDay(day: number): string {
  return new Date(SEED_EPOCH + day * DAY_MS).toISOString();
}

/** An Identity Center instance owned by the sandbox account, replacing any earlier one. */
function createInstance(state: SandboxState, rng: () => number, name: string): SsoInstanceRecord {
  const instance: SsoInstanceRecord = {
    instanceArn: instanceArnFor(newInstanceId(rng)),
    identityStoreId: newIdentityStoreId(rng),
    name,
    ownerAccountId: state.account.accountId,
    status: 'ACTIVE',
    createdDate: isoDay(0),
  };
  state.ssoAdmin = { ...emptySsoAdminState(), instances: [instance] };
  state.identityStore = emptyIdentityStoreState();
  return instance;
}

function addUser(state: SandboxState, storeId: string, rng: () => number, given: string, family: string, title: string, day: number): string {
  const userId = uuid(rng);
  const userName = `${given}.${family}`.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  state.identityStore.users.push({
    identityStoreId: storeId,
    userId,
    userName,
    displayName: `${given} ${family}`,
    name: { givenName: given, familyName: family, formatted: `${given} ${family}` },
    emails: [{ value: `${userName}@${DOMAIN}`, type: 'work', primary: true }],
    title,
    createdAt: isoDay(day),
    updatedAt: isoDay(day),
  });
  return userId;
}

function addGroup(state: SandboxState, storeId: string, rng: () => number, displayName: string, description: string): string {
  const groupId = uuid(rng);
  state.identityStore.groups.push({ identityStoreId: storeId, groupId, displayName, description, createdAt: isoDay(1), updatedAt: isoDay(1) });
  return groupId;
}

function addMember(state: SandboxState, storeId: string, rng: () => number, groupId: string, userId: string): void {
  state.identityStore.memberships.push({ identityStoreId: storeId, membershipId: uuid(rng), groupId, userId, createdAt: isoDay(2) });
}

function addPermissionSet(
  state: SandboxState,
  instance: SsoInstanceRecord,
  rng: () => number,
  fields: Pick<PermissionSetRecord, 'name' | 'description' | 'sessionDuration' | 'relayState' | 'managedPolicyArns' | 'inlinePolicy'>,
): string {
  const permissionSetArn = newPermissionSetArn(instance.instanceArn, rng);
  state.ssoAdmin.permissionSets.push({
    permissionSetArn,
    instanceArn: instance.instanceArn,
    createdDate: isoDay(3),
    customerManagedPolicyReferences: [],
    ...fields,
  });
  return permissionSetArn;
}

/** Assigns and provisions, as a finished CreateAccountAssignment would have. */
function assign(state: SandboxState, instance: SsoInstanceRecord, permissionSetArn: string, accountId: string, principalType: 'USER' | 'GROUP', principalId: string): void {
  const sso = state.ssoAdmin;
  const exists = sso.assignments.some(
    (a) => a.permissionSetArn === permissionSetArn && a.accountId === accountId && a.principalType === principalType && a.principalId === principalId,
  );
  if (exists) return;
  sso.assignments.push({ instanceArn: instance.instanceArn, accountId, permissionSetArn, principalType, principalId });
  if (!sso.provisioned.some((p) => p.permissionSetArn === permissionSetArn && p.accountId === accountId)) {
    sso.provisioned.push({ permissionSetArn, accountId, latest: true });
  }
}

/** The organization's account ids, or just the sandbox account when there is no organization. */
function accountIds(state: SandboxState): string[] {
  const ids = state.organizations.accounts.map((account) => account.id);
  return ids.length ? ids : [state.account.accountId];
}

function standardPermissionSets(state: SandboxState, instance: SsoInstanceRecord, rng: () => number) {
  const admin = addPermissionSet(state, instance, rng, {
    name: 'AdministratorAccess',
    description: 'Full access to AWS services and resources, for the platform team.',
    sessionDuration: 'PT4H',
    managedPolicyArns: ['arn:aws:iam::aws:policy/AdministratorAccess'],
  });
  const readOnly = addPermissionSet(state, instance, rng, {
    name: 'ReadOnlyAccess',
    description: 'Read-only access for audits and incident review.',
    sessionDuration: 'PT8H',
    managedPolicyArns: ['arn:aws:iam::aws:policy/ReadOnlyAccess'],
  });
  const developer = addPermissionSet(state, instance, rng, {
    name: 'DeveloperAccess',
    description: 'Build and run workloads; no identity or organization changes.',
    sessionDuration: 'PT8H',
    relayState: 'https://console.aws.amazon.com/console/home',
    managedPolicyArns: ['arn:aws:iam::aws:policy/job-function/ViewOnlyAccess'],
    inlinePolicy: DEVELOPER_POLICY,
  });
  return { admin, readOnly, developer };
}

/** Meridian Labs' Identity Center: 15 people, 4 groups, 3 permission sets and their assignments. */
export function seedIdentityCenterDemo(state: SandboxState, rng: () => number): void {
  const instance = createInstance(state, rng, 'meridian-labs');
  const storeId = instance.identityStoreId;
  const users = DEMO_PEOPLE.map(([given, family, title], i) => addUser(state, storeId, rng, given, family, title, 1 + i));
  const groups = {
    platform: addGroup(state, storeId, rng, 'Platform Admins', 'Administers every account in the organization.'),
    developers: addGroup(state, storeId, rng, 'Developers', 'Product engineers.'),
    auditors: addGroup(state, storeId, rng, 'Auditors', 'Security, compliance and internal audit.'),
    data: addGroup(state, storeId, rng, 'Data Team', 'Analytics and data engineering.'),
  };
  const membersOf: [string, number[]][] = [
    [groups.platform, [0, 1, 9, 13]],
    [groups.developers, [3, 4, 5, 7, 11, 14, 6]],
    [groups.auditors, [2, 8, 12]],
    [groups.data, [5, 10]],
  ];
  for (const [groupId, indexes] of membersOf) for (const i of indexes) addMember(state, storeId, rng, groupId, users[i]!);

  const sets = standardPermissionSets(state, instance, rng);
  const accounts = accountIds(state);
  const [management, production, staging, security] = accounts;
  for (const account of accounts) {
    assign(state, instance, sets.admin, account, 'GROUP', groups.platform);
    assign(state, instance, sets.readOnly, account, 'GROUP', groups.auditors);
  }
  for (const account of [staging, production].filter((id): id is string => id !== undefined)) {
    assign(state, instance, sets.developer, account, 'GROUP', groups.developers);
  }
  assign(state, instance, sets.readOnly, production ?? management!, 'GROUP', groups.data);
  assign(state, instance, sets.admin, security ?? management!, 'USER', users[2]!);
}

const FIRST_NAMES = ['Ada', 'Ben', 'Chloe', 'Dev', 'Emma', 'Felix', 'Gita', 'Hugo', 'Ines', 'Jamal', 'Kira', 'Leo', 'Maya', 'Nils', 'Omar', 'Paula', 'Quinn', 'Rosa', 'Sami', 'Tara', 'Uma', 'Victor', 'Wen', 'Yara', 'Zane'];
const LAST_NAMES = ['Abbott', 'Bauer', 'Chen', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ito', 'Jensen', 'Kowalski', 'Lopez', 'Moreau', 'Nakamura', 'Olsen', 'Patel', 'Quist', 'Rossi', 'Schmidt', 'Tran', 'Ueda', 'Varga', 'Weber', 'Yilmaz', 'Zimmer'];

/** 1,000 users in 50 groups, with the three standard permission sets assigned across the accounts. */
export function seedIdentityCenterScale(state: SandboxState, rng: () => number): void {
  const instance = createInstance(state, rng, 'meridian-labs-scale');
  const storeId = instance.identityStoreId;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rng() * items.length)]!;
  const users: string[] = [];
  const usedNames = new Set<string>();
  for (let i = 0; users.length < 1000; i++) {
    const given = pick(FIRST_NAMES);
    const family = pick(LAST_NAMES);
    const key = `${given}.${family}`.toLowerCase();
    const [g, f] = usedNames.has(key) ? [given, `${family}${i}`] : [given, family];
    usedNames.add(`${g}.${f}`.toLowerCase());
    users.push(addUser(state, storeId, rng, g, f, 'Engineer', i % 365));
  }
  const groups: string[] = [];
  for (let i = 0; i < 50; i++) groups.push(addGroup(state, storeId, rng, `team-${String(i + 1).padStart(2, '0')}`, `Engineering team ${i + 1}.`));
  users.forEach((userId, i) => {
    addMember(state, storeId, rng, groups[i % groups.length]!, userId);
    if (rng() < 0.3) {
      const extra = groups[Math.floor(rng() * groups.length)]!;
      const already = state.identityStore.memberships.some((m) => m.groupId === extra && m.userId === userId);
      if (!already) addMember(state, storeId, rng, extra, userId);
    }
  });
  const sets = standardPermissionSets(state, instance, rng);
  const accounts = accountIds(state);
  groups.forEach((groupId, i) => {
    const setArn = i === 0 ? sets.admin : i % 5 === 0 ? sets.readOnly : sets.developer;
    for (let k = 0; k < 5; k++) assign(state, instance, setArn, accounts[(i * 2 + k) % accounts.length]!, 'GROUP', groupId);
  });
}
