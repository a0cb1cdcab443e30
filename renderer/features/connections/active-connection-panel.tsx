import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ConnectionState } from '../../../shared/model/connection';
import { remaining } from '../../components/connection-indicator';
import { CopyButton } from '../../components/copy-button';
import { useNow } from '../../components/use-now';

/** Who the app is signed in as: account id and alias, ARN, partition, region, expiry. */
export function ActiveConnectionPanel({ state, onDisconnect }: { state: ConnectionState; onDisconnect: () => void }): ReactNode {
  const now = useNow();
  const { identity, connection } = state;
  if (!identity || !connection) return null;
  const expired = state.status === 'expired';
  return (
    <Card withBorder padding="lg" data-testid="active-connection">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            <Text fw={600}>{connection.label}</Text>
            {connection.isSandbox && <Badge color="orange">Sandbox</Badge>}
            <Badge color={expired ? 'red' : 'teal'} variant="light">
              {expired ? 'Expired' : 'Connected'}
            </Badge>
          </Group>
          <Button variant="default" size="xs" onClick={onDisconnect}>
            Disconnect
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <Field label="Account">
            {identity.accountAlias ? `${identity.accountAlias} (${identity.accountId})` : `${identity.accountId} (no alias)`}
          </Field>
          <Field label="Signed in as">
            <Group gap={4} wrap="nowrap">
              <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                {identity.arn}
              </Text>
              <CopyButton value={identity.arn} />
            </Group>
          </Field>
          <Field label="Partition">{identity.partition}</Field>
          <Field label="Region">{state.region ?? connection.region}</Field>
          {connection.endpoint && <Field label="Endpoint">{connection.endpoint}</Field>}
          {state.expiresAt && (
            <Field label="Credentials expire">
              {`${new Date(state.expiresAt).toLocaleString()} (${remaining(state.expiresAt, now)})`}
            </Field>
          )}
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }): ReactNode {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      {typeof children === 'string' ? <Text size="sm">{children}</Text> : children}
    </Stack>
  );
}
