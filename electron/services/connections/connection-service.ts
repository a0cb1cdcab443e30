import type { ConnectionState, ConnectionSummary } from '../../../shared/model/connection';
import { PortcullisError } from '../core/portcullis-error';
import type { ActiveConnection, AwsClients, ConnectionProvider, EventSink, Logger } from '../core/ports';
import { createAwsClients, destroyAwsClients, type ClientSettings } from './aws-clients';
import { resolveCallerIdentity } from './caller-identity';

/** A place credentials come from: it lists itself and opens client settings on demand. */
export interface ConnectionSource {
  readonly summary: ConnectionSummary;
  open(): Promise<ClientSettings>;
  close?(): Promise<void>;
}

/**
 * Owns the active connection: its SDK clients, identity and state. Services reach AWS only
 * through `current()`, so switching connections switches every feature at once.
 */
export class ConnectionService implements ConnectionProvider {
  private active: ActiveConnection | undefined;
  private currentState: ConnectionState = { status: 'disconnected' };

  constructor(
    private readonly sources: () => Promise<ConnectionSource[]>,
    private readonly events: EventSink,
    private readonly logger: Logger,
  ) {}

  async list(): Promise<ConnectionSummary[]> {
    return (await this.sources()).map((s) => s.summary);
  }

  state(): ConnectionState {
    return this.currentState;
  }

  current(): ActiveConnection {
    if (!this.active || this.currentState.status !== 'connected') {
      throw new PortcullisError('NOT_CONNECTED', 'No AWS connection is open.', {
        remedy: 'Open Connections and connect to the sandbox or to an AWS account.',
      });
    }
    return this.active;
  }

  /** Connects with the source of the given id and makes it the active connection. */
  async select(id: string): Promise<ConnectionState> {
    const source = (await this.sources()).find((s) => s.summary.id === id);
    if (!source) throw new PortcullisError('NOT_FOUND', `There is no connection "${id}".`, { remedy: 'Pick one from the list of connections.' });
    this.setState({ status: 'connecting', connection: source.summary });
    let clients: AwsClients | undefined;
    try {
      const settings = await source.open();
      clients = createAwsClients(settings);
      const identity = await resolveCallerIdentity(clients);
      this.replaceActive({ clients, identity, summary: source.summary, region: settings.region });
      this.setState({ status: 'connected', connection: source.summary, identity });
      this.logger.info('connected', { connection: source.summary.id, account: identity.accountId });
    } catch (error) {
      if (clients) destroyAwsClients(clients);
      const failure = error instanceof PortcullisError ? error : new PortcullisError('INTERNAL', String(error));
      this.replaceActive(undefined);
      this.setState({ status: 'failed', connection: source.summary, error: failure.toApiError() });
    }
    return this.currentState;
  }

  async close(): Promise<void> {
    this.replaceActive(undefined);
    for (const source of await this.sources()) await source.close?.();
  }

  private replaceActive(next: ActiveConnection | undefined): void {
    if (this.active) destroyAwsClients(this.active.clients);
    this.active = next;
  }

  private setState(state: ConnectionState): void {
    this.currentState = state;
    this.events.emit('connection.changed', state);
  }
}
