import {
  AttachGroupPolicyCommand,
  CreatePolicyCommand,
  DeleteGroupPolicyCommand,
  DeletePolicyCommand,
  DetachGroupPolicyCommand,
  GetGroupCommand,
  GetGroupPolicyCommand,
  GetPolicyCommand,
  GetPolicyVersionCommand,
  ListAttachedGroupPoliciesCommand,
  ListGroupPoliciesCommand,
  PutGroupPolicyCommand,
  SimulateCustomPolicyCommand,
  type IAMClient,
  type User,
} from '@aws-sdk/client-iam';
import type { EnforcementRequest } from '../../../shared/contract/methods/group-methods';
import { parsePolicyDocument, policySize } from '../../../shared/logic/mfa-policy-document';
import { buildMfaPolicy } from '../../../shared/logic/mfa-policy-template';
import type { EnforcementPreview, GroupMember, GroupSummary, SimulationRow } from '../../../shared/model/iam-group';
import type { EnforcementMode } from '../../../shared/model/mfa-enforcement';
import type { Plan, PlanStep } from '../../../shared/model/plan';
import { awsErrorCode, translateAwsError } from '../core/aws-error-translation';
import { PortcullisError } from '../core/portcullis-error';
import type { ActiveConnection, ConnectionProvider } from '../core/ports';
import type { PlanRegistry, StepExecutor } from '../plans/plan-registry';
import { readAuthorizationSnapshot } from './group-authorization-snapshot';
import { enforcementOf } from './group-enforcement-detection';
import { listUserMfaDevices } from './mfa-device-listing';
import { collectMarkerPages, mapWithLimit } from '../core/aws-paging';

/** IAM's limit on the total size of a group's inline policies. */
export const groupInlinePolicyLimit = 5120;

/** Why SAML users need MFA at their IdP, shown with every enforcement. */
export const samlWarning =
  'Sessions from SAML federation (AssumeRoleWithSAML) carry no AWS MFA context, so require MFA for them at the identity provider, not with this policy.';

/** Lists groups with their MFA enforcement, previews and plans putting or removing an MFA policy. */
export class GroupEnforcementService {
  constructor(
    private readonly connections: ConnectionProvider,
    private readonly plans: PlanRegistry,
    private readonly mfaSessionActive: () => boolean,
  ) {}

  /** Every group with its members count and MFA policies, in a few paged calls. */
  async list(): Promise<GroupSummary[]> {
    const { clients } = this.connections.current();
    const snapshot = await readAuthorizationSnapshot(clients.iam, ['User', 'Group', 'LocalManagedPolicy']);
    const memberCount = new Map<string, number>();
    for (const u of snapshot.users) for (const g of u.groups) memberCount.set(g, (memberCount.get(g) ?? 0) + 1);
    return snapshot.groups
      .map((g) => ({
        groupName: g.groupName,
        arn: g.arn,
        memberCount: memberCount.get(g.groupName) ?? 0,
        enforcement: enforcementOf(g, snapshot),
        inlinePolicySize: g.inlinePolicies.reduce((sum, p) => sum + safeSize(p.text), 0),
        attachedPolicyCount: g.attachedPolicies.length,
      }))
      .sort((a, b) => a.groupName.localeCompare(b.groupName));
  }

  /** The members of a group and how many MFA devices each holds. */
  async members(groupName: string): Promise<GroupMember[]> {
    const { clients } = this.connections.current();
    const users = await groupUsers(clients.iam, groupName);
    return mapWithLimit(users, 8, async (u) => ({
      userName: u.UserName ?? '',
      arn: u.Arn ?? '',
      mfaDeviceCount: (await listUserMfaDevices(clients.iam, u.UserName ?? '')).length,
    }));
  }

