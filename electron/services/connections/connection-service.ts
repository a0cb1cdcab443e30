import type { CallerIdentity, ConnectionState, ConnectionSummary, MfaSessionState } from '../../../shared/model/connection';
import { PortcullisError } from '../core/portcullis-error';
import type { ActiveConnection, AwsClients, Clock, ConnectionProvider, EventSink, Logger } from '../core/ports';
import { createAwsClients, destroyAwsClients } from './aws-clients';
import { resolveCallerIdentity } from './caller-identity';
import type { ConnectionSource, OpenedSource } from './connection-source';
import { translateCredentialError } from './credential-error-translation';
import { discoverMfaSerial } from './mfa-device-discovery';
import type { MfaContext } from './mfa-refusal-explanation';
import { requestMfaSession } from './mfa-session-request';

/** Renewable credentials are fetched again this long before they expire. */
const renewAheadMs = 2 * 60_000;

interface Base {
  readonly summary: ConnectionSummary;
  readonly opened: OpenedSource;
  readonly clients: AwsClients;
  identity: CallerIdentity;
  mfaSerial?: string;
}

interface MfaSession {
  readonly clients: AwsClients;
  readonly identity: CallerIdentity;
  readonly serial: string;
  readonly startedAt: Date;
  readonly expiresAt: Date;
}

/**
 * Owns the active connection: its SDK clients, identity, expiry and the admin's MFA session.
 * Services reach AWS only through `current()`, so connecting, switching or starting an MFA
 * session changes every feature at once.
 */
export class ConnectionService implements ConnectionProvider {
  private base: Base | undefined;
  private session: MfaSession | undefined;
  private sessionEndedAt: Date | undefined;
  private status: ConnectionState['status'] = 'disconnected';
  private pending: ConnectionSummary | undefined;
  private failure: ConnectionState['error'];
  private generation = 0;
  private renewing = false;

  constructor(
    private readonly sources: () => Promise<ConnectionSource[]>,
    private readonly events: EventSink,
    private readonly logger: Logger,
    private readonly clock: Clock,
  ) {}

  async list(): Promise<ConnectionSummary[]> {
    return (await this.sources()).map((s) => s.summary);
  }

  current(): ActiveConnection {
    const base = this.base;
    if (!base || this.status !== 'connected') {
      throw new PortcullisError(
        this.status === 'expired' ? 'EXPIRED_CREDENTIALS' : 'NOT_CONNECTED',
        this.status === 'expired' ? 'The credentials of this connection expired.' : 'No AWS connection is open.',
        { remedy: this.status === 'expired' ? 'Open Connections and connect again.' : 'Open Connections and connect to the sandbox or to an AWS account.' },
      );
    }
    const session = this.session;
    return {
      clients: session?.clients ?? base.clients,
      identity: session?.identity ?? base.identity,
      summary: base.summary,
      region: base.opened.region,
    };
  }

  /** Connects with the source of the given id (and the MFA code its role needs) and makes it active. */
  async select(id: string, mfaCode?: string): Promise<ConnectionState> {
    const source = await this.findSource(id);
    const generation = ++this.generation;
    this.pending = source.summary;
    this.failure = undefined;
    this.setStatus('connecting');
    try {
      const next = await this.open(source, mfaCode);
      if (generation !== this.generation) {
        destroyAwsClients(next.clients);
        return this.state();
      }
      this.replace(next);
      this.status = 'connected';
      this.logger.info('connected', { connection: source.summary.id, account: next.identity.accountId, principal: next.identity.principalType });
    } catch (error) {
      if (generation !== this.generation) return this.state();
      this.replace(undefined);
      this.failure = translateCredentialError(error, source.summary.label, 'connecting').toApiError();
      this.status = 'failed';
      this.logger.warn('connection failed', { connection: source.summary.id, code: this.failure.code });
    }
    this.emit();
    return this.state();
  }

  /** Closes the active connection and drops every credential it held. */
  disconnect(): ConnectionState {
    this.generation++;
    this.replace(undefined);
    this.pending = undefined;
    this.failure = undefined;
    this.setStatus('disconnected');
    return this.state();
  }

