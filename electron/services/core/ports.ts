import type { IAMClient } from '@aws-sdk/client-iam';
import type { STSClient } from '@aws-sdk/client-sts';
import type { SSOAdminClient } from '@aws-sdk/client-sso-admin';
import type { IdentitystoreClient } from '@aws-sdk/client-identitystore';
import type { OrganizationsClient } from '@aws-sdk/client-organizations';
import type { CallerIdentity, ConnectionSummary } from '../../../shared/model/connection';
import type { EventName, EventPayload } from '../../../shared/contract/events';
import type { JournalEntry } from '../../../shared/model/journal';

/** One AWS SDK client per service for the active connection, shared by every feature. */
export interface AwsClients {
  readonly iam: IAMClient;
  readonly sts: STSClient;
  readonly ssoAdmin: SSOAdminClient;
  readonly identityStore: IdentitystoreClient;
  readonly organizations: OrganizationsClient;
}

/** What a service needs to know about the connection it works through. */
export interface ActiveConnection {
  readonly clients: AwsClients;
  readonly identity: CallerIdentity;
  readonly summary: ConnectionSummary;
  /** The region for regional services (Identity Center). */
  readonly region: string;
}

/** Gives services the active connection; throws NOT_CONNECTED when there is none. */
export interface ConnectionProvider {
  current(): ActiveConnection;
}

/** Pushes typed events to every renderer that listens. */
export interface EventSink {
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
}

/** Where completed changes are recorded; entries never hold secrets. */
export interface JournalWriter {
  append(entry: Omit<JournalEntry, 'id' | 'at'>): JournalEntry;
}

/** The time, injectable for tests. */
export interface Clock {
  now(): Date;
}

/** A logger that never receives secrets; implementations also redact what looks like one. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export const systemClock: Clock = { now: () => new Date() };
