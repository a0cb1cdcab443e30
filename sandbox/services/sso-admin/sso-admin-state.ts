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
  /** Set when the permission set changed after it was last provisioned to its accounts. */
  outOfDate: boolean;
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
 * sandbox clock, then reports its final status; the change to the assignments happens then.
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
  finalStatus: 'SUCCEEDED' | 'FAILED';
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
  finalStatus: 'SUCCEEDED' | 'FAILED';
  failureReason?: string;
}

export interface SsoAdminState {
  instances: SsoInstanceRecord[];
  permissionSets: PermissionSetRecord[];
  assignments: AccountAssignmentRecord[];
  assignmentOperations: AssignmentOperationRecord[];
  provisioningOperations: ProvisioningOperationRecord[];
  /** Accounts each permission set is provisioned to, keyed by permission set ARN. */
  provisionedAccounts: Record<string, string[]>;
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
    provisionedAccounts: {},
    tags: {},
  };
}
