import { methodNames } from '../../shared/contract/contract';
import { isEventName, type EventName } from '../../shared/contract/events';
import { eventChannel } from './bridge-channels';
import type { PortcullisBridge } from './portcullis-bridge';

/** The two ipcRenderer calls the bridge needs; listeners get the event object, which never leaves here. */
export interface RendererIpc {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * Builds the object exposed to the page: `(args) => invoke(method, args)` for each contract
 * method and nothing generic, so the page can only call what the contract defines.
 */
export function buildBridge(ipc: RendererIpc): PortcullisBridge {
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  // One IPC listener for all events; the IpcRendererEvent (with its sender) is dropped here.
  ipc.on(eventChannel, (_event, name, payload) => {
    if (!isEventName(name)) return;
    for (const listener of listeners.get(name) ?? []) listener(payload);
  });

  const methods = Object.fromEntries(
    methodNames.map((name) => [name, (args: unknown) => ipc.invoke(name, args)] as const),
  );

  const onEvent = (name: unknown, listener: unknown): (() => void) => {
    if (!isEventName(name)) throw new TypeError(`Unknown event "${String(name).slice(0, 100)}".`);
    if (typeof listener !== 'function') throw new TypeError('The event listener must be a function.');
    const wrapped = (payload: unknown): void => void (listener as (payload: unknown) => void)(payload);
    let set = listeners.get(name);
    if (!set) listeners.set(name, (set = new Set()));
    set.add(wrapped);
    return () => void set.delete(wrapped);
  };

  return Object.freeze({ ...methods, onEvent, host: 'desktop' }) as unknown as PortcullisBridge;
}
