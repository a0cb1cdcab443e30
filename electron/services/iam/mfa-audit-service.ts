import { GenerateCredentialReportCommand, GetAccountSummaryCommand, GetCredentialReportCommand, type IAMClient } from '@aws-sdk/client-iam';
import { parseCredentialReport } from '../../../shared/logic/mfa-credential-report-parser';
import { isAdminLikePolicy, isPrivilegedManagedPolicyArn } from '../../../shared/logic/mfa-policy-inspection';
import type { AuditFinding, AuditUser, MfaAuditReport, PrivilegedGroup } from '../../../shared/model/mfa-audit';
import type { CredentialReportRow } from '../../../shared/model/mfa-credential-report';
import { awsErrorCode, translateAwsError } from '../core/aws-error-translation';
import { PortcullisError } from '../core/portcullis-error';
import { readAuthorizationSnapshot, type AuthorizationSnapshot, type SnapshotGroup } from './group-authorization-snapshot';
import { countIamCalls } from './mfa-call-counter';

/** Reports progress of the audit's phases. */
export type AuditProgress = (done: number, total: number, label: string, status?: 'running' | 'succeeded' | 'failed') => void;

/** Waits between credential report polls; injectable so tests do not sleep. */
export type Wait = (ms: number) => Promise<void>;

const realWait: Wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const maxPolls = 40;
const phases = 4;

/**
 * Answers "who can get in without MFA?" with a handful of calls whatever the account size:
 * the credential report (MFA, password and key state of every user), the account summary
 * (root MFA) and GetAccountAuthorizationDetails pages (memberships and group policies). It
 * never calls ListMFADevices per user.
 */
export async function runMfaAudit(iam: IAMClient, progress: AuditProgress = () => undefined, wait: Wait = realWait, now: () => number = Date.now): Promise<MfaAuditReport> {
  const started = now();
  const counted = countIamCalls(iam);
  const client = counted.client;
  // The report takes a while to generate; read memberships and policies meanwhile.
  let done = 0;
  const step = <T>(work: Promise<T>, finished: string): Promise<T> => work.then((value) => (progress((done += 1), phases, finished), value));
  progress(0, phases, 'Generating the credential report and reading groups');
  const [report, rootMfaEnabled, snapshot] = await Promise.all([
    step(fetchCredentialReport(client, wait, (polls) => progress(done, phases, `Generating the credential report (check ${polls})`)), 'Credential report received'),
    step(readRootMfa(client), 'Root account summary read'),
    step(readAuthorizationSnapshot(client, ['User', 'Group', 'LocalManagedPolicy'], (pages) => progress(done, phases, `Reading group memberships and policies (page ${pages})`)), 'Group memberships and policies read'),
  ]);
  progress(3, phases, 'Joining the report with groups');
  const result = joinAudit(report.rows, snapshot);
  const root = report.rows.find((r) => r.isRoot);
  progress(phases, phases, 'Audit complete', 'succeeded');
  return {
    reportGeneratedAt: report.generatedAt,
    rootMfaEnabled: rootMfaEnabled ?? (root ? root.mfaActive : null),
    rootHasAccessKeys: !!root && (root.accessKey1Active || root.accessKey2Active),
    ...result,
    groupCount: snapshot.groups.length,
    awsCalls: counted.calls(),
    durationMs: now() - started,
  };
}

async function fetchCredentialReport(iam: IAMClient, wait: Wait, onPoll: (polls: number) => void): Promise<{ rows: CredentialReportRow[]; generatedAt: string | null }> {
  let delay = 250;
  for (let poll = 1; poll <= maxPolls; poll += 1) {
    try {
      const state = (await iam.send(new GenerateCredentialReportCommand({}))).State;
      if (state === 'COMPLETE') {
        const got = await iam.send(new GetCredentialReportCommand({}));
        const csv = new TextDecoder().decode(got.Content ?? new Uint8Array());
        return { rows: parseCredentialReport(csv), generatedAt: got.GeneratedTime?.toISOString() ?? null };
      }
    } catch (error) {
      // A report still being written can answer ReportInProgress; anything else is real.
      if (awsErrorCode(error) !== 'ReportInProgress') {
        if (error instanceof Error && !awsErrorCode(error) && /column|quoted/.test(error.message)) {
          throw new PortcullisError('INTERNAL', `The credential report could not be read: ${error.message}`);
        }
        throw translateAwsError(error, 'generating the credential report');
      }
    }
    onPoll(poll);
    await wait(delay);
    delay = Math.min(delay * 2, 2000);
  }
  throw new PortcullisError('SERVICE_UNAVAILABLE', 'AWS is still generating the credential report.', { remedy: 'Run the audit again in a minute.', retryable: true });
}

