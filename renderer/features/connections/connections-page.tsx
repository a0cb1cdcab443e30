import { Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import { useApi, useQuery } from '../../api/api-context';
import { useConnection } from '../../app/connection-context';
import { ErrorAlert } from '../../components/error-alert';
import { PageHeader } from '../../components/page-header';

/** Lists the connections and connects to one. */
export function ConnectionsPage(): ReactNode {
  const api = useApi();
  const state = useConnection();
  const list = useQuery('connections.list', {});
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState<string>();

  const connect = async (id: string): Promise<void> => {
    setBusy(id);
    setError(undefined);
    const result = await api.call('connections.select', { id });
    setBusy(undefined);
    if (!result.ok) setError(result.error);
    else if (result.value.status === 'failed' && result.value.error) setError(result.value.error);
  };

  return (
    <>
      <PageHeader title="Connections" description="Pick the AWS account Portcullis works in. The sandbox is a local account on this computer: try every wizard there first." />
      {error && <ErrorAlert error={error} title="Could not connect" onClose={() => setError(undefined)} />}
      {list.error && <ErrorAlert error={list.error} />}
      {list.loading && <Loader size="sm" />}
      <SimpleGrid cols={{ base: 1, md: 2 }} mt="md">
        {list.data?.map((c) => {
          const active = state.connection?.id === c.id && state.status === 'connected';
          return (
            <Card key={c.id} withBorder padding="lg" data-testid={`connection-${c.id}`}>
              <Stack gap="xs">
                <Group justify="space-between">
                  <Text fw={600}>{c.label}</Text>
                  {c.isSandbox && <Badge color="orange">Sandbox</Badge>}
                </Group>
                <Text size="sm" c="dimmed">
                  {c.detail}
                </Text>
                <Text size="xs" c="dimmed">
                  Region {c.region}
                  {c.endpoint ? ` · endpoint ${c.endpoint}` : ''}
                </Text>
                <Group justify="flex-end">
                  {active ? (
                    <Badge color="teal" variant="light">
                      Connected
                    </Badge>
                  ) : (
                    <Button loading={busy === c.id} onClick={() => void connect(c.id)}>
                      Connect
                    </Button>
                  )}
                </Group>
              </Stack>
            </Card>
          );
        })}
      </SimpleGrid>
    </>
  );
}
