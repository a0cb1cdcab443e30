import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import type { ApiClient } from '../api/api-client';
import { ApiProvider } from '../api/api-context';
import { ConnectionProvider, useConnection } from '../app/connection-context';
import type { ConnectionState } from '../../shared/model/connection';
import { MfaSessionReminder } from './mfa-session-reminder';

function withState(state: ConnectionState, children: ReactNode): ReactNode {
  const client: ApiClient = {
    host: 'browser',
    call: (async (method: string) => (method === 'connections.state' ? { ok: true, value: state } : { ok: false, error: { code: 'INTERNAL', message: 'x', retryable: false } })) as ApiClient['call'],
    on: () => () => undefined,
  };
  return (
    <MantineProvider>
      <ApiProvider client={client}>
        <ConnectionProvider>{children}</ConnectionProvider>
      </ApiProvider>
    </MantineProvider>
  );
}

const connected = (expiresInMs: number): ConnectionState => ({
  status: 'connected',
  mfaSession: { active: true, mfaSerial: 'arn:aws:iam::123456789012:mfa/alice', expiresAt: new Date(Date.now() + expiresInMs).toISOString() },
});

function StatusProbe(): ReactNode {
  return <span>status: {useConnection().status}</span>;
}

describe('MfaSessionReminder', () => {
  it('warns on other pages when the MFA session ends within five minutes', async () => {
    render(withState(connected(4 * 60_000), <MfaSessionReminder onConnectionsPage={false} />));
    expect(await screen.findByTestId('mfa-session-reminder')).toHaveProperty('textContent', expect.stringContaining('Your MFA session ends in 3 min'));
    expect(screen.getByRole('button', { name: 'Renew the MFA session' })).toBeTruthy();
  });

  it('stays quiet while the session has time left', async () => {
    render(withState(connected(30 * 60_000), <><StatusProbe /><MfaSessionReminder onConnectionsPage={false} /></>));
    await screen.findByText('status: connected');
    expect(screen.queryByTestId('mfa-session-reminder')).toBeNull();
  });
});
