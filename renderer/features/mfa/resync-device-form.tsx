import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import type { MfaDevice } from '../../../shared/model/mfa-device';
import { useApi } from '../../api/api-context';
import { ErrorAlert } from '../../components/error-alert';
import { TotpCodeFields, type CodePair } from './totp-code-fields';

/** Resynchronizes a drifted device with two consecutive codes. */
export function ResyncDeviceForm({ userName, device, onDone }: { userName: string; device: MfaDevice; onDone: () => void }): ReactNode {
  const api = useApi();
  const [codes, setCodes] = useState<CodePair>();
  const [error, setError] = useState<ApiError>();
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (): Promise<void> => {
    if (!codes) return;
    setBusy(true);
    setError(undefined);
    const response = await api.call('mfa.resyncDevice', { userName, serialNumber: device.serialNumber, code1: codes.code1, code2: codes.code2 });
    setBusy(false);
    if (response.ok) setMessage(response.value.message);
    else setError(response.error);
  };

  if (message) {
    return (
      <Stack>
        <Alert color="teal" icon={<IconCheck size={16} />}>{message}</Alert>
        <Group justify="flex-end"><Button onClick={onDone}>Done</Button></Group>
      </Stack>
    );
  }
  return (
    <Stack>
      <TextInput label="Device" value={device.name} readOnly />
      <TotpCodeFields onChange={setCodes} error={error} />
      {error && !error.field && <ErrorAlert error={error} />}
      <Group justify="flex-end">
        <Button onClick={() => void submit()} disabled={!codes} loading={busy}>
          Resync {device.name}
        </Button>
      </Group>
    </Stack>
  );
}
