import { Center, Loader } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import type { AccountAssignment, IdentityCenterInstance } from '../../../shared/model/identity-center';
import type { Plan } from '../../../shared/model/plan';
import { useApi } from '../../api/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { PlanReview } from '../../components/plan-review';

/** Plans removing one assignment and applies it once the user confirms with an explicit label. */
export function RemoveAssignment({ instance, assignment, onFinished }: { instance: IdentityCenterInstance; assignment: AccountAssignment; onFinished?: () => void }): ReactNode {
  const api = useApi();
  const [plan, setPlan] = useState<Plan>();
  const [error, setError] = useState<ApiError>();
  useEffect(() => {
    void api
      .call('identityCenter.planRemoveAssignment', {
        instanceArn: instance.instanceArn,
        permissionSetArn: assignment.permissionSetArn,
        accountId: assignment.accountId,
        principalType: assignment.principalType,
        principalId: assignment.principalId,
        ...(assignment.principalName ? { principalName: assignment.principalName } : {}),
      })
      .then((r) => (r.ok ? setPlan(r.value) : setError(r.error)));
  }, [api, instance.instanceArn, assignment]);
  if (error) return <ErrorAlert error={error} title="Could not plan the removal" />;
  if (!plan) {
    return (
      <Center py="md">
        <Loader size="sm" />
      </Center>
    );
  }
  return <PlanReview destructive plan={plan} applyLabel={`Remove ${assignment.permissionSetName} from ${assignment.principalName ?? assignment.principalId}`} onFinished={onFinished} />;
}
