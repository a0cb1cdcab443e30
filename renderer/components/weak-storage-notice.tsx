import { Alert, Button, Group, Text } from '@mantine/core';
import { IconKeyOff } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../shared/contract/errors';
import type { AppInfo } from '../../shared/model/app-info';
import { useApi } from '../api/api-context';
import { ErrorAlert } from './error-alert';

/** Explains that no system keyring runs and lets the user accept weak storage for saved keys. */
export function WeakStorageNotice({ info, onChange }: { info: AppInfo; onChange: () => void }): ReactNode {
  const api = useApi();
  const [error, setError] = useState<ApiError>();
  if (!info.secretStorageNeedsOptIn) return null;
  const allow = async (): Promise<void> => {
    const result = await api.call('app.setWeakSecretStorage', { allow: true });
    if (result.ok) onChange();
    else setError(result.error);
  };
  return (
    <Alert color="yellow" icon={<IconKeyOff size={18} />} title="No system keyring is running" mb="md">
      <Text size="sm">
        Keys you save would be encrypted with a fixed, publicly known password (Electron’s basic_text storage). Start GNOME Keyring or KWallet and restart
        Portcullis for real protection, or use profiles and SSO logins, which Portcullis never stores.
      </Text>
      <Group mt="sm">
        <Button size="xs" color="yellow" variant="light" onClick={() => void allow()}>
          Save keys with weak protection anyway
        </Button>
      </Group>
      {error && <ErrorAlert error={error} />}
    </Alert>
  );
}
