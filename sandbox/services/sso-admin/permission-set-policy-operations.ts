import { AwsError } from '../../core/aws-error';
import type { RequestContext, ServiceOperations } from '../../core/operation';
import type { SandboxState } from '../../core/state';
import { listPage } from './list-page';
import { markPermissionSetChanged, requireInstance, requirePermissionSet, ssoPaging } from './sso-admin-lookup';
import type { CustomerManagedPolicyReferenceRecord, PermissionSetRecord } from './sso-admin-state';

/** Managed plus customer managed policies per permission set. */
const ATTACHED_POLICIES_PER_PERMISSION_SET = 20;
/** The inline policy becomes an IAM role inline policy, so IAM's role limit applies. */
const INLINE_POLICY_MAX_BYTES = 10240;

function permissionSetFor(input: any, ctx: RequestContext, state: SandboxState, action: string): PermissionSetRecord {
  requireInstance(state, input.InstanceArn, ctx, action);
  return requirePermissionSet(state, input.InstanceArn, input.PermissionSetArn);
}

function attachedPolicyCount(permissionSet: PermissionSetRecord): number {
  return permissionSet.managedPolicyArns.length + permissionSet.customerManagedPolicyReferences.length;
}

function assertRoomForPolicy(permissionSet: PermissionSetRecord): void {
  if (attachedPolicyCount(permissionSet) >= ATTACHED_POLICIES_PER_PERMISSION_SET) {
    throw new AwsError(
      'ServiceQuotaExceededException',
      `The permission set already has ${ATTACHED_POLICIES_PER_PERMISSION_SET} managed and customer managed policies attached, the maximum allowed.`,
    );
  }
}

function policyNameOf(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

function normalizePath(path: string | undefined): string {
  return path ?? '/';
}

function sameReference(a: CustomerManagedPolicyReferenceRecord, b: CustomerManagedPolicyReferenceRecord): boolean {
  return a.name === b.name && a.path === b.path;
}

/** An IAM policy document: a JSON object with a Statement. */
function assertPolicyDocument(document: string): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(document);
  } catch {
    throw new AwsError('ValidationException', 'The InlinePolicy is not valid JSON. Provide an IAM policy document.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !('Statement' in parsed)) {
    throw new AwsError('ValidationException', 'The InlinePolicy is not a valid IAM policy document: it has no Statement.');
  }
  const size = Buffer.byteLength(document.replace(/\s+/g, ''), 'utf8');
  if (size > INLINE_POLICY_MAX_BYTES) {
    throw new AwsError(
      'ServiceQuotaExceededException',
      `The InlinePolicy is ${size} bytes; the maximum size of an inline policy is ${INLINE_POLICY_MAX_BYTES} bytes.`,
    );
  }
}

