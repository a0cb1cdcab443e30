import { randomUUID } from 'node:crypto';

/** What the backend keeps about one enrollment while it runs; the seed never leaves memory. */
export interface EnrollmentSession {
  readonly id: string;
  readonly accountId: string;
  readonly userName: string;
  readonly deviceName: string;
  readonly serialNumber: string;
  /** ASCII bytes of the base32 seed; overwritten with zeros when the enrollment ends. */
  readonly seed: Buffer;
  readonly expiresAt: Date;
}

/**
 * The enrollments in progress, keyed by enrollment id. Ending one (finish, cancel, expiry)
 * zeroes its seed and drops every reference, so the secret does not outlive the enrollment.
 */
export class EnrollmentSessions {
  private readonly sessions = new Map<string, EnrollmentSession>();
  private readonly timers = new Map<string, NodeJS.Timeout>();

  /**
   * @param onExpired called when an enrollment is left open too long, to delete its device.
   */
  constructor(
    private readonly lifetimeMs: number,
    private readonly onExpired: (session: EnrollmentSession) => Promise<void>,
  ) {}

  /** Opens an enrollment holding a copy of the seed; the caller should zero its own copy. */
  open(details: Omit<EnrollmentSession, 'id' | 'expiresAt' | 'seed'>, seed: Uint8Array, now: Date): EnrollmentSession {
    const session: EnrollmentSession = { ...details, id: randomUUID(), seed: Buffer.from(seed), expiresAt: new Date(now.getTime() + this.lifetimeMs) };
    this.sessions.set(session.id, session);
    const timer = setTimeout(() => void this.expire(session.id), this.lifetimeMs);
    timer.unref?.();
    this.timers.set(session.id, timer);
    return session;
  }

  get(id: string): EnrollmentSession | undefined {
    return this.sessions.get(id);
  }

  /** Ends an enrollment: zeroes the seed and forgets it. */
  end(id: string): void {
    const session = this.sessions.get(id);
    if (!session) return;
    session.seed.fill(0);
    this.sessions.delete(id);
    clearTimeout(this.timers.get(id));
    this.timers.delete(id);
  }

  /** How many enrollments are open (for tests and shutdown). */
  get size(): number {
    return this.sessions.size;
  }

  /** Ends every enrollment, deleting their devices (used when the backend closes). */
  async endAll(): Promise<void> {
    await Promise.allSettled([...this.sessions.keys()].map((id) => this.expire(id)));
  }

  private async expire(id: string): Promise<void> {
    const session = this.sessions.get(id);
    if (!session) return;
    try {
      await this.onExpired(session);
    } finally {
      this.end(id);
    }
  }
}
