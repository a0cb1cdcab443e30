import { Button, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconKey } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import type { ConnectionSummary } from '../../../shared/model/connection';
import { useApi, useQuery } from '../../api/api-context';
import { useConnection } from '../../app/connection-context';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';
import { ActiveConnectionPanel } from './active-connection-panel';
import { ConnectionCard } from './connection-card';
import { EndpointModal } from './endpoint-modal';
import { MfaSessionPanel } from './mfa-session-panel';
import { RoleMfaModal } from './role-mfa-modal';
import { SaveKeysModal, type KeysFormValues } from './save-keys-modal';

/** Lists every connection, connects to one, and runs the admin's MFA session. */
export function ConnectionsPage(): ReactNode {
  const api = useApi();
  const state = useConnection();
  const list = useQuery('connections.list', {});
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState<string>();
  const [askCodeFor, setAskCodeFor] = useState<ConnectionSummary>();
  const [codeError, setCodeError] = useState<ApiError>();
  const [addingKeys, setAddingKeys] = useState(false);
  const [keysError, setKeysError] = useState<ApiError>();
  const [endpointFor, setEndpointFor] = useState<ConnectionSummary>();

  const connect = async (connection: ConnectionSummary, mfaCode?: string): Promise<void> => {
    if (connection.needsMfaCode && !mfaCode) {
      setCodeError(undefined);
      setAskCodeFor(connection);
      return;
    }
    setBusy(connection.id);
    setError(undefined);
    const result = await api.call('connections.select', { id: connection.id, ...(mfaCode ? { mfaCode } : {}) });
    setBusy(undefined);
    const failure = !result.ok ? result.error : result.value.status === 'failed' ? result.value.error : undefined;
    if (mfaCode && failure) return setCodeError(failure);
    setAskCodeFor(undefined);
    if (failure) setError(failure);
  };

  const saveKeys = async (values: KeysFormValues): Promise<boolean> => {
    setKeysError(undefined);
    const result = await api.call('connections.saveAccessKeys', { ...values, endpoint: values.endpoint.trim() || undefined });
    if (!result.ok) {
      setKeysError(result.error);
      return false;
    }
    list.reload();
    return true;
  };

  const removeKeys = (connection: ConnectionSummary): void => {
    modals.openConfirmModal({
      title: `Remove keys ${connection.label}`,
      children: <Text size="sm">Portcullis forgets these access keys. The keys stay valid in AWS; deactivate them in IAM if they are no longer needed.</Text>,
      labels: { confirm: `Remove keys ${connection.label}`, cancel: 'Keep them' },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        const result = await api.call('connections.removeAccessKeys', { id: connection.id });
        if (!result.ok) setError(result.error);
        list.reload();
      },
    });
  };

  const setEndpoint = async (endpoint: string | null): Promise<string | undefined> => {
    if (!endpointFor) return undefined;
    const result = await api.call('connections.setEndpoint', { id: endpointFor.id, endpoint });
    if (!result.ok) return result.error.message;
    list.reload();
    return undefined;
  };

  const connected = (state.status === 'connected' || state.status === 'expired') && state.identity;
  const memoryOnly = api.host === 'browser';
  return (
    <>
      <PageHeader
        title="Connections"
        description="Pick the AWS account Portcullis works in. Credentials stay in the Portcullis backend; this window never sees them. The sandbox is a local account on this computer: try every wizard there first."
        actions={
          <Button leftSection={<IconKey size={16} />} variant="light" onClick={() => setAddingKeys(true)}>
            Add access keys
          </Button>
        }
      />
      <Stack gap="md">
        {error && <ErrorAlert error={error} title="Could not connect" onClose={() => setError(undefined)} />}
        {state.status === 'expired' && state.error && <ErrorAlert error={state.error} title="The credentials expired" />}
        {connected && (
          <>
            <ActiveConnectionPanel state={state} onDisconnect={() => void api.call('connections.disconnect', {})} />
            <MfaSessionPanel state={state} />
          </>
        )}
        <Title order={4} mt="sm">
          Available connections
        </Title>
        {list.error && <ErrorAlert error={list.error} title="Could not list the connections" />}
        {list.loading && !list.data && <Loader size="sm" />}
        <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }}>
          {list.data?.map((c) => (
            <ConnectionCard
              key={c.id}
              connection={c}
              active={state.connection?.id === c.id && state.status === 'connected'}
              busy={busy === c.id}
              onConnect={() => void connect(c)}
              onEditEndpoint={() => setEndpointFor(c)}
              onRemove={() => removeKeys(c)}
            />
          ))}
        </SimpleGrid>
        {list.data && list.data.length === 1 && (
          <Group>
            <Text size="sm" c="dimmed">
              No AWS profiles or environment keys were found (~/.aws/config, ~/.aws/credentials, AWS_ACCESS_KEY_ID). Add access keys, or start with the sandbox.
            </Text>
          </Group>
        )}
      </Stack>
      <RoleMfaModal connection={askCodeFor} busy={Boolean(busy)} error={codeError} onClose={() => setAskCodeFor(undefined)} onSubmit={(code) => askCodeFor && void connect(askCodeFor, code)} />
      <SaveKeysModal opened={addingKeys} onClose={() => setAddingKeys(false)} onSave={saveKeys} memoryOnly={memoryOnly} error={keysError} />
      <EndpointModal connection={endpointFor} onClose={() => setEndpointFor(undefined)} onSave={setEndpoint} />
    </>
  );
}
