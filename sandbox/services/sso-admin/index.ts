import type { OperationHandler, ServiceOperations } from '../../core/operation';
import { markStateChanged } from '../../core/state-changes';
import { accountAssignmentOperations } from './account-assignment-operations';
import { settleAsyncOperations } from './async-settlement';
import { instanceOperations } from './instance-operations';
import { permissionSetOperations } from './permission-set-operations';
import { permissionSetPolicyOperations } from './permission-set-policy-operations';
import { provisioningOperations } from './provisioning-operations';
import { tagOperations } from './tag-operations';

/** Every call first completes the asynchronous requests that are due on the sandbox clock. */
function settlingFirst(handler: OperationHandler): OperationHandler {
  return (input, ctx, state) => {
    if (settleAsyncOperations(state, ctx.now)) markStateChanged(ctx);
    return handler(input, ctx, state);
  };
}

const handlers: ServiceOperations = {
  ...instanceOperations,
  ...permissionSetOperations,
  ...permissionSetPolicyOperations,
  ...tagOperations,
  ...accountAssignmentOperations,
  ...provisioningOperations,
};

/** IAM Identity Center admin (SWBExternalService) operations the sandbox implements. */
export const ssoAdminOperations: ServiceOperations = Object.fromEntries(
  Object.entries(handlers).map(([name, handler]) => [name, settlingFirst(handler)]),
);
