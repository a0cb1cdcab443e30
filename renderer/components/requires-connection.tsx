import { Button, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlugConnectedX } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useConnection } from '../app/connection-context';
import { navigate } from '../app/use-hash-route';

/** Renders its children only while connected; otherwise says why not and how to connect. */
export function RequiresConnection({ children }: { children: ReactNode }): ReactNode {
  const state = useConnection();
  if (state.status === 'connected') return children;
  if (state.status === 'connecting') {
    return (
      <Center py="xl">
        <Loader size="sm" mr="sm" />
        <Text>Connecting to {state.connection?.label ?? 'AWS'}…</Text>
      </Center>
    );
  }
  return (
    <Paper withBorder p="xl" radius="md" data-testid="no-connection">
      <Stack align="center" gap="sm">
        <IconPlugConnectedX size={40} stroke={1.5} />
        <Title order={3}>No connection</Title>
        <Text c="dimmed" ta="center" maw={520}>
          {state.status === 'expired'
            ? 'The credentials of this connection have expired. Reconnect to go on.'
            : state.status === 'failed'
              ? `The last connection attempt failed: ${state.error?.message ?? 'unknown error'}`
              : 'Connect to the sandbox account to try things safely, or to one of your AWS accounts.'}
        </Text>
        <Button onClick={() => navigate('connections')}>Open Connections</Button>
      </Stack>
    </Paper>
  );
}
