import { describe, expect, it, vi } from 'vitest';
import { methodNames } from '../../shared/contract/contract';

const exposed = new Map<string, unknown>();
vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), send: vi.fn(), sendSync: vi.fn() },
}));

describe('preload', () => {
  it('puts only window.portcullis in the page, without ipcRenderer or a generic invoke', async () => {
    await import('./preload');
    expect([...exposed.keys()]).toEqual(['portcullis']);
    const bridge = exposed.get('portcullis') as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual([...methodNames, 'host', 'onEvent'].sort());
    for (const forbidden of ['invoke', 'send', 'sendSync', 'on', 'ipcRenderer']) expect(bridge).not.toHaveProperty(forbidden);
  });
});
