/** An IAM Identity Center instance; the sandbox holds at most one, like an organization's. */
export interface SsoInstanceRecord {
  instanceArn: string;
  identityStoreId: string;
  name: string;
  ownerAccountId: string;
  status: 'ACTIVE';
  createdDate: string;
}

export interface CustomerManagedPolicyReferenceRecord {
  name: string;
  path: string;
}

export interface PermissionSetRecord {
  permissionSetArn: string;
  instanceArn: string;
  name: string;
  description?: string;
  sessionDuration: string;
  relayState?: string;
  createdDate: string;
  managedPolicyArns: string[];
  customerManagedPolicyReferences: CustomerManagedPolicyReferenceRecord[];
  inlinePolicy?: string;
  permissionsBoundary?: {
    managedPolicyArn?: string;
    customerManagedPolicyReference?: CustomerManagedPolicyReferenceRecord;
  };
}

export interface AccountAssignmentRecord {
  instanceArn: string;
  accountId: string;
  permissionSetArn: string;
  principalType: 'USER' | 'GROUP';
  principalId: string;
}

/**
 * One asynchronous assignment request. It reads IN_PROGRESS until `completesAt` on the
 * sandbox clock; the first call after that decides SUCCEEDED or FAILED and applies the change.
 */
export interface AssignmentOperationRecord {
  requestId: string;
  kind: 'CREATE' | 'DELETE';
  instanceArn: string;
  accountId: string;
  permissionSetArn: string;
  principalType: 'USER' | 'GROUP';
  principalId: string;
  createdDate: string;
  completesAt: string;
  status: 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED';
  failureReason?: string;
}

export interface ProvisioningOperationRecord {
  requestId: string;
  instanceArn: string;
  permissionSetArn: string;
  accountId?: string;
  createdDate: string;
  completesAt: string;
  status: 'IN_PROGRESS' | 'SUCCEEDED' | 'FAILED';
  failureReason?: string;
}

export interface ProvisionedPermissionSetRecord {
  permissionSetArn: string;
  accountId: string;
  /** False once the permission set changes after this account was last provisioned. */
  latest: boolean;
}

export interface SsoAdminState {
  instances: SsoInstanceRecord[];
  permissionSets: PermissionSetRecord[];
  assignments: AccountAssignmentRecord[];
  assignmentOperations: AssignmentOperationRecord[];
  provisioningOperations: ProvisioningOperationRecord[];
  /** Where each permission set has been provisioned (its role exists in that account). */
  provisioned: ProvisionedPermissionSetRecord[];
  /** Tags keyed by resource ARN (instance or permission set). */
  tags: Record<string, { Key: string; Value: string }[]>;
}

/** A fresh slice: no Identity Center instance. */
export function emptySsoAdminState(): SsoAdminState {
  return {
    instances: [],
    permissionSets: [],
    assignments: [],
    assignmentOperations: [],
    provisioningOperations: [],
    provisioned: [],
    tags: {},
  };
}
