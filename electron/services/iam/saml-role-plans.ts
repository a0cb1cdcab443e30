import {
  AttachRolePolicyCommand,
  CreateRoleCommand,
  DeleteRoleCommand,
  DeleteRolePermissionsBoundaryCommand,
  DetachRolePolicyCommand,
  GetRoleCommand,
  GetSAMLProviderCommand,
  PutRolePermissionsBoundaryCommand,
  UpdateAssumeRolePolicyCommand,
  UpdateRoleCommand,
  type IAMClient,
  type Role,
} from '@aws-sdk/client-iam';
import type { Plan, PlanStep } from '../../../shared/model/plan';
import type { SamlRoleDraft } from '../../../shared/model/federated-role';
import { iamArn } from '../../../shared/logic/arn';
import { lineDiff } from '../../../shared/logic/line-diff';
import { TRUST_POLICY_QUOTA, buildSamlTrustPolicy, policySize, prettyPolicy, samePolicy } from '../../../shared/logic/trust-policy-builder';
import { awsErrorCode, translateAwsError } from '../core/aws-error-translation';
import { PortcullisError } from '../core/portcullis-error';
import type { ActiveConnection } from '../core/ports';
import type { PlanRegistry, StepExecutor } from '../plans/plan-registry';
import { attachedRolePolicies } from './role-listing';

/** IAM's default quota of managed policies per role. */
export const POLICIES_PER_ROLE = 10;

async function existingRole(iam: IAMClient, roleName: string): Promise<Role | undefined> {
  try {
    return (await iam.send(new GetRoleCommand({ RoleName: roleName }))).Role;
  } catch (error) {
    if (/^NoSuchEntity/.test(awsErrorCode(error) ?? '')) return undefined;
    throw translateAwsError(error, `looking up the role ${roleName}`);
  }
}

async function requireProvider(iam: IAMClient, arn: string): Promise<void> {
  try {
    await iam.send(new GetSAMLProviderCommand({ SAMLProviderArn: arn }));
  } catch (error) {
    const e = translateAwsError(error, 'reading the chosen SAML provider');
    if (e.code === 'NOT_FOUND') throw new PortcullisError('NOT_FOUND', 'The chosen SAML provider does not exist.', { field: 'providerArn', remedy: 'Register the identity provider first, or choose another.' });
    throw e;
  }
}

