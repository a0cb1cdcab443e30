import { describe, expect, it } from 'vitest';
import { credentialReportColumns } from '../../../shared/model/mfa-credential-report';
import { parseCredentialReport } from '../../../shared/logic/mfa-credential-report-parser';
import { parsePolicyDocument } from '../../../shared/logic/mfa-policy-document';
import type { AuthorizationSnapshot, SnapshotGroup } from './group-authorization-snapshot';
import { joinAudit } from './mfa-audit-service';

function row(user: string, password: boolean, mfa: boolean, key1: boolean): string {
  const values: Record<string, string> = { user, arn: `arn:aws:iam::123456789012:user/${user}`, password_enabled: String(password), mfa_active: String(mfa), access_key_1_active: String(key1) };
  return credentialReportColumns.map((c) => values[c] ?? 'N/A').join(',');
}

const csv = [credentialReportColumns.join(','), row('alice', true, false, false), row('bob', false, false, true), row('carol', true, true, true), row('dave', true, false, false)].join('\n');

function group(groupName: string, attached: string[], inline: Record<string, object> = {}): SnapshotGroup {
  return {
    groupName,
    arn: `arn:aws:iam::123456789012:group/${groupName}`,
    attachedPolicies: attached.map((arn) => ({ arn, name: arn.split('/').pop()! })),
    inlinePolicies: Object.entries(inline).map(([name, doc]) => ({ name, text: encodeURIComponent(JSON.stringify(doc)), document: parsePolicyDocument(encodeURIComponent(JSON.stringify(doc))) })),
  };
}

const snapshot: AuthorizationSnapshot = {
  users: [
    { userName: 'alice', arn: '', groups: ['Admins'], inlinePolicies: [], attachedPolicyArns: [] },
    { userName: 'bob', arn: '', groups: ['Ops'], inlinePolicies: [], attachedPolicyArns: [] },
    { userName: 'carol', arn: '', groups: ['Admins', 'Readers'], inlinePolicies: [], attachedPolicyArns: [] },
    { userName: 'dave', arn: '', groups: ['Custom'], inlinePolicies: [], attachedPolicyArns: [] },
  ],
  groups: [
    group('Admins', ['arn:aws:iam::aws:policy/AdministratorAccess']),
    group('Ops', [], { Everything: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:*', Resource: '*' }] } }),
    group('Readers', ['arn:aws:iam::aws:policy/ReadOnlyAccess']),
    group('Custom', ['arn:aws:iam::123456789012:policy/GodMode']),
  ],
  localPolicies: new Map([['arn:aws:iam::123456789012:policy/GodMode', { name: 'GodMode', document: parsePolicyDocument('{"Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}') }]]),
};

describe('MFA audit join', () => {
  const result = joinAudit(parseCredentialReport(csv), snapshot);
  const user = (name: string) => result.users.find((u) => u.userName === name)!;

  it('flags console users and key users without MFA, not those with MFA', () => {
    expect(user('alice').findings).toEqual(['console-without-mfa', 'privileged-without-mfa']);
    expect(user('bob').findings).toEqual(['keys-without-mfa', 'privileged-without-mfa']);
    expect(user('carol').findings).toEqual([]);
    expect(result.counts).toEqual({ users: 4, consoleWithoutMfa: 2, keysWithoutMfa: 1, privilegedWithoutMfa: 3 });
  });

  it('finds privileged groups by AWS managed policy, admin-like inline and customer managed policy', () => {
    const byName = new Map(result.privilegedGroups.map((g) => [g.groupName, g]));
    expect([...byName.keys()].sort()).toEqual(['Admins', 'Custom', 'Ops']);
    expect(byName.get('Admins')).toMatchObject({ memberCount: 2, membersWithoutMfa: ['alice'], reasons: ['AdministratorAccess attached'] });
    expect(byName.get('Ops')?.reasons).toEqual(['inline Everything allows * or iam:* on *']);
    expect(byName.get('Custom')?.reasons).toEqual(['GodMode allows * or iam:* on *']);
    expect(user('carol').privilegedGroups).toEqual(['Admins']);
  });
});
