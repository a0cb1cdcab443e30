export interface OrganizationRecord {
  id: string;
  arn: string;
  masterAccountId: string;
  masterAccountEmail: string;
  featureSet: 'ALL' | 'CONSOLIDATED_BILLING';
  rootId: string;
}

export interface OrganizationalUnitRecord {
  id: string;
  arn: string;
  name: string;
  parentId: string;
}

export interface OrganizationAccountRecord {
  id: string;
  arn: string;
  name: string;
  email: string;
  status: 'ACTIVE' | 'SUSPENDED' | 'PENDING_CLOSURE';
  joinedMethod: 'INVITED' | 'CREATED';
  joinedTimestamp: string;
  parentId: string;
}

export interface OrganizationsState {
  /** null until the account creates or joins an organization. */
  organization: OrganizationRecord | null;
  accounts: OrganizationAccountRecord[];
  organizationalUnits: OrganizationalUnitRecord[];
  /** Tags keyed by account, OU or root id. */
  tags: Record<string, { Key: string; Value: string }[]>;
}

/** A fresh slice: the account belongs to no organization. */
export function emptyOrganizationsState(): OrganizationsState {
  return { organization: null, accounts: [], organizationalUnits: [], tags: {} };
}
