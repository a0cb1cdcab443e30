import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { EventHub } from '../core/event-hub';
import { systemClock, type Logger } from '../core/ports';
import { ConnectionService } from './connection-service';
import type { ConnectionSource } from './connection-source';

const silent: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A loopback port nothing listens on. */
async function deadPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function keysAt(endpoint: string): ConnectionSource {
  return {
    summary: { id: 'keys:0123456789ab', kind: 'access-keys', label: 'emulator keys', detail: 'Access keys AKIA…MPLE', region: 'us-east-1', endpoint, isSandbox: false },
    open: async () => ({ region: 'us-east-1', endpoint, credentials: { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }, renewable: true }),
  };
}

describe('connection failures a user can meet', () => {
  it('says the endpoint cannot be reached, and shows the failed state with its connection', async () => {
    const endpoint = `http://127.0.0.1:${await deadPort()}`;
    const events = new EventHub();
    const statuses: string[] = [];
    events.subscribe((name, payload) => name === 'connection.changed' && statuses.push((payload as { status: string }).status));
    const service = new ConnectionService(async () => [keysAt(endpoint)], events, silent, systemClock);
    const state = await service.select('keys:0123456789ab');
    expect(statuses).toEqual(['connecting', 'failed']);
    expect(state).toMatchObject({ status: 'failed', connection: { id: 'keys:0123456789ab' }, error: { code: 'NETWORK', retryable: true } });
    expect(state.error?.remedy).toContain('endpoint URL');
    expect(() => service.current()).toThrow(expect.objectContaining({ code: 'NOT_CONNECTED' }));
  });

  it('refuses to connect to a connection that does not exist', async () => {
    const service = new ConnectionService(async () => [], new EventHub(), silent, systemClock);
    await expect(service.select('profile:nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