  /** What the enforcement would do: the document, its size, who is locked out, and a simulation. */
  async preview(request: EnforcementRequest): Promise<EnforcementPreview> {
    const connection = this.connections.current();
    const { document, text } = this.documentFor(request, connection);
    const members = await this.members(request.groupName);
    const inlineOthers = request.mode === 'inline' ? await inlineSizeExcept(connection.clients.iam, request.groupName, request.policyName) : 0;
    const documentSize = policySize(text);
    const inlineTotalAfter = inlineOthers + (request.mode === 'inline' ? documentSize : 0);
    const adminIsMember = connection.identity.principalType === 'user' && members.some((m) => m.userName === connection.identity.userName);
    const adminHasMfaSession = this.mfaSessionActive();
    const membersWithoutMfa = members.filter((m) => m.mfaDeviceCount === 0).map((m) => m.userName);
    const simulation = await simulate(connection.clients.iam, text, request);
    const warnings = [samlWarning];
    warnings.push('Members must sign out and sign in again (with MFA) before the policy lets them work; scripts using long-term access keys must switch to aws sts get-session-token.');
    const blocker = adminIsMember && !adminHasMfaSession
      ? 'You are a member of this group and signed in without MFA: this policy would lock you out. Start an MFA session on the Connections page first.'
      : undefined;
    return {
      groupName: request.groupName,
      policyName: request.policyName,
      document: JSON.stringify(document, null, 2),
      documentSize,
      inlineTotalAfter,
      inlineLimit: groupInlinePolicyLimit,
      fits: request.mode === 'managed' || inlineTotalAfter <= groupInlinePolicyLimit,
      members,
      membersWithoutMfa,
      adminIsMember,
      adminHasMfaSession,
      ...(blocker ? { blocker } : {}),
      simulation,
      warnings,
    };
  }

  /** A plan putting the MFA policy on the group, checked against the inline size limit first. */
  async planEnforcement(request: EnforcementRequest): Promise<Plan> {
    const connection = this.connections.current();
    const iam = connection.clients.iam;
    const { text } = this.documentFor(request, connection);
    const members = await groupUsers(iam, request.groupName);
    if (connection.identity.principalType === 'user' && members.some((u) => u.UserName === connection.identity.userName) && !this.mfaSessionActive()) {
      throw new PortcullisError('MFA_REQUIRED', `You are a member of ${request.groupName} and signed in without MFA; this policy would lock you out.`, {
        remedy: 'Start an MFA session on the Connections page, then plan again.',
      });
    }
    const pretty = JSON.stringify(JSON.parse(text), null, 2);
    const warnings = [samlWarning];
    const withoutMfa = (await mapWithLimit(members, 8, async (u) => ((await listUserMfaDevices(iam, u.UserName ?? '')).length ? undefined : u.UserName))).filter(Boolean);
    if (withoutMfa.length && request.template.kind === 'require-mfa') {
      warnings.push(`${withoutMfa.length} member(s) have no MFA device and will be locked out of everything except enrolling one: ${withoutMfa.join(', ')}.`);
    }
    return request.mode === 'inline'
      ? this.planInline(connection, request, text, pretty, warnings)
      : this.planManaged(connection, request, text, pretty, warnings);
  }

  /** A plan removing an MFA policy: delete the inline policy, or detach the managed one. */
  async planRemove(groupName: string, mode: EnforcementMode, policyName: string, policyArn: string | undefined): Promise<Plan> {
    const connection = this.connections.current();
    const iam = connection.clients.iam;
    const executors = new Map<string, StepExecutor>();
    let step: PlanStep;
    if (mode === 'inline') {
      const existing = await getInline(iam, groupName, policyName);
      step = { id: 'delete-inline', call: 'iam:DeleteGroupPolicy', target: `${groupName}/${policyName}`, summary: `Delete the inline policy ${policyName} from ${groupName}`, document: existing ? pretty(existing) : undefined, alreadyDone: !existing };
      executors.set(step.id, {
        run: () => call(() => iam.send(new DeleteGroupPolicyCommand({ GroupName: groupName, PolicyName: policyName })), `deleting ${policyName} from ${groupName}`),
        ...(existing ? { undo: { step: { call: 'iam:PutGroupPolicy', target: `${groupName}/${policyName}`, summary: `Put ${policyName} back on ${groupName}`, document: pretty(existing) }, run: () => call(() => iam.send(new PutGroupPolicyCommand({ GroupName: groupName, PolicyName: policyName, PolicyDocument: existing })), `putting ${policyName} back`) } } : {}),
      });
    } else {
      const arn = policyArn ?? `arn:${connection.identity.partition}:iam::${connection.identity.accountId}:policy/${policyName}`;
      const attached = (await attachedArns(iam, groupName)).includes(arn);
      step = { id: 'detach', call: 'iam:DetachGroupPolicy', target: arn, summary: `Detach ${policyName} from ${groupName} (the policy itself stays)`, alreadyDone: !attached };
      executors.set(step.id, {
        run: () => call(() => iam.send(new DetachGroupPolicyCommand({ GroupName: groupName, PolicyArn: arn })), `detaching ${policyName} from ${groupName}`),
        undo: { step: { call: 'iam:AttachGroupPolicy', target: arn, summary: `Attach ${policyName} to ${groupName} again` }, run: () => call(() => iam.send(new AttachGroupPolicyCommand({ GroupName: groupName, PolicyArn: arn })), `attaching ${policyName} again`) },
      });
    }
    return this.plans.register({ title: `Remove MFA enforcement ${policyName} from ${groupName}`, steps: [step], warnings: [] }, executors, journalContext(connection));
  }

