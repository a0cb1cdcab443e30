import type { ImplementationSlice } from '../rpc/implementations';
import type { ConnectionProvider } from '../core/ports';
import type { PlanRegistry } from '../plans/plan-registry';
import { GroupEnforcementService } from './group-enforcement-service';

/** The ports the Groups area works through. */
export interface GroupHandlerDeps {
  readonly connections: ConnectionProvider;
  readonly plans: PlanRegistry;
  /** Whether the admin currently works with an MFA session (GetSessionToken with a code). */
  readonly mfaSessionActive: () => boolean;
}

/** Group listing and MFA enforcement, as contract implementations. */
export function createGroupHandlers(deps: GroupHandlerDeps): ImplementationSlice<'groups.list' | 'groups.members' | 'groups.previewEnforcement' | 'groups.planEnforcement' | 'groups.planRemoveEnforcement'> {
  const service = new GroupEnforcementService(deps.connections, deps.plans, deps.mfaSessionActive);
  return {
    'groups.list': () => service.list(),
    'groups.members': ({ groupName }) => service.members(groupName),
    'groups.previewEnforcement': (request) => service.preview(request),
    'groups.planEnforcement': (request) => service.planEnforcement(request),
    'groups.planRemoveEnforcement': ({ groupName, mode, policyName, policyArn }) => service.planRemove(groupName, mode, policyName, policyArn),
  };
}
