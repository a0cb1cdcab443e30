import { Alert, Badge, Button, Card, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconShieldCheck, IconShieldOff } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import type { ApiError } from '../../../shared/contract/errors';
import type { ConnectionState } from '../../../shared/model/connection';
import { useApi } from '../../api/api-context';
import { remaining } from '../../components/connection-indicator';
import { ErrorAlert } from '../../components/error-alert';
import { MfaCodeInput } from './mfa-code-input';
import { useNow } from '../../components/use-now';

/** Sessions this close to their end ask for a new code. */
const renewWithinMs = 5 * 60_000;

const durations = [
  { value: '900', label: '15 minutes' },
  { value: '3600', label: '1 hour' },
  { value: '14400', label: '4 hours' },
  { value: '43200', label: '12 hours' },
  { value: '129600', label: '36 hours (AWS’s limit)' },
];

// The backend's reason speaks of an IAM user; the root user assigns its device elsewhere.
const rootWithoutDevice = 'No MFA device is assigned to the root user you are signed in as. Assign one under Security credentials in the AWS console, and use an IAM user or role for daily work.';

/** Starts, shows and renews the admin's own MFA session (GetSessionToken with a code). */
export function MfaSessionPanel({ state }: { state: ConnectionState }): ReactNode {
  const api = useApi();
  const now = useNow();
  const session = state.mfaSession;
  const [code, setCode] = useState('');
  const [duration, setDuration] = useState('3600');
  const [serial, setSerial] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  if (!session) return null;

  const isRoot = state.identity?.principalType === 'root';
  const needsSerial = !session.mfaSerial;
  const canStart = session.available || (needsSerial && state.identity?.principalType === 'user');
  const expiresAt = session.expiresAt ? Date.parse(session.expiresAt) : undefined;
  const ending = session.active && expiresAt !== undefined && expiresAt - now < renewWithinMs;

  const start = async (): Promise<void> => {
    setBusy(true);
    setError(undefined);
    const result = await api.call('connections.startMfaSession', {
      code,
      durationSeconds: Number(duration),
      ...(needsSerial && serial ? { mfaSerial: serial } : {}),
    });
    setBusy(false);
    setCode('');
    if (!result.ok) setError(result.error);
  };
  const end = async (): Promise<void> => {
    const result = await api.call('connections.endMfaSession', {});
    if (!result.ok) setError(result.error);
  };

  const codeForm = (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void start();
      }}
    >
      <Group align="flex-end" gap="sm">
        {needsSerial && (
          <TextInput label="MFA device ARN" placeholder="arn:aws:iam::123456789012:mfa/alice" value={serial} onChange={(e) => setSerial(e.currentTarget.value.trim())} w={340} error={error?.field === 'mfaSerial' ? error.message : undefined} />
        )}
        <MfaCodeInput value={code} onChange={setCode} error={error?.field === 'code' ? error.message : undefined} />
        <Select label="Session length" data={isRoot ? durations.slice(0, 2) : durations} value={duration} onChange={(v) => setDuration(v ?? '3600')} allowDeselect={false} w={200} />
        <Button type="submit" loading={busy} disabled={code.length !== 6 || (needsSerial && !serial)}>
          {session.active ? 'Renew MFA session' : 'Start MFA session'}
        </Button>
      </Group>
    </form>
  );

  return (
    <Card withBorder padding="lg" data-testid="mfa-session-panel">
      <Stack gap="sm">
        <Group justify="space-between">
          <Group gap="xs">
            {session.active ? <IconShieldCheck size={20} color="var(--mantine-color-teal-6)" /> : <IconShieldOff size={20} />}
            <Text fw={600}>Your MFA session</Text>
          </Group>
          {session.active ? (
            <Badge color={ending ? 'orange' : 'teal'} variant="light" data-testid="mfa-countdown">
              ends in {expiresAt ? remaining(session.expiresAt ?? '', now) : '…'}
            </Badge>
          ) : (
            <Badge color="gray" variant="light">
              not started
            </Badge>
          )}
        </Group>
        {session.active ? (
          <Text size="sm">
            Every call now uses temporary credentials signed in with {session.mfaSerial}. Policies that require MFA (aws:MultiFactorAuthPresent) let you through until {new Date(session.expiresAt ?? '').toLocaleTimeString()}.
          </Text>
        ) : canStart ? (
          <Text size="sm">
            Policies that require MFA refuse this connection’s keys until you sign in with a code. Start a session with {session.mfaSerial ?? 'your MFA device'} to work through them.
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {isRoot && !session.mfaSerial ? rootWithoutDevice : session.unavailableReason}
          </Text>
        )}
        {!session.active && session.endedAt && canStart && (
          <Alert color="orange" variant="light">
            Your MFA session ended at {new Date(session.endedAt).toLocaleTimeString()}. Enter a new code to start another.
          </Alert>
        )}
        {ending && (
          <Alert color="orange" variant="light" title="Your MFA session is about to end">
            Enter a new code now to keep working without interruption.
          </Alert>
        )}
        {canStart && (!session.active || ending) && codeForm}
        {error && !error.field && <ErrorAlert error={error} title="The MFA session did not start" onClose={() => setError(undefined)} />}
        {error?.field && error.remedy && (
          <Text size="sm" c="red">
            {error.remedy}
          </Text>
        )}
        {session.active && (
          <Group justify="flex-end">
            {!ending && (
              <Button variant="subtle" size="xs" onClick={() => void end()}>
                End MFA session
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