  private documentFor(request: EnforcementRequest, connection: ActiveConnection): { document: object; text: string } {
    let document;
    try {
      document = buildMfaPolicy(request.template, connection.identity.partition, connection.identity.accountId);
    } catch (error) {
      throw new PortcullisError('VALIDATION', error instanceof Error ? error.message : String(error), { field: 'template' });
    }
    return { document, text: JSON.stringify(document) };
  }

  private async planInline(connection: ActiveConnection, request: EnforcementRequest, text: string, prettyText: string, warnings: string[]): Promise<Plan> {
    const iam = connection.clients.iam;
    const existing = await getInline(iam, request.groupName, request.policyName);
    const total = (await inlineSizeExcept(iam, request.groupName, request.policyName)) + policySize(text);
    if (total > groupInlinePolicyLimit) {
      throw new PortcullisError('LIMIT_EXCEEDED', `The inline policies of ${request.groupName} would total ${total} characters; IAM allows ${groupInlinePolicyLimit}.`, {
        remedy: 'Apply the policy as a customer managed policy attached to the group instead.',
        field: 'mode',
      });
    }
    const same = existing !== undefined && sameDocument(existing, text);
    const executors = new Map<string, StepExecutor>([
      ['put', {
        run: () => call(() => iam.send(new PutGroupPolicyCommand({ GroupName: request.groupName, PolicyName: request.policyName, PolicyDocument: text })), `putting ${request.policyName} on ${request.groupName}`),
        undo: existing
          ? { step: { call: 'iam:PutGroupPolicy', target: `${request.groupName}/${request.policyName}`, summary: `Restore the previous ${request.policyName}`, document: pretty(existing) }, run: () => call(() => iam.send(new PutGroupPolicyCommand({ GroupName: request.groupName, PolicyName: request.policyName, PolicyDocument: existing })), 'restoring the previous policy') }
          : { step: { call: 'iam:DeleteGroupPolicy', target: `${request.groupName}/${request.policyName}`, summary: `Delete ${request.policyName} from ${request.groupName}` }, run: () => call(() => iam.send(new DeleteGroupPolicyCommand({ GroupName: request.groupName, PolicyName: request.policyName })), `deleting ${request.policyName}`) },
      }],
    ]);
    if (existing && !same) warnings.push(`${request.groupName} already has an inline policy named ${request.policyName}; it will be replaced.`);
    const steps: PlanStep[] = [{ id: 'put', call: 'iam:PutGroupPolicy', target: `${request.groupName}/${request.policyName}`, summary: `Put the inline MFA policy ${request.policyName} on ${request.groupName} (${total} of ${groupInlinePolicyLimit} inline characters)`, document: prettyText, alreadyDone: same }];
    return this.plans.register({ title: `Require MFA for group ${request.groupName}`, steps, warnings }, executors, journalContext(connection));
  }

