import { AwsError } from '../../core/aws-error';
import type { ServiceOperations } from '../../core/operation';
import { listPage } from './list-page';
import { assertSessionDuration } from './session-duration';
import { markPermissionSetChanged, requireInstance, requirePermissionSet, ssoPaging } from './sso-admin-lookup';
import type { PermissionSetRecord } from './sso-admin-state';
import { newPermissionSetArn } from './sso-ids';
import { applyTags } from './tag-operations';

const PERMISSION_SETS_PER_INSTANCE = 2000;
const DEFAULT_SESSION_DURATION = 'PT1H';

/** The PermissionSet shape every permission set operation returns. */
export function permissionSetShape(permissionSet: PermissionSetRecord) {
  return {
    Name: permissionSet.name,
    PermissionSetArn: permissionSet.permissionSetArn,
    Description: permissionSet.description,
    CreatedDate: new Date(permissionSet.createdDate),
    SessionDuration: permissionSet.sessionDuration,
    RelayState: permissionSet.relayState,
  };
}

/** Create, describe, list, update and delete permission sets. */
export const permissionSetOperations: ServiceOperations = {
  CreatePermissionSet(input, ctx, state) {
    const instance = requireInstance(state, input.InstanceArn, ctx, 'CreatePermissionSet');
    const sets = state.ssoAdmin.permissionSets.filter((set) => set.instanceArn === instance.instanceArn);
    // Names are unique per instance regardless of case, as in the console.
    if (sets.some((set) => set.name.toLowerCase() === String(input.Name).toLowerCase())) {
      throw new AwsError('ConflictException', `PermissionSet with name ${input.Name} already exists.`);
    }
    if (sets.length >= PERMISSION_SETS_PER_INSTANCE) {
      throw new AwsError(
        'ServiceQuotaExceededException',
        `The number of permission sets in this instance has reached the limit of ${PERMISSION_SETS_PER_INSTANCE}.`,
      );
    }
    if (input.SessionDuration !== undefined) assertSessionDuration(input.SessionDuration);
    const permissionSet: PermissionSetRecord = {
      permissionSetArn: newPermissionSetArn(instance.instanceArn),
      instanceArn: instance.instanceArn,
      name: input.Name,
      description: input.Description,
      sessionDuration: input.SessionDuration ?? DEFAULT_SESSION_DURATION,
      relayState: input.RelayState,
      createdDate: ctx.now.toISOString(),
      managedPolicyArns: [],
      customerManagedPolicyReferences: [],
    };
    if (input.Tags?.length) applyTags(state, permissionSet.permissionSetArn, input.Tags);
    state.ssoAdmin.permissionSets.push(permissionSet);
    return { PermissionSet: permissionSetShape(permissionSet) };
  },

  DescribePermissionSet(input, ctx, state) {
    requireInstance(state, input.InstanceArn, ctx, 'DescribePermissionSet');
    return { PermissionSet: permissionSetShape(requirePermissionSet(state, input.InstanceArn, input.PermissionSetArn)) };
  },

  ListPermissionSets(input, ctx, state) {
    requireInstance(state, input.InstanceArn, ctx, 'ListPermissionSets');
    const sets = state.ssoAdmin.permissionSets.filter((set) => set.instanceArn === input.InstanceArn);
    const page = listPage(sets, (set) => set.permissionSetArn, input.MaxResults, input.NextToken, {
      defaultMax: 100,
      ...ssoPaging,
    });
    return { PermissionSets: page.items.map((set) => set.permissionSetArn), NextToken: page.nextToken };
  },

  UpdatePermissionSet(input, ctx, state) {
    requireInstance(state, input.InstanceArn, ctx, 'UpdatePermissionSet');
    const permissionSet = requirePermissionSet(state, input.InstanceArn, input.PermissionSetArn);
    if (input.SessionDuration !== undefined) assertSessionDuration(input.SessionDuration);
    if (input.Description !== undefined) permissionSet.description = input.Description;
    if (input.SessionDuration !== undefined) permissionSet.sessionDuration = input.SessionDuration;
    if (input.RelayState !== undefined) permissionSet.relayState = input.RelayState;
    markPermissionSetChanged(state, permissionSet.permissionSetArn);
    return {};
  },

  DeletePermissionSet(input, ctx, state) {
    requireInstance(state, input.InstanceArn, ctx, 'DeletePermissionSet');
    const permissionSet = requirePermissionSet(state, input.InstanceArn, input.PermissionSetArn);
    const arn = permissionSet.permissionSetArn;
    const sso = state.ssoAdmin;
    const inUse =
      sso.assignments.some((assignment) => assignment.permissionSetArn === arn) ||
      sso.provisioned.some((record) => record.permissionSetArn === arn) ||
      sso.assignmentOperations.some((op) => op.permissionSetArn === arn && op.status === 'IN_PROGRESS');
    if (inUse) {
      throw new AwsError('ConflictException', 'Could not delete because PermissionSet has ApplicationProfile associated with it');
    }
    sso.permissionSets = sso.permissionSets.filter((set) => set.permissionSetArn !== arn);
    delete sso.tags[arn];
    return {};
  },
};
