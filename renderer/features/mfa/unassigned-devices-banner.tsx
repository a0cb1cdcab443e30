import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { Plan } from '../../../shared/model/plan';
import type { ApiError } from '../../../shared/contract/errors';
import { useApi, useQuery } from '../../api/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { PlanReview } from '../../components/plan-review';
import { plural } from '../../../shared/logic/plural';

/** Offers to delete unassigned virtual devices left by enrollments that never finished. */
export function UnassignedDevicesBanner(): ReactNode {
  const api = useApi();
  const query = useQuery('mfa.listUnassignedDevices', {});
  const [plan, setPlan] = useState<Plan>();
  const [error, setError] = useState<ApiError>();
  const devices = query.data ?? [];
  if (query.error) return <ErrorAlert error={query.error} title="Could not check for unassigned MFA devices" />;
  if (!devices.length && !plan) return null;

  const review = async (): Promise<void> => {
    setError(undefined);
    const response = await api.call('mfa.planCleanup', { serialNumbers: devices.map((d) => d.serialNumber) });
    if (response.ok) setPlan(response.value);
    else setError(response.error);
  };

  return (
    <>
      {devices.length > 0 && (
        <Alert color="yellow" mb="md" title={`${plural(devices.length, 'unassigned MFA device')} left by earlier enrollments`} data-testid="unassigned-devices">
          <Text size="sm">
            {devices.map((d) => d.name).join(', ')}. No user holds them, and they block enrolling a new device with the same name (EntityAlreadyExists).
          </Text>
          <Group mt="sm">
            <Button size="xs" color="yellow" leftSection={<IconTrash size={14} />} onClick={() => void review()}>
              Clean up unassigned devices
            </Button>
          </Group>
          {error && <ErrorAlert error={error} />}
        </Alert>
      )}
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={!!plan} onClose={() => { setPlan(undefined); query.reload(); }} title="Clean up unassigned MFA devices" size="lg">
        {plan && <PlanReview destructive plan={plan} applyLabel={`Delete ${plural(plan.steps.length, 'unassigned device')}`} onFinished={() => query.reload()} />}
      </Modal>
    </>
  );
}
