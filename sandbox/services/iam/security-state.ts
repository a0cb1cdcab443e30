/** A SAML identity provider registered in IAM (CreateSAMLProvider). */
export interface SamlProviderRecord {
  name: string;
  arn: string;
  /** 22–64 chars `[A-Z0-9]+`, as GetSAMLProvider reports it. */
  uuid: string;
  metadataDocument: string;
  /** Parsed from the metadata so STS need not re-parse on every AssumeRoleWithSAML. */
  entityId: string;
  /** PEM certificates from the IDPSSODescriptor's signing KeyDescriptors. */
  signingCertificates: string[];
  createDate: string;
  validUntil: string;
  assertionEncryptionMode?: 'Required' | 'Allowed';
  privateKeys: { keyId: string; timestamp: string; pem: string }[];
  tags: { Key: string; Value: string }[];
}

/** A virtual MFA device; the seed is kept here and only ever returned by Create. */
export interface VirtualMfaDeviceRecord {
  serialNumber: string;
  path: string;
  name: string;
  seedBase32: string;
  createDate: string;
  /** Set once EnableMFADevice assigns it. */
  userName?: string;
  enableDate?: string;
  tags: { Key: string; Value: string }[];
  /** Highest TOTP time step accepted so far, so a code cannot be replayed. */
  lastUsedStep?: number;
}

/** The account's credential report, as Generate/GetCredentialReport see it. */
export interface CredentialReportRecord {
  /** When generation started; the report is COMPLETE from `completeAt` on. */
  startedAt: string;
  completeAt: string;
  /** CSV text, fixed when generation starts (the snapshot AWS takes). */
  content: string;
}

/** IAM's security slice: SAML providers, virtual MFA, credential report. */
export interface IamSecurityState {
  samlProviders: SamlProviderRecord[];
  virtualMfaDevices: VirtualMfaDeviceRecord[];
  credentialReport?: CredentialReportRecord;
  /** Whether the account root has MFA (GetAccountSummary AccountMFAEnabled). */
  rootMfaEnabled: boolean;
}

export function emptyIamSecurityState(): IamSecurityState {
  return { samlProviders: [], virtualMfaDevices: [], rootMfaEnabled: false };
}
