import { Alert, Button, Group, Text } from '@mantine/core';
import { IconClockExclamation } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useConnection } from '../app/connection-context';
import { navigate } from '../app/use-hash-route';
import { remaining } from './connection-indicator';
import { useNow } from './use-now';

/** Warns on every page, five minutes ahead, that the admin's MFA session is about to end. */
export function MfaSessionReminder({ onConnectionsPage }: { onConnectionsPage: boolean }): ReactNode {
  const { mfaSession } = useConnection();
  const now = useNow();
  if (onConnectionsPage || !mfaSession?.active || !mfaSession.expiresAt) return null;
  const left = Date.parse(mfaSession.expiresAt) - now;
  if (left > 300_000) return null;
  return (
    <Alert color="orange" icon={<IconClockExclamation size={18} />} mb="md" data-testid="mfa-session-reminder">
      <Group justify="space-between">
        <Text size="sm">
          Your MFA session ends in {remaining(mfaSession.expiresAt, now)}. Calls that need MFA will then be refused until you start a new one.
        </Text>
        <Button size="xs" variant="light" color="orange" onClick={() => navigate('connections')}>
          Renew the MFA session
        </Button>
      </Group>
    </Alert>
  );
}
