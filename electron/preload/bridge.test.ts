import { describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/contract/contract';
import { eventNames } from '../../shared/contract/events';
import { buildBridge } from './bridge';

function fakeIpc() {
  const invoked: unknown[][] = [];
  let listener: ((event: unknown, ...args: unknown[]) => void) | undefined;
  return {
    invoked,
    ipc: {
      invoke: async (...args: unknown[]) => (invoked.push(args), { ok: true, value: 'answer' }),
      on: (channel: string, l: typeof listener) => {
        if (channel === 'portcullis:event') listener = l;
      },
    },
    push: (...args: unknown[]) => listener!({ sender: 'the ipcRenderer' }, ...args),
  };
}

describe('preload bridge', () => {
  it('exposes one function per contract method, onEvent and the host, and nothing generic', () => {
    const bridge = buildBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual([...methodNames, 'onEvent', 'host'].sort());
    for (const name of methodNames) expect(typeof bridge[name]).toBe('function');
    expect(bridge.host).toBe('desktop');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('invokes the channel named after the method with the caller arguments', async () => {
    const { ipc, invoked } = fakeIpc();
    const bridge = buildBridge(ipc);
    await expect(bridge['journal.list']({ query: 'role' })).resolves.toEqual({ ok: true, value: 'answer' });
    expect(invoked).toEqual([['journal.list', { query: 'role' }]]);
  });

  it('delivers only the payload of a known event, to its own listeners, until unsubscribed', () => {
    const fake = fakeIpc();
    const bridge = buildBridge(fake.ipc);
    const received: unknown[] = [];
    const stop = bridge.onEvent('progress', (payload) => received.push(payload));
    bridge.onEvent(eventNames.find((n) => n !== 'progress')!, () => received.push('wrong listener'));
    fake.push('progress', { done: 1 });
    fake.push('not.an.event', { done: 2 });
    stop();
    fake.push('progress', { done: 3 });
    expect(received).toEqual([{ done: 1 }]);
  });

  it('refuses to subscribe to an event the contract does not define', () => {
    const bridge = buildBridge(fakeIpc().ipc);
    expect(() => (bridge.onEvent as (n: string, l: () => void) => void)('ipc:anything', () => undefined)).toThrow(/Unknown event/);
    expect(() => (bridge.onEvent as (n: string, l: unknown) => void)('progress', 'not a function')).toThrow(TypeError);
  });
});
