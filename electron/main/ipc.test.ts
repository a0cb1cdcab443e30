import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../shared/contract/contract';
import { createBackend, type Backend } from '../services/backend';
import { MemorySecretStore } from '../services/core/secret-store';
import type { Logger } from '../services/core/ports';

type Handler = (event: unknown, args: unknown) => Promise<unknown> | unknown;
const handlers = new Map<string, Handler>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    },
    removeHandler: (channel: string) => handlers.delete(channel),
  },
}));

const { registerIpc } = await import('./ipc');

const silent: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

/** A stand-in for a BrowserWindow's webContents with a top frame showing `url`. */
function fakeWindow(id: number, url = 'app://portcullis/index.html') {
  const mainFrame = { url, parent: null as unknown };
  const sent: unknown[][] = [];
  const onDestroyed: Array<() => void> = [];
  const contents = {
    id,
    mainFrame,
    destroyed: false,
    isDestroyed: () => contents.destroyed,
    getURL: () => mainFrame.url,
    send: (...args: unknown[]) => sent.push(args),
    once: (name: string, listener: () => void) => {
      if (name === 'destroyed') onDestroyed.push(listener);
    },
    destroy: () => {
      contents.destroyed = true;
      for (const listener of onDestroyed) listener();
    },
  };
  return { contents, mainFrame, sent, topFrameEvent: () => ({ sender: contents, senderFrame: mainFrame }) };
}

describe('registerIpc', () => {
  let backend: Backend;
  let ipc: ReturnType<typeof registerIpc>;

  beforeEach(async () => {
    handlers.clear();
    backend = await createBackend({ host: 'desktop', version: '9.9.9', dataDir: null, secretStore: new MemorySecretStore(), logger: silent });
    ipc = registerIpc(backend, silent);
  });
  afterEach(async () => {
    ipc.close();
    await backend.close();
  });

  it('registers exactly one handler per contract method and nothing else', () => {
    expect([...handlers.keys()].sort()).toEqual([...methodNames].sort());
  });

  it('answers the trusted window top frame through the backend', async () => {
    const window = fakeWindow(1);
    ipc.trust(window.contents as never);
    const reply = (await handlers.get('app.info')!(window.topFrameEvent(), {})) as { ok: boolean; value: { host: string; version: string } };
    expect(reply).toMatchObject({ ok: true, value: { host: 'desktop', version: '9.9.9' } });
  });

  it('parses the arguments with the contract before the method runs', async () => {
    const window = fakeWindow(1);
    ipc.trust(window.contents as never);
    const reply = await handlers.get('journal.list')!(window.topFrameEvent(), { limit: 'all' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'limit' } });
  });

  it('refuses a window it was never told to trust', async () => {
    const stranger = fakeWindow(7);
    const reply = await handlers.get('app.info')!(stranger.topFrameEvent(), {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses the trusted window once it shows a foreign URL', async () => {
    const window = fakeWindow(1, 'https://attacker.example/');
    ipc.trust(window.contents as never);
    const reply = await handlers.get('app.info')!(window.topFrameEvent(), {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses an app:// lookalike on another host', async () => {
    const window = fakeWindow(1, 'app://evil/index.html');
    ipc.trust(window.contents as never);
    expect(await handlers.get('app.info')!(window.topFrameEvent(), {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses a subframe of the trusted window, even on the app origin', async () => {
    const window = fakeWindow(1);
    ipc.trust(window.contents as never);
    const subframe = { url: 'app://portcullis/index.html', parent: window.mainFrame };
    const reply = await handlers.get('app.info')!({ sender: window.contents, senderFrame: subframe }, {});
    expect(reply).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses a sender whose frame is gone', async () => {
    const window = fakeWindow(1);
    ipc.trust(window.contents as never);
    expect(await handlers.get('app.info')!({ sender: window.contents, senderFrame: null }, {})).toMatchObject({ ok: false });
  });

  it('stops trusting a window when it is destroyed', async () => {
    const window = fakeWindow(1);
    ipc.trust(window.contents as never);
    window.contents.destroy();
    expect(await handlers.get('app.info')!(window.topFrameEvent(), {})).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('forwards backend events to trusted windows only', () => {
    const trusted = fakeWindow(1);
    const other = fakeWindow(2);
    ipc.trust(trusted.contents as never);
    const payload = { operationId: 'op', label: 'Creating role', done: 1, total: 3, status: 'running' as const };
    backend.events.emit('progress', payload);
    expect(trusted.sent).toEqual([['portcullis:event', 'progress', payload]]);
    expect(other.sent).toEqual([]);
  });

  it('removes its handlers and stops forwarding on close', () => {
    const window = fakeWindow(1);
    ipc.trust(window.contents as never);
    ipc.close();
    backend.events.emit('progress', { operationId: 'op', label: 'x', done: 0, total: 1, status: 'running' });
    expect(handlers.size).toBe(0);
    expect(window.sent).toEqual([]);
  });
});
