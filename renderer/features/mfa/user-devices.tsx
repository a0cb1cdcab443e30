import { Badge, Button, Group, Modal, Paper, Stack, Text } from '@mantine/core';
import { IconPlugConnectedX, IconRefresh } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import type { MfaDevice } from '../../../shared/model/mfa-device';
import type { UserWithDevices } from '../../../shared/model/iam-user';
import type { Plan } from '../../../shared/model/plan';
import { useApi } from '../../api/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { PlanReview } from '../../components/plan-review';
import { MfaCliSnippets } from './mfa-cli-snippets';
import { ResyncDeviceForm } from './resync-device-form';

/** A user's devices with resync, deactivate/delete and the CLI snippets for MFA-protected API access. */
export function UserDevices({ user, onChanged }: { user: UserWithDevices; onChanged: () => void }): ReactNode {
  const api = useApi();
  const [resyncing, setResyncing] = useState<MfaDevice>();
  const [plan, setPlan] = useState<Plan>();
  const [error, setError] = useState<ApiError>();

  const planDeactivate = async (device: MfaDevice): Promise<void> => {
    setError(undefined);
    const response = await api.call('mfa.planDeactivate', { userName: user.userName, serialNumber: device.serialNumber, deleteDevice: device.virtual });
    if (response.ok) setPlan(response.value);
    else setError(response.error);
  };

  return (
    <Stack gap="sm" p="sm" data-testid={`devices-of-${user.userName}`}>
      {!user.devices.length && (
        <Text size="sm" c="dimmed">
          {user.userName} has no MFA device. Use “Enroll device” to add one.
        </Text>
      )}
      {error && <ErrorAlert error={error} onClose={() => setError(undefined)} />}
      {user.devices.map((device) => (
        <Paper key={device.serialNumber} withBorder p="sm">
          <Group justify="space-between" wrap="nowrap">
            <Stack gap={2}>
              <Group gap="xs">
                <Text fw={500}>{device.name}</Text>
                <Badge variant="light" tt="none">{device.virtual ? 'virtual' : 'hardware or security key'}</Badge>
              </Group>
              <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                {device.serialNumber}
                {device.enableDate ? ` · enabled ${new Date(device.enableDate).toLocaleString()}` : ''}
              </Text>
            </Stack>
            <Group gap="xs" wrap="nowrap">
              <Button size="xs" variant="default" leftSection={<IconRefresh size={14} />} onClick={() => setResyncing(device)} aria-label={`Resync ${device.name}`}>
                Resync
              </Button>
              <Button size="xs" color="red" variant="light" leftSection={<IconPlugConnectedX size={14} />} onClick={() => void planDeactivate(device)} aria-label={`Deactivate ${device.name}`}>
                {device.virtual ? 'Deactivate and delete' : 'Deactivate'}
              </Button>
            </Group>
          </Group>
          <MfaCliSnippets serialNumber={device.serialNumber} profile={user.userName} />
        </Paper>
      ))}
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={!!resyncing} onClose={() => setResyncing(undefined)} title={`Resync ${resyncing?.name ?? ''}`}>
        {resyncing && <ResyncDeviceForm userName={user.userName} device={resyncing} onDone={() => setResyncing(undefined)} />}
      </Modal>
      <Modal closeButtonProps={{ 'aria-label': 'Close' }} opened={!!plan} onClose={() => { setPlan(undefined); onChanged(); }} title={`Deactivate an MFA device of ${user.userName}`} size="lg">
        {plan && (
          <PlanReview
            destructive
            plan={plan}
            applyLabel={`Deactivate ${plan.steps[0]?.target.split('/').pop() ?? 'device'} for ${user.userName}`}
          />
        )}
      </Modal>
    </Stack>
  );
}
