import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconShieldCheck, IconShieldOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useConnection } from '../app/connection-context';
import { useNow } from './use-now';

/** The header's answer to "where am I?": account id and alias, partition, sandbox, MFA session and expiry. */
export function ConnectionIndicator(): ReactNode {
  const state = useConnection();
  const now = useNow();
  if (state.status !== 'connected' || !state.identity) {
    const label = state.status === 'connecting' ? 'Connecting…' : state.status === 'failed' ? 'Connection failed' : state.status === 'expired' ? 'Credentials expired' : 'No connection';
    return (
      <Badge color={state.status === 'failed' || state.status === 'expired' ? 'red' : 'gray'} variant="light" data-testid="connection-indicator">
        {label}
      </Badge>
    );
  }
  const { identity, connection, mfaSession, expiresAt } = state;
  return (
    <Group gap="xs" data-testid="connection-indicator" wrap="nowrap">
      {connection?.isSandbox && (
        <Badge color="orange" variant="filled">
          Sandbox
        </Badge>
      )}
      <Tooltip label={identity.arn} withArrow>
        <Text size="sm" fw={600} data-testid="account-label">
          {identity.accountAlias ? `${identity.accountAlias} (${identity.accountId})` : identity.accountId}
        </Text>
      </Tooltip>
      <Badge variant="outline" color="gray" data-testid="partition">
        {identity.partition}
      </Badge>
      {mfaSession?.active ? (
        <Badge
          // Orange in the last five minutes: the Connections page then asks for a new code.
          color={mfaSession.expiresAt && Date.parse(mfaSession.expiresAt) - now < 300_000 ? 'orange' : 'teal'}
          variant="light"
          leftSection={<IconShieldCheck size={12} />}
          component="a"
          href="#/connections"
          data-testid="mfa-session"
        >
          MFA session {mfaSession.expiresAt ? `· ${remaining(mfaSession.expiresAt, now)}` : ''}
        </Badge>
      ) : (
        <Badge color="gray" variant="light" leftSection={<IconShieldOff size={12} />} data-testid="mfa-session">
          No MFA session
        </Badge>
      )}
      {expiresAt && !mfaSession?.active && (
        <Text size="xs" c="dimmed">
          expires in {remaining(expiresAt, now)}
        </Text>
      )}
    </Group>
  );
}

/** "42 min", "3 min 10 s", "expired". */
export function remaining(iso: string, now: number): string {
  const seconds = Math.floor((Date.parse(iso) - now) / 1000);
  if (seconds <= 0) return 'expired';
  if (seconds >= 3600) return `${Math.floor(seconds / 3600)} h ${Math.floor((seconds % 3600) / 60)} min`;
  if (seconds >= 600) return `${Math.floor(seconds / 60)} min`;
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