async function readRootMfa(iam: IAMClient): Promise<boolean | null> {
  try {
    const summary = await iam.send(new GetAccountSummaryCommand({}));
    const value = summary.SummaryMap?.AccountMFAEnabled;
    return value === undefined ? null : value === 1;
  } catch (error) {
    throw translateAwsError(error, 'reading the account summary');
  }
}

function privilegeReasons(group: SnapshotGroup, snapshot: AuthorizationSnapshot): string[] {
  const reasons: string[] = [];
  for (const attached of group.attachedPolicies) {
    if (isPrivilegedManagedPolicyArn(attached.arn)) reasons.push(`${attached.name} attached`);
    const local = snapshot.localPolicies.get(attached.arn);
    if (local?.document && isAdminLikePolicy(local.document)) reasons.push(`${local.name} allows * or iam:* on *`);
  }
  for (const policy of group.inlinePolicies) {
    if (policy.document && isAdminLikePolicy(policy.document)) reasons.push(`inline ${policy.name} allows * or iam:* on *`);
  }
  return reasons;
}

/** Joins credential report rows with memberships and group privileges into findings. */
export function joinAudit(rows: readonly CredentialReportRow[], snapshot: AuthorizationSnapshot): Pick<MfaAuditReport, 'users' | 'privilegedGroups' | 'counts'> {
  const groupsOf = new Map(snapshot.users.map((u) => [u.userName, u.groups]));
  const privileged = new Map<string, string[]>();
  for (const group of snapshot.groups) {
    const reasons = privilegeReasons(group, snapshot);
    if (reasons.length) privileged.set(group.groupName, reasons);
  }
  const users: AuditUser[] = rows
    .filter((r) => !r.isRoot)
    .map((r) => {
      const groups = [...(groupsOf.get(r.user) ?? [])].sort();
      const privilegedGroups = groups.filter((g) => privileged.has(g));
      const activeAccessKeys = Number(r.accessKey1Active) + Number(r.accessKey2Active);
      const findings: AuditFinding[] = [];
      if (!r.mfaActive && r.passwordEnabled) findings.push('console-without-mfa');
      if (!r.mfaActive && activeAccessKeys > 0) findings.push('keys-without-mfa');
      if (!r.mfaActive && privilegedGroups.length) findings.push('privileged-without-mfa');
      const lastUsed = [r.accessKey1LastUsedDate, r.accessKey2LastUsedDate].filter((d): d is string => !!d).sort().pop() ?? null;
      return { userName: r.user, arn: r.arn, passwordEnabled: r.passwordEnabled, passwordLastUsed: r.passwordLastUsed, mfaActive: r.mfaActive, activeAccessKeys, accessKeyLastUsed: lastUsed, groups, privilegedGroups, findings };
    });
  const withoutMfa = new Set(users.filter((u) => !u.mfaActive).map((u) => u.userName));
  const members = new Map<string, string[]>();
  for (const u of snapshot.users) for (const g of u.groups) members.set(g, [...(members.get(g) ?? []), u.userName]);
  const privilegedGroups: PrivilegedGroup[] = [...privileged.entries()]
    .map(([groupName, reasons]) => {
      const all = members.get(groupName) ?? [];
      return { groupName, reasons, memberCount: all.length, membersWithoutMfa: all.filter((m) => withoutMfa.has(m)).sort() };
    })
    .sort((a, b) => b.membersWithoutMfa.length - a.membersWithoutMfa.length || a.groupName.localeCompare(b.groupName));
  const count = (f: AuditFinding): number => users.filter((u) => u.findings.includes(f)).length;
  return {
    users,
    privilegedGroups,
    counts: { users: users.length, consoleWithoutMfa: count('console-without-mfa'), keysWithoutMfa: count('keys-without-mfa'), privilegedWithoutMfa: count('privileged-without-mfa') },
  };
}