  private async planManaged(connection: ActiveConnection, request: EnforcementRequest, text: string, prettyText: string, warnings: string[]): Promise<Plan> {
    const iam = connection.clients.iam;
    const arn = `arn:${connection.identity.partition}:iam::${connection.identity.accountId}:policy/${request.policyName}`;
    const current = await managedDocument(iam, arn);
    if (current !== undefined && !sameDocument(current, text)) {
      throw new PortcullisError('ALREADY_EXISTS', `A managed policy named ${request.policyName} already exists with a different document.`, {
        remedy: 'Choose another policy name, or attach the existing policy yourself after checking it.',
        field: 'policyName',
      });
    }
    const attached = (await attachedArns(iam, request.groupName)).includes(arn);
    const executors = new Map<string, StepExecutor>([
      ['create', {
        run: () => call(() => iam.send(new CreatePolicyCommand({ PolicyName: request.policyName, PolicyDocument: text, Description: 'MFA enforcement created by Portcullis' })), `creating the policy ${request.policyName}`),
        undo: { step: { call: 'iam:DeletePolicy', target: arn, summary: `Delete the policy ${request.policyName}` }, run: () => call(() => iam.send(new DeletePolicyCommand({ PolicyArn: arn })), `deleting ${request.policyName}`) },
      }],
      ['attach', {
        run: () => call(() => iam.send(new AttachGroupPolicyCommand({ GroupName: request.groupName, PolicyArn: arn })), `attaching ${request.policyName} to ${request.groupName}`),
        undo: { step: { call: 'iam:DetachGroupPolicy', target: arn, summary: `Detach ${request.policyName} from ${request.groupName}` }, run: () => call(() => iam.send(new DetachGroupPolicyCommand({ GroupName: request.groupName, PolicyArn: arn })), `detaching ${request.policyName}`) },
      }],
    ]);
    const steps: PlanStep[] = [
      { id: 'create', call: 'iam:CreatePolicy', target: arn, summary: `Create the customer managed policy ${request.policyName}`, document: prettyText, alreadyDone: current !== undefined },
      { id: 'attach', call: 'iam:AttachGroupPolicy', target: request.groupName, summary: `Attach ${request.policyName} to ${request.groupName}`, alreadyDone: attached },
    ];
    return this.plans.register({ title: `Require MFA for group ${request.groupName}`, steps, warnings }, executors, journalContext(connection));
  }
}

async function call<T>(send: () => Promise<T>, doing: string): Promise<void> {
  try {
    await send();
  } catch (error) {
    throw translateAwsError(error, doing);
  }
}

function journalContext(connection: ActiveConnection): { area: string; accountId: string; accountAlias: string | null; connectionLabel: string } {
  return { area: 'groups', accountId: connection.identity.accountId, accountAlias: connection.identity.accountAlias, connectionLabel: connection.summary.label };
}

function safeSize(text: string): number {
  const doc = parsePolicyDocument(text);
  return doc ? policySize(JSON.stringify(JSON.parse(decodeIfNeeded(text)))) : text.length;
}

function decodeIfNeeded(text: string): string {
  try {
    JSON.parse(text);
    return text;
  } catch {
    return decodeURIComponent(text);
  }
}

function pretty(text: string): string {
  return JSON.stringify(JSON.parse(decodeIfNeeded(text)), null, 2);
}

function sameDocument(a: string, b: string): boolean {
  return JSON.stringify(JSON.parse(decodeIfNeeded(a))) === JSON.stringify(JSON.parse(decodeIfNeeded(b)));
}

async function groupUsers(iam: IAMClient, groupName: string): Promise<User[]> {
  try {
    return await collectMarkerPages(async (Marker) => {
      const page = await iam.send(new GetGroupCommand({ GroupName: groupName, Marker }));
      return { items: page.Users ?? [], isTruncated: page.IsTruncated, marker: page.Marker };
    });
  } catch (error) {
    throw translateAwsError(error, `reading the members of ${groupName}`);
  }
}

async function getInline(iam: IAMClient, groupName: string, policyName: string): Promise<string | undefined> {
  try {
    const got = await iam.send(new GetGroupPolicyCommand({ GroupName: groupName, PolicyName: policyName }));
    return got.PolicyDocument ? decodeIfNeeded(got.PolicyDocument) : undefined;
  } catch (error) {
    if (awsErrorCode(error) === 'NoSuchEntity') return undefined;
    throw translateAwsError(error, `reading ${policyName} of ${groupName}`);
  }
}

async function inlineSizeExcept(iam: IAMClient, groupName: string, policyName: string): Promise<number> {
  try {
    const names = await collectMarkerPages(async (Marker) => {
      const page = await iam.send(new ListGroupPoliciesCommand({ GroupName: groupName, Marker }));
      return { items: page.PolicyNames ?? [], isTruncated: page.IsTruncated, marker: page.Marker };
    });
    let total = 0;
    for (const name of names.filter((n) => n !== policyName)) {
      const text = await getInline(iam, groupName, name);
      if (text) total += policySize(text);
    }
    return total;
  } catch (error) {
    throw translateAwsError(error, `measuring the inline policies of ${groupName}`);
  }
}

