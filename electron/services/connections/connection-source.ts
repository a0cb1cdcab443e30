import type { AwsCredentialIdentity } from '@aws-sdk/types';
import type { ConnectionSummary } from '../../../shared/model/connection';

/** What opening a source yields: where to talk to AWS and the credentials, resolved once. */
export interface OpenedSource {
  readonly region: string;
  /** A custom endpoint (sandbox, LocalStack, moto); undefined for real AWS. */
  readonly endpoint?: string;
  readonly credentials: AwsCredentialIdentity;
  /**
   * True when the source can fetch fresh credentials again without asking the user (SSO cache,
   * credential_process, static keys); false when it needs a new MFA code.
   */
  readonly renewable: boolean;
}

/** What a source may need from the user while opening. */
export interface OpenOptions {
  /** The MFA code the user typed for a role profile with mfa_serial. */
  readonly mfaCode?: string;
  /** An endpoint the user set in the app, which wins over the source's own. */
  readonly endpoint?: string;
}

/** A place credentials come from: it describes itself and opens on demand. */
export interface ConnectionSource {
  readonly summary: ConnectionSummary;
  open(options: OpenOptions): Promise<OpenedSource>;
  close?(): Promise<void>;
}
