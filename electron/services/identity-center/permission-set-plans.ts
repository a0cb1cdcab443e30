import {
  AttachManagedPolicyToPermissionSetCommand,
  CreatePermissionSetCommand,
  DeleteInlinePolicyFromPermissionSetCommand,
  DeletePermissionSetCommand,
  DetachManagedPolicyFromPermissionSetCommand,
  ListAccountsForProvisionedPermissionSetCommand,
  PutInlinePolicyToPermissionSetCommand,
  type SSOAdminClient,
} from '@aws-sdk/client-sso-admin';
import type { Plan, PlanStep } from '../../../shared/model/plan';
import { PermissionSetInputSchema, sessionDurationFromHours, type PermissionSetInput } from '../../../shared/logic/identity-center-permission-set-input';
import type { ActiveConnection } from '../core/ports';
import { PortcullisError } from '../core/portcullis-error';
import type { PlanRegistry, StepExecutor } from '../plans/plan-registry';
import { translateWithRemedy } from './identity-center-errors';
import { collectTokenPages } from '../core/aws-paging';
import { listPermissionSetArns, readPermissionSet } from './permission-set-reader';

function journalContext(connection: ActiveConnection) {
  return { area: 'identity-center', accountId: connection.identity.accountId, accountAlias: connection.identity.accountAlias, connectionLabel: connection.summary.label };
}

async function send<T>(doing: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw translateWithRemedy(error, doing, {
      ConflictException: { remedy: 'Identity Center is busy with another change to this permission set. Retry in a moment.' },
      ServiceQuotaExceededException: { remedy: 'A permission set holds at most 20 managed policies and one inline policy of 10,240 bytes; an instance holds at most 2,000 permission sets.' },
    });
  }
}

async function findByName(client: SSOAdminClient, instanceArn: string, name: string) {
  for (const arn of await listPermissionSetArns(client, instanceArn)) {
    const set = await readPermissionSet(client, instanceArn, arn);
    // Identity Center treats names case-insensitively.
    if (set.name.toLowerCase() === name.toLowerCase()) return set;
  }
  return undefined;
}

/** Plans CreatePermissionSet, one AttachManagedPolicyToPermissionSet per policy and PutInlinePolicyToPermissionSet; the rollback detaches, then deletes. */
export async function planCreatePermissionSet(connection: ActiveConnection, plans: PlanRegistry, instanceArn: string, raw: PermissionSetInput): Promise<Plan> {
  const input = PermissionSetInputSchema.parse(raw);
  const client = connection.clients.ssoAdmin;
  const existing = await findByName(client, instanceArn, input.name);
  if (existing) {
    throw new PortcullisError('ALREADY_EXISTS', `A permission set named ${existing.name} already exists in this instance.`, {
      remedy: 'Choose another name; names are unique regardless of upper and lower case.',
      field: 'input.name',
    });
  }
  const created: { arn?: string } = {};
  const arn = (): string => {
    if (!created.arn) throw new PortcullisError('INTERNAL', 'The permission set has not been created yet.');
    return created.arn;
  };
  const request = {
    Name: input.name,
    ...(input.description ? { Description: input.description } : {}),
    SessionDuration: sessionDurationFromHours(input.sessionHours),
    ...(input.relayState ? { RelayState: input.relayState } : {}),
  };
  const steps: PlanStep[] = [];
  const executors = new Map<string, StepExecutor>();
  steps.push({ id: 'create', call: 'sso:CreatePermissionSet', target: input.name, summary: `Create the permission set ${input.name} with a ${input.sessionHours} h session.`, document: JSON.stringify(request, null, 2), alreadyDone: false });
  executors.set('create', {
    run: async () => {
      const out = await send(`creating the permission set ${input.name}`, () => client.send(new CreatePermissionSetCommand({ InstanceArn: instanceArn, ...request })));
      created.arn = out.PermissionSet?.PermissionSetArn;
      if (!created.arn) throw new PortcullisError('INTERNAL', 'AWS did not return the new permission set ARN.');
    },
    undo: {
      step: { call: 'sso:DeletePermissionSet', target: input.name, summary: `Delete the permission set ${input.name}.` },
      run: () => send(`deleting the permission set ${input.name}`, () => client.send(new DeletePermissionSetCommand({ InstanceArn: instanceArn, PermissionSetArn: arn() }))).then(() => undefined),
    },
  });
  input.managedPolicyArns.forEach((policyArn, i) => {
    const id = `attach-${i + 1}`;
    const policyName = policyArn.split('/').pop();
    steps.push({ id, call: 'sso:AttachManagedPolicyToPermissionSet', target: policyArn, summary: `Attach the AWS managed policy ${policyName} to ${input.name}.`, alreadyDone: false });
    executors.set(id, {
      run: () => send(`attaching ${policyName} to ${input.name}`, () => client.send(new AttachManagedPolicyToPermissionSetCommand({ InstanceArn: instanceArn, PermissionSetArn: arn(), ManagedPolicyArn: policyArn }))).then(() => undefined),
      undo: {
        step: { call: 'sso:DetachManagedPolicyFromPermissionSet', target: policyArn, summary: `Detach ${policyName} from ${input.name}.` },
        run: () => send(`detaching ${policyName} from ${input.name}`, () => client.send(new DetachManagedPolicyFromPermissionSetCommand({ InstanceArn: instanceArn, PermissionSetArn: arn(), ManagedPolicyArn: policyArn }))).then(() => undefined),
      },
    });
  });
  if (input.inlinePolicy) {
    const document = JSON.stringify(JSON.parse(input.inlinePolicy), null, 2);
    steps.push({ id: 'inline', call: 'sso:PutInlinePolicyToPermissionSet', target: input.name, summary: `Put the inline policy on ${input.name}.`, document, alreadyDone: false });
    executors.set('inline', {
      run: () => send(`putting the inline policy on ${input.name}`, () => client.send(new PutInlinePolicyToPermissionSetCommand({ InstanceArn: instanceArn, PermissionSetArn: arn(), InlinePolicy: input.inlinePolicy }))).then(() => undefined),
      undo: {
        step: { call: 'sso:DeleteInlinePolicyFromPermissionSet', target: input.name, summary: `Remove the inline policy from ${input.name}.` },
        run: () => send(`removing the inline policy from ${input.name}`, () => client.send(new DeleteInlinePolicyFromPermissionSetCommand({ InstanceArn: instanceArn, PermissionSetArn: arn() }))).then(() => undefined),
      },
    });
  }
  const warnings = input.managedPolicyArns.length > 10
    ? ['More than 10 managed policies: the role Identity Center creates in each account needs the IAM quota "managed policies per role" raised from its default of 10, or provisioning fails.']
    : [];
  return plans.register({ title: `Create the permission set ${input.name}`, steps, warnings }, executors, journalContext(connection));
}