async function attachedArns(iam: IAMClient, groupName: string): Promise<string[]> {
  try {
    const attached = await collectMarkerPages(async (Marker) => {
      const page = await iam.send(new ListAttachedGroupPoliciesCommand({ GroupName: groupName, Marker }));
      return { items: page.AttachedPolicies ?? [], isTruncated: page.IsTruncated, marker: page.Marker };
    });
    return attached.map((p) => p.PolicyArn ?? '');
  } catch (error) {
    throw translateAwsError(error, `listing the policies attached to ${groupName}`);
  }
}

async function managedDocument(iam: IAMClient, arn: string): Promise<string | undefined> {
  try {
    const policy = await iam.send(new GetPolicyCommand({ PolicyArn: arn }));
    const version = await iam.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: policy.Policy?.DefaultVersionId ?? 'v1' }));
    return version.PolicyVersion?.Document ? decodeIfNeeded(version.PolicyVersion.Document) : undefined;
  } catch (error) {
    if (awsErrorCode(error) === 'NoSuchEntity') return undefined;
    throw translateAwsError(error, `reading the policy ${arn}`);
  }
}

/** The actions simulated when the admin picks none. */
const defaultSimulatedActions = ['s3:ListAllMyBuckets', 'ec2:DescribeInstances', 'iam:CreateUser', 'iam:EnableMFADevice'];
/** SimulateCustomPolicy needs concrete actions: a wildcard is simulated with one representative. */
const representatives: Record<string, string> = { '*': 's3:ListAllMyBuckets', 'iam:*': 'iam:CreateUser', 's3:*': 's3:DeleteObject', 'ec2:*': 'ec2:TerminateInstances' };

function simulatedActions(request: EnforcementRequest): string[] {
  const chosen = request.simulateActions.length
    ? request.simulateActions
    : request.template.kind === 'require-mfa' || !request.template.actions.length
      ? defaultSimulatedActions
      : [...request.template.actions, 's3:ListAllMyBuckets'];
  const concrete = chosen.map((a) => (a.includes('*') ? representatives[a] : a)).filter((a): a is string => !!a);
  return [...new Set(concrete)];
}

async function simulate(iam: IAMClient, policy: string, request: EnforcementRequest): Promise<SimulationRow[]> {
  const actions = simulatedActions(request);
  const maxAge = request.template.kind === 'recent-mfa' ? request.template.maxAgeSeconds : 3600;
  // Stands in for the member's other permissions, so the table shows only what the MFA policy changes.
  const allowAll = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] });
  const run = async (entries: { key: string; value: string; type: 'boolean' | 'numeric' }[]): Promise<Map<string, string>> => {
    try {
      const results = await collectMarkerPages(async (Marker) => {
        const page = await iam.send(new SimulateCustomPolicyCommand({
          PolicyInputList: [policy, allowAll],
          ActionNames: actions,
          ContextEntries: entries.map((e) => ({ ContextKeyName: e.key, ContextKeyValues: [e.value], ContextKeyType: e.type })),
          Marker,
        }));
        return { items: page.EvaluationResults ?? [], isTruncated: page.IsTruncated, marker: page.Marker };
      });
      return new Map(results.map((r) => [r.EvalActionName ?? '', r.EvalDecision === 'allowed' ? 'allowed' : 'denied']));
    } catch (error) {
      throw translateAwsError(error, 'simulating the MFA policy (SimulateCustomPolicy)');
    }
  };
  const withMfa = await run([{ key: 'aws:MultiFactorAuthPresent', value: 'true', type: 'boolean' }, { key: 'aws:MultiFactorAuthAge', value: '60', type: 'numeric' }]);
  const withoutMfa = await run([{ key: 'aws:MultiFactorAuthPresent', value: 'false', type: 'boolean' }]);
  const tooOld = await run([{ key: 'aws:MultiFactorAuthPresent', value: 'true', type: 'boolean' }, { key: 'aws:MultiFactorAuthAge', value: String(maxAge + 3600), type: 'numeric' }]);
  return actions.map((action) => ({ action, withMfa: withMfa.get(action) ?? 'unknown', withoutMfa: withoutMfa.get(action) ?? 'unknown', mfaTooOld: tooOld.get(action) ?? 'unknown' }));
}