/** AWS managed, customer managed, inline and boundary policies of a permission set. */
export const permissionSetPolicyOperations: ServiceOperations = {
  AttachManagedPolicyToPermissionSet(input, ctx, state) {
    const permissionSet = permissionSetFor(input, ctx, state, 'AttachManagedPolicyToPermissionSet');
    if (permissionSet.managedPolicyArns.includes(input.ManagedPolicyArn)) {
      throw new AwsError('ConflictException', `Permission set already has managed policy ${input.ManagedPolicyArn} attached.`);
    }
    assertRoomForPolicy(permissionSet);
    permissionSet.managedPolicyArns.push(input.ManagedPolicyArn);
    markPermissionSetChanged(state, permissionSet.permissionSetArn);
    return {};
  },

  DetachManagedPolicyFromPermissionSet(input, ctx, state) {
    const permissionSet = permissionSetFor(input, ctx, state, 'DetachManagedPolicyFromPermissionSet');
    if (!permissionSet.managedPolicyArns.includes(input.ManagedPolicyArn)) {
      throw new AwsError('ResourceNotFoundException', `Managed policy ${input.ManagedPolicyArn} is not attached to the permission set.`);
    }
    permissionSet.managedPolicyArns = permissionSet.managedPolicyArns.filter((arn) => arn !== input.ManagedPolicyArn);
    markPermissionSetChanged(state, permissionSet.permissionSetArn);
    return {};
  },

  ListManagedPoliciesInPermissionSet(input, ctx, state) {
    const permissionSet = permissionSetFor(input, ctx, state, 'ListManagedPoliciesInPermissionSet');
    const page = listPage(permissionSet.managedPolicyArns, (arn) => arn, input.MaxResults, input.NextToken, {
      defaultMax: 100,
      ...ssoPaging,
    });
    return { AttachedManagedPolicies: page.items.map((arn) => ({ Name: policyNameOf(arn), Arn: arn })), NextToken: page.nextToken };
  },

  AttachCustomerManagedPolicyReferenceToPermissionSet(input, ctx, state) {
    const permissionSet = permissionSetFor(input, ctx, state, 'AttachCustomerManagedPolicyReferenceToPermissionSet');
    const reference = { name: input.CustomerManagedPolicyReference.Name, path: normalizePath(input.CustomerManagedPolicyReference.Path) };
    if (permissionSet.customerManagedPolicyReferences.some((existing) => sameReference(existing, reference))) {
      throw new AwsError('ConflictException', `Permission set already has customer managed policy ${reference.path}${reference.name} attached.`);
    }
    assertRoomForPolicy(permissionSet);
    permissionSet.customerManagedPolicyReferences.push(reference);
    markPermissionSetChanged(state, permissionSet.permissionSetArn);
    return {};
  },

  DetachCustomerManagedPolicyReferenceFromPermissionSet(input, ctx, state) {
    const permissionSet = permissionSetFor(input, ctx, state, 'DetachCustomerManagedPolicyReferenceFromPermissionSet');
    const reference = { name: input.CustomerManagedPolicyReference.Name, path: normalizePath(input.CustomerManagedPolicyReference.Path) };
    if (!permissionSet.customerManagedPolicyReferences.some((existing) => sameReference(existing, reference))) {
      throw new AwsError('ResourceNotFoundException', `Customer managed policy ${reference.path}${reference.name} is not attached to the permission set.`);
    }
    permissionSet.customerManagedPolicyReferences = permissionSet.customerManagedPolicyReferences.filter(
      (existing) => !sameReference(existing, reference),
    );
    markPermissionSetChanged(state, permissionSet.permissionSetArn);
    return {};
  },

  ListCustomerManagedPolicyReferencesInPermissionSet(input, ctx, state) {
    const permissionSet = permissionSetFor(input, ctx, state, 'ListCustomerManagedPolicyReferencesInPermissionSet');
    const page = listPage(
      permissionSet.customerManagedPolicyReferences,
      (reference) => `${reference.path}${reference.name}`,
      input.MaxResults,
      input.NextToken,
      { defaultMax: 100, ...ssoPaging },
    );
    return {
      CustomerManagedPolicyReferences: page.items.map((reference) => ({ Name: reference.name, Path: reference.path })),
      NextToken: page.nextToken,
    };
  },

  PutInlinePolicyToPermissionSet(input, ctx, state) {
    const permissionSet = permissionSetFor(input, ctx, state, 'PutInlinePolicyToPermissionSet');
    assertPolicyDocument(input.InlinePolicy);
    permissionSet.inlinePolicy = input.InlinePolicy;
    markPermissionSetChanged(state, permissionSet.permissionSetArn);
    return {};
  },

  GetInlinePolicyForPermissionSet(input, ctx, state) {
    const permissionSet = permissionSetFor(input, ctx, state, 'GetInlinePolicyForPermissionSet');
    // AWS answers an empty string, not an error, when there is no inline policy.
    return { InlinePolicy: permissionSet.inlinePolicy ?? '' };
  },

  DeleteInlinePolicyFromPermissionSet(input, ctx, state) {
    const permissionSet = permissionSetFor(input, ctx, state, 'DeleteInlinePolicyFromPermissionSet');
    delete permissionSet.inlinePolicy;
    markPermissionSetChanged(state, permissionSet.permissionSetArn);
    return {};
  },

  PutPermissionsBoundaryToPermissionSet(input, ctx, state) {
    const permissionSet = permissionSetFor(input, ctx, state, 'PutPermissionsBoundaryToPermissionSet');
    const boundary = input.PermissionsBoundary;
    const hasManaged = boundary.ManagedPolicyArn !== undefined;
    const hasCustomer = boundary.CustomerManagedPolicyReference !== undefined;
    if (hasManaged === hasCustomer) {
      throw new AwsError(
        'ValidationException',
        'Specify exactly one of ManagedPolicyArn or CustomerManagedPolicyReference in PermissionsBoundary.',
      );
    }
    permissionSet.permissionsBoundary = hasManaged
      ? { managedPolicyArn: boundary.ManagedPolicyArn }
      : {
          customerManagedPolicyReference: {
            name: boundary.CustomerManagedPolicyReference.Name,
            path: normalizePath(boundary.CustomerManagedPolicyReference.Path),
          },
        };
    markPermissionSetChanged(state, permissionSet.permissionSetArn);
    return {};
  },

  GetPermissionsBoundaryForPermissionSet(input, ctx, state) {
    const permissionSet = permissionSetFor(input, ctx, state, 'GetPermissionsBoundaryForPermissionSet');
    const boundary = permissionSet.permissionsBoundary;
    if (!boundary) {
      throw new AwsError('ResourceNotFoundException', 'The permission set has no permissions boundary.');
    }
    const reference = boundary.customerManagedPolicyReference;
    return {
      PermissionsBoundary: {
        ManagedPolicyArn: boundary.managedPolicyArn,
        CustomerManagedPolicyReference: reference ? { Name: reference.name, Path: reference.path } : undefined,
      },
    };
  },

  DeletePermissionsBoundaryFromPermissionSet(input, ctx, state) {
    const permissionSet = permissionSetFor(input, ctx, state, 'DeletePermissionsBoundaryFromPermissionSet');
    if (!permissionSet.permissionsBoundary) {
      throw new AwsError('ResourceNotFoundException', 'The permission set has no permissions boundary.');
    }
    delete permissionSet.permissionsBoundary;
    markPermissionSetChanged(state, permissionSet.permissionSetArn);
    return {};
  },
};