  /** Calls GetSessionToken with the admin's MFA device and uses the session for every later call. */
  async startMfaSession(request: { code: string; durationSeconds: number; mfaSerial?: string }): Promise<ConnectionState> {
    const base = this.connectedBase();
    const availability = this.mfaAvailability(base);
    const serial = request.mfaSerial ?? base.mfaSerial;
    if (!availability.available && !(availability.reasonKind === 'no-device' && serial)) {
      throw new PortcullisError('UNSUPPORTED', availability.reason ?? 'An MFA session cannot be started here.', { remedy: availability.remedy });
    }
    if (!serial) throw new PortcullisError('VALIDATION', 'No MFA device is known for this IAM user.', { remedy: 'Enter the ARN of your MFA device.', field: 'mfaSerial' });
    if (base.identity.principalType === 'root' && request.durationSeconds > 3600) {
      throw new PortcullisError('VALIDATION', 'AWS limits MFA sessions of the root user to one hour.', { remedy: 'Choose one hour or less.', field: 'durationSeconds' });
    }
    const generation = this.generation;
    const issued = await requestMfaSession(base.clients.sts, { serial, code: request.code, durationSeconds: request.durationSeconds });
    const clients = createAwsClients({ region: base.opened.region, endpoint: base.opened.endpoint, credentials: issued.credentials, mfaContext: () => this.mfaContext() });
    let identity: CallerIdentity;
    try {
      identity = await resolveCallerIdentity(clients);
    } catch (error) {
      destroyAwsClients(clients);
      throw error;
    }
    if (generation !== this.generation || this.base !== base) {
      destroyAwsClients(clients);
      throw new PortcullisError('CANCELLED', 'The connection changed while the MFA session was starting.', { remedy: 'Start the MFA session again.' });
    }
    this.dropSession();
    base.mfaSerial = serial;
    // The alias is often readable only with MFA; show it from now on.
    if (identity.accountAlias) base.identity = { ...base.identity, accountAlias: identity.accountAlias };
    this.session = { clients, identity, serial, startedAt: this.clock.now(), expiresAt: issued.expiresAt };
    this.sessionEndedAt = undefined;
    this.logger.info('mfa session started', { account: identity.accountId, device: serial, expiresAt: issued.expiresAt.toISOString() });
    this.emit();
    return this.state();
  }

  /** Drops the MFA session and goes back to the connection's own credentials. */
  endMfaSession(): ConnectionState {
    if (this.session) {
      this.dropSession();
      this.sessionEndedAt = this.clock.now();
      this.emit();
    }
    return this.state();
  }

  /**
   * Ends MFA sessions that ran out, renews renewable credentials shortly before they expire,
   * and marks the others expired. A timer calls it; tests call it with a moved clock.
   */
  async checkExpiry(): Promise<void> {
    const now = this.clock.now().getTime();
    if (this.session && now >= this.session.expiresAt.getTime()) {
      this.logger.info('mfa session ended', { reason: 'expired' });
      this.dropSession();
      this.sessionEndedAt = this.clock.now();
      this.emit();
    }
    const base = this.base;
    const expiration = base?.opened.credentials.expiration?.getTime();
    if (!base || this.status !== 'connected' || expiration === undefined) return;
    if (base.opened.renewable && now >= expiration - renewAheadMs && !this.renewing) {
      this.renewing = true;
      try {
        await this.select(base.summary.id);
      } finally {
        this.renewing = false;
      }
    } else if (!base.opened.renewable && now >= expiration) {
      this.status = 'expired';
      this.failure = new PortcullisError('EXPIRED_CREDENTIALS', `The credentials of ${base.summary.label} expired at ${new Date(expiration).toISOString()}.`, {
        remedy: base.summary.needsMfaCode ? 'Connect again with a new MFA code.' : 'Connect again.',
      }).toApiError();
      this.emit();
    }
  }

  /** The state the renderer shows: status, identity, expiry, MFA session. */
  state(): ConnectionState {
    const base = this.base;
    const connection = base?.summary ?? this.pending;
    const state: ConnectionState = { status: this.status };
    if (connection) state.connection = connection;
    if (this.failure) state.error = this.failure;
    if (!base || (this.status !== 'connected' && this.status !== 'expired')) return state;
    state.identity = this.session ? { ...this.session.identity, accountAlias: base.identity.accountAlias } : base.identity;
    state.region = base.opened.region;
    const expiration = this.session?.expiresAt ?? base.opened.credentials.expiration;
    if (expiration) state.expiresAt = expiration.toISOString();
    state.mfaSession = this.mfaSessionState(base);
    return state;
  }

  async close(): Promise<void> {
    this.generation++;
    this.replace(undefined);
    for (const source of await this.sources()) await source.close?.();
  }