/** Plans DeletePermissionSet, warning when it is still provisioned to accounts (AWS then refuses with ConflictException). */
export async function planDeletePermissionSet(connection: ActiveConnection, plans: PlanRegistry, instanceArn: string, permissionSetArn: string): Promise<Plan> {
  const client = connection.clients.ssoAdmin;
  const set = await readPermissionSet(client, instanceArn, permissionSetArn);
  const provisioned = await send(`listing the accounts ${set.name} is provisioned to`, () =>
    collectTokenPages(async (NextToken) => {
      const out = await client.send(new ListAccountsForProvisionedPermissionSetCommand({ InstanceArn: instanceArn, PermissionSetArn: permissionSetArn, NextToken, MaxResults: 100 }));
      return { items: out.AccountIds, nextToken: out.NextToken };
    }),
  );
  const conflictRemedy = `Remove every assignment of ${set.name} (Assignments tab, in each account it is provisioned to), wait until they finish, then delete it again.`;
  const warnings = provisioned.items.length
    ? [`${set.name} is still provisioned to ${provisioned.items.length} account(s): ${provisioned.items.join(', ')}. AWS refuses to delete it (ConflictException) until every assignment of it is removed. ${conflictRemedy}`]
    : [];
  const step: PlanStep = {
    id: 'delete',
    call: 'sso:DeletePermissionSet',
    target: set.name,
    summary: `Delete the permission set ${set.name} with its ${set.managedPolicyArns.length} managed policy attachment(s)${set.hasInlinePolicy ? ' and its inline policy' : ''}. This cannot be undone.`,
    alreadyDone: false,
  };
  const executors = new Map<string, StepExecutor>([
    [
      'delete',
      {
        run: async () => {
          try {
            await client.send(new DeletePermissionSetCommand({ InstanceArn: instanceArn, PermissionSetArn: permissionSetArn }));
          } catch (error) {
            throw translateWithRemedy(error, `deleting the permission set ${set.name}`, {
              ConflictException: { code: 'CONFLICT', remedy: `The permission set is still assigned or provisioned to an account, or a change to it is in progress. ${conflictRemedy}` },
            });
          }
        },
      },
    ],
  ]);
  return plans.register({ title: `Delete the permission set ${set.name}`, steps: [step], warnings }, executors, journalContext(connection));
}
