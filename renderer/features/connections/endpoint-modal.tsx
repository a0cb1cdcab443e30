import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { EndpointUrlSchema } from '../../../shared/contract/methods/connection-methods';
import type { ConnectionSummary } from '../../../shared/model/connection';

/** Points a connection at an emulator endpoint, or back at AWS. */
export function EndpointModal({ connection, onClose, onSave }: { connection: ConnectionSummary | undefined; onClose: () => void; onSave: (endpoint: string | null) => Promise<string | undefined> }): ReactNode {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  useEffect(() => {
    setValue(connection?.endpointOverridden ? (connection.endpoint ?? '') : '');
    setError(undefined);
  }, [connection]);
  const save = async (endpoint: string | null): Promise<void> => {
    if (endpoint !== null) {
      const parsed = EndpointUrlSchema.safeParse(endpoint);
      if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    }
    const failure = await onSave(endpoint);
    if (failure) setError(failure);
    else onClose();
  };
  return (
    <Modal opened={Boolean(connection)} onClose={onClose} title={`Endpoint of ${connection?.label ?? ''}`}>
      <Stack>
        <Text size="sm">Every AWS call of this connection goes to this URL instead of AWS, for emulators such as LocalStack or moto.</Text>
        <TextInput label="Endpoint URL" placeholder="http://127.0.0.1:4566" value={value} error={error} onChange={(e) => setValue(e.currentTarget.value.trim())} />
        <Group justify="space-between">
          <Button variant="subtle" disabled={!connection?.endpointOverridden} onClick={() => void save(null)}>
            Use AWS again
          </Button>
          <Group>
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button onClick={() => void save(value)}>Use this endpoint</Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