  private async findSource(id: string): Promise<ConnectionSource> {
    const source = (await this.sources()).find((s) => s.summary.id === id);
    if (!source) throw new PortcullisError('NOT_FOUND', `There is no connection "${id}".`, { remedy: 'Pick one from the list of connections.' });
    return source;
  }

  private async open(source: ConnectionSource, mfaCode: string | undefined): Promise<Base> {
    const opened = await source.open({ mfaCode });
    const holder: { base?: Base } = {};
    const clients = createAwsClients({
      region: opened.region,
      endpoint: opened.endpoint,
      credentials: opened.credentials,
      mfaContext: () => (holder.base ? this.baseMfaContext(holder.base) : { mfaSessionActive: false, temporaryCredentials: Boolean(opened.credentials.sessionToken) }),
    });
    try {
      const identity = await resolveCallerIdentity(clients);
      const summary = opened.endpoint && !source.summary.endpoint ? { ...source.summary, endpoint: opened.endpoint } : source.summary;
      holder.base = { summary, opened, clients, identity, mfaSerial: source.summary.mfaSerial };
      if (!opened.credentials.sessionToken && !holder.base.mfaSerial) holder.base.mfaSerial = await discoverMfaSerial(clients, identity);
      return holder.base;
    } catch (error) {
      destroyAwsClients(clients);
      throw error;
    }
  }

  private connectedBase(): Base {
    if (!this.base || this.status !== 'connected') this.current();
    return this.base as Base;
  }

  private mfaContext(): MfaContext {
    return this.base ? this.baseMfaContext(this.base) : { mfaSessionActive: false, temporaryCredentials: false };
  }

  private baseMfaContext(base: Base): MfaContext {
    return {
      identity: base.identity,
      mfaSessionActive: Boolean(this.session) && this.base === base,
      temporaryCredentials: Boolean(base.opened.credentials.sessionToken),
      ...(base.mfaSerial ? { mfaSerial: base.mfaSerial } : {}),
    };
  }

  private mfaAvailability(base: Base): { available: boolean; reason?: string; remedy?: string; reasonKind?: 'temporary' | 'role' | 'no-device' } {
    const type = base.identity.principalType;
    if (type === 'assumed-role' || type === 'federated-user') {
      return {
        available: false,
        reasonKind: 'role',
        reason: 'This connection is a role session; MFA for a role is given when the role is assumed.',
        remedy: 'Add mfa_serial to the role’s profile so Portcullis asks for the code when it connects.',
      };
    }
    if (base.opened.credentials.sessionToken) {
      return {
        available: false,
        reasonKind: 'temporary',
        reason: 'This connection uses temporary credentials; AWS allows GetSessionToken only with an IAM user’s long-term access keys.',
        remedy: 'Connect with the IAM user’s own access keys to start an MFA session.',
      };
    }
    if (!base.mfaSerial) {
      const root = base.identity.principalType === 'root';
      return {
        available: false,
        reasonKind: 'no-device',
        reason: root ? 'No MFA device is assigned to the root user you are signed in as.' : 'No MFA device is assigned to this IAM user.',
        remedy: root ? 'Assign one under Security credentials in the AWS console (root MFA cannot be set up through IAM APIs), or enter its ARN.' : 'Assign a virtual MFA device on the MFA page, or enter its ARN.',
      };
    }
    return { available: true };
  }

  private mfaSessionState(base: Base): MfaSessionState {
    const availability = this.mfaAvailability(base);
    const state: MfaSessionState = { active: Boolean(this.session), available: availability.available };
    if (availability.reason) state.unavailableReason = availability.reason;
    const serial = this.session?.serial ?? base.mfaSerial;
    if (serial) state.mfaSerial = serial;
    if (this.session) {
      state.startedAt = this.session.startedAt.toISOString();
      state.expiresAt = this.session.expiresAt.toISOString();
    } else if (this.sessionEndedAt) {
      state.endedAt = this.sessionEndedAt.toISOString();
    }
    return state;
  }

  private dropSession(): void {
    if (this.session) destroyAwsClients(this.session.clients);
    this.session = undefined;
  }

  private replace(next: Base | undefined): void {
    this.dropSession();
    this.sessionEndedAt = undefined;
    if (this.base) destroyAwsClients(this.base.clients);
    this.base = next;
  }

  private setStatus(status: ConnectionState['status']): void {
    this.status = status;
    this.emit();
  }

  private emit(): void {
    this.events.emit('connection.changed', this.state());
  }
}