function policyName(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

/**
 * Plans a role for SAML 2.0 federation. Everything already in the wanted state is marked done,
 * so re-running for an identical role changes nothing; a different trust policy becomes an
 * UpdateAssumeRolePolicy step showing the diff.
 */
export async function planSamlRole(plans: PlanRegistry, connection: ActiveConnection, draft: SamlRoleDraft): Promise<Plan> {
  const { iam } = connection.clients;
  const trust = buildSamlTrustPolicy(draft);
  const size = policySize(trust);
  if (size > TRUST_POLICY_QUOTA) {
    throw new PortcullisError('LIMIT_EXCEEDED', `The trust policy has ${size} characters (whitespace not counted); IAM's default quota is ${TRUST_POLICY_QUOTA}.`, {
      field: draft.access === 'console' ? 'audiences' : 'conditions',
      remedy: 'Remove some sign-in endpoints or condition values, or ask AWS Support to raise the "Role trust policy length" quota.',
    });
  }
  await requireProvider(iam, draft.providerArn);
  const trustJson = JSON.stringify(trust);
  const trustPretty = prettyPolicy(trust);
  const roleArn = iamArn(connection.identity.partition, connection.identity.accountId, `role${draft.path}${draft.roleName}`);
  const role = await existingRole(iam, draft.roleName);
  const attached = role ? await attachedRolePolicies(iam, draft.roleName) : [];
  const attachedArns = new Set(attached.map((p) => p.arn));
  const newPolicies = draft.policyArns.filter((a) => !attachedArns.has(a));
  if (attached.length + newPolicies.length > POLICIES_PER_ROLE) {
    throw new PortcullisError('LIMIT_EXCEEDED', `The role would have ${attached.length + newPolicies.length} managed policies; IAM allows ${POLICIES_PER_ROLE} by default.`, { field: 'policyArns', remedy: 'Attach fewer policies, or combine them into one customer managed policy.' });
  }
  const steps: PlanStep[] = [];
  const executors = new Map<string, StepExecutor>();
  const warnings: string[] = [];
  const call = (doing: string, fn: () => Promise<unknown>) => async (): Promise<void> => {
    try {
      await fn();
    } catch (error) {
      throw translateAwsError(error, doing);
    }
  };
  const maxSession = draft.maxSessionHours * 3600;

  if (!role) {
    steps.push({ id: 'create-role', call: 'iam:CreateRole', target: roleArn, summary: `Create the role ${draft.roleName} (path ${draft.path}, sessions up to ${draft.maxSessionHours} h${draft.tags.length ? `, ${draft.tags.length} tag(s)` : ''}) trusting ${policyName(draft.providerArn)}`, document: trustPretty, alreadyDone: false });
    executors.set('create-role', {
      run: call(`creating the role ${draft.roleName}`, () =>
        iam.send(new CreateRoleCommand({ RoleName: draft.roleName, Path: draft.path, AssumeRolePolicyDocument: trustJson, MaxSessionDuration: maxSession, ...(draft.description ? { Description: draft.description } : {}), ...(draft.tags.length ? { Tags: draft.tags.map((t) => ({ Key: t.key, Value: t.value })) } : {}) })),
      ),
      undo: { step: { call: 'iam:DeleteRole', target: roleArn, summary: `Delete the role ${draft.roleName}` }, run: call(`deleting the role ${draft.roleName}`, () => iam.send(new DeleteRoleCommand({ RoleName: draft.roleName }))) },
    });
  } else {
    const currentTrust = role.AssumeRolePolicyDocument ?? '';
    const same = samePolicy(currentTrust, trustJson);
    if (same) {
      steps.push({ id: 'create-role', call: 'iam:CreateRole', target: role.Arn ?? roleArn, summary: `The role ${draft.roleName} already exists with this trust policy`, document: trustPretty, alreadyDone: true });
    } else {
      const before = prettyPolicy(currentTrust);
      steps.push({ id: 'update-trust', call: 'iam:UpdateAssumeRolePolicy', target: role.Arn ?? roleArn, summary: `The role ${draft.roleName} exists with a different trust policy: replace it (- current, + new)`, document: lineDiff(before, trustPretty), alreadyDone: false });
      executors.set('update-trust', {
        run: call(`updating the trust policy of ${draft.roleName}`, () => iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: draft.roleName, PolicyDocument: trustJson }))),
        undo: { step: { call: 'iam:UpdateAssumeRolePolicy', target: role.Arn ?? roleArn, summary: `Restore the previous trust policy of ${draft.roleName}`, document: before }, run: call(`restoring the trust policy of ${draft.roleName}`, () => iam.send(new UpdateAssumeRolePolicyCommand({ RoleName: draft.roleName, PolicyDocument: JSON.stringify(JSON.parse(before)) }))) },
      });
    }
    if ((role.MaxSessionDuration ?? 3600) !== maxSession || (role.Description ?? '') !== draft.description) {
      steps.push({ id: 'update-role', call: 'iam:UpdateRole', target: role.Arn ?? roleArn, summary: `Set the maximum session to ${draft.maxSessionHours} h and the description`, alreadyDone: false });
      executors.set('update-role', {
        run: call(`updating the role ${draft.roleName}`, () => iam.send(new UpdateRoleCommand({ RoleName: draft.roleName, MaxSessionDuration: maxSession, Description: draft.description }))),
        undo: { step: { call: 'iam:UpdateRole', target: role.Arn ?? roleArn, summary: `Restore the session length and description of ${draft.roleName}` }, run: call(`restoring the role ${draft.roleName}`, () => iam.send(new UpdateRoleCommand({ RoleName: draft.roleName, MaxSessionDuration: role.MaxSessionDuration ?? 3600, Description: role.Description ?? '' }))) },
      });
    }
    if ((role.Path ?? '/') !== draft.path) warnings.push(`The existing role's path is ${role.Path}; IAM cannot change a role's path, so ${role.Path} stays.`);
    if (draft.tags.length) warnings.push('Tags are set only when a role is created; the existing role keeps its tags.');
  }

  for (const arn of draft.policyArns) {
    const id = `attach-${policyName(arn)}`;
    const done = attachedArns.has(arn);
    steps.push({ id, call: 'iam:AttachRolePolicy', target: arn, summary: done ? `${policyName(arn)} is already attached` : `Attach ${policyName(arn)} to ${draft.roleName}`, alreadyDone: done });
    if (!done) {
      executors.set(id, {
        run: call(`attaching ${policyName(arn)} to ${draft.roleName}`, () => iam.send(new AttachRolePolicyCommand({ RoleName: draft.roleName, PolicyArn: arn }))),
        undo: { step: { call: 'iam:DetachRolePolicy', target: arn, summary: `Detach ${policyName(arn)} from ${draft.roleName}` }, run: call(`detaching ${policyName(arn)}`, () => iam.send(new DetachRolePolicyCommand({ RoleName: draft.roleName, PolicyArn: arn }))) },
      });
    }
  }
  if (draft.permissionsBoundaryArn) {
    const boundary = draft.permissionsBoundaryArn;
    const done = role?.PermissionsBoundary?.PermissionsBoundaryArn === boundary;
    steps.push({ id: 'put-boundary', call: 'iam:PutRolePermissionsBoundary', target: boundary, summary: done ? `${policyName(boundary)} is already the permissions boundary` : `Limit ${draft.roleName} with the permissions boundary ${policyName(boundary)}`, alreadyDone: done });
    if (!done) {
      const previous = role?.PermissionsBoundary?.PermissionsBoundaryArn;
      executors.set('put-boundary', {
        run: call(`setting the permissions boundary of ${draft.roleName}`, () => iam.send(new PutRolePermissionsBoundaryCommand({ RoleName: draft.roleName, PermissionsBoundary: boundary }))),
        undo: previous
          ? { step: { call: 'iam:PutRolePermissionsBoundary', target: previous, summary: `Restore the boundary ${policyName(previous)}` }, run: call('restoring the permissions boundary', () => iam.send(new PutRolePermissionsBoundaryCommand({ RoleName: draft.roleName, PermissionsBoundary: previous }))) }
          : { step: { call: 'iam:DeleteRolePermissionsBoundary', target: roleArn, summary: `Remove the permissions boundary from ${draft.roleName}` }, run: call('removing the permissions boundary', () => iam.send(new DeleteRolePermissionsBoundaryCommand({ RoleName: draft.roleName }))) },
      });
    }
  }
  if (draft.policyArns.length === 0) warnings.push('No permissions policy is attached: users who assume this role can do nothing until you attach one.');
  if ((draft.path === '/' ? 0 : draft.path.length - 1) + draft.roleName.length > 64) warnings.push('Path plus role name is longer than 64 characters, so the console’s Switch Role cannot use this role.');
  const title = role ? `Update the SAML role ${draft.roleName}` : `Create the SAML role ${draft.roleName}`;
  return plans.register({ title, steps, warnings }, executors, { area: 'roles', accountId: connection.identity.accountId, accountAlias: connection.identity.accountAlias, connectionLabel: connection.summary.label });
}
