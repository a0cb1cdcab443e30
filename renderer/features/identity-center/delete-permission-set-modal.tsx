import { Center, Loader, Modal } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import type { IdentityCenterInstance, PermissionSet } from '../../../shared/model/identity-center';
import type { Plan } from '../../../shared/model/plan';
import { useApi } from '../../api/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { PlanReview } from '../../components/plan-review';

/** Plans deleting a permission set and lets the user confirm it by its name. */
export function DeletePermissionSetModal({ instance, permissionSet, onClose }: { instance: IdentityCenterInstance; permissionSet: PermissionSet; onClose: (changed: boolean) => void }): ReactNode {
  const api = useApi();
  const [plan, setPlan] = useState<Plan>();
  const [error, setError] = useState<ApiError>();
  const [changed, setChanged] = useState(false);
  useEffect(() => {
    void api.call('identityCenter.planDeletePermissionSet', { instanceArn: instance.instanceArn, permissionSetArn: permissionSet.arn }).then((r) => (r.ok ? setPlan(r.value) : setError(r.error)));
  }, [api, instance.instanceArn, permissionSet.arn]);
  return (
    <Modal opened onClose={() => onClose(changed)} title={`Delete the permission set ${permissionSet.name}?`} size="xl">
      {error && <ErrorAlert error={error} title="Could not plan the deletion" />}
      {!plan && !error && (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      )}
      {plan && <PlanReview destructive plan={plan} applyLabel={`Delete permission set ${permissionSet.name}`} onFinished={() => setChanged(true)} />}
    </Modal>
  );
}
