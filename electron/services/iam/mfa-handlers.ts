import type { ImplementationSlice } from '../rpc/implementations';
import type { Clock, ConnectionProvider, EventSink, JournalWriter, Logger } from '../core/ports';
import type { PlanRegistry } from '../plans/plan-registry';
import { runMfaAudit } from './mfa-audit-service';
import { listUserMfaDevices } from './mfa-device-listing';
import { MfaDeviceService } from './mfa-device-service';
import { MfaEnrollmentService } from './mfa-enrollment-service';

/** The ports the MFA area works through. */
export interface MfaHandlerDeps {
  readonly connections: ConnectionProvider;
  readonly events: EventSink;
  readonly journal: JournalWriter;
  readonly plans: PlanRegistry;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Registers work to do when the backend closes (open enrollments delete their devices). */
  readonly onClose?: (task: () => Promise<void>) => void;
}

type MfaMethod =
  | 'mfa.listUsers'
  | 'mfa.listUserDevices'
  | 'mfa.listUnassignedDevices'
  | 'mfa.planCleanup'
  | 'mfa.startEnrollment'
  | 'mfa.completeEnrollment'
  | 'mfa.cancelEnrollment'
  | 'mfa.resyncDevice'
  | 'mfa.planDeactivate'
  | 'mfa.runAudit';

/** Enrollment, device management and the coverage audit, as contract implementations. */
export function createMfaHandlers(deps: MfaHandlerDeps): ImplementationSlice<MfaMethod> {
  const devices = new MfaDeviceService(deps.connections, deps.plans, () => deps.clock.now().getTime(), deps.journal);
  const enrollments = new MfaEnrollmentService(deps);
  deps.onClose?.(() => enrollments.sessions.endAll());
  return {
    'mfa.listUsers': ({ search, page, pageSize }) => devices.listUsers(search, page, pageSize),
    'mfa.listUserDevices': ({ userName }) => listUserMfaDevices(deps.connections.current().clients.iam, userName),
    'mfa.listUnassignedDevices': () => devices.listUnassigned(),
    'mfa.planCleanup': ({ serialNumbers }) => devices.planCleanup(serialNumbers),
    'mfa.startEnrollment': ({ userName, deviceName }) => enrollments.start(userName, deviceName),
    'mfa.completeEnrollment': ({ enrollmentId, code1, code2 }) => enrollments.complete(enrollmentId, code1, code2),
    'mfa.cancelEnrollment': ({ enrollmentId }) => enrollments.cancel(enrollmentId),
    'mfa.resyncDevice': ({ userName, serialNumber, code1, code2 }) => devices.resync(userName, serialNumber, code1, code2),
    'mfa.planDeactivate': ({ userName, serialNumber, deleteDevice }) => devices.planDeactivate(userName, serialNumber, deleteDevice),
    'mfa.runAudit': async ({ operationId }) => {
      const op = operationId ?? `mfa-audit-${deps.clock.now().getTime()}`;
      try {
        return await runMfaAudit(
          deps.connections.current().clients.iam,
          (done, total, label, status = 'running') => deps.events.emit('progress', { operationId: op, label, done, total, status }),
          undefined,
          () => deps.clock.now().getTime(),
        );
      } catch (error) {
        deps.events.emit('progress', { operationId: op, label: 'Audit failed', done: 0, total: 4, status: 'failed' });
        throw error;
      }
    },
  };
}
