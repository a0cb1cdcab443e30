import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { methodNames } from '../../shared/contract/contract';
import type { Envelope } from '../../shared/contract/errors';
import type { Backend } from '../services/backend';
import type { Logger } from '../services/core/ports';
import { eventChannel } from '../preload/bridge-channels';
import { isAppUrl } from './app-origin';
import { isTrustedSender } from './trusted-sender';

/** The IPC side of the desktop host: which windows may call, and how to stop listening. */
export interface IpcHost {
  /** Lets this window's top frame call the backend and receive its events. */
  trust(contents: WebContents): void;
  /** Removes every handler and the event forwarding. */
  close(): void;
}

const refused: Envelope<never> = {
  ok: false,
  error: {
    code: 'UNAUTHORIZED',
    message: 'This request did not come from the Portcullis window and was refused.',
    retryable: false,
  },
};

/**
 * Registers one `ipcMain.handle` per contract method, each checking the sender frame before the
 * backend parses the arguments and runs the method, and forwards backend events to trusted
 * windows. This is the only module that touches ipcMain.
 */
export function registerIpc(backend: Pick<Backend, 'dispatch' | 'events'>, logger: Logger): IpcHost {
  const trusted = new Map<number, WebContents>();

  for (const method of methodNames) {
    ipcMain.handle(method, (event: IpcMainInvokeEvent, args: unknown) => {
      if (!isTrustedSender(event, new Set(trusted.keys()))) {
        logger.warn('refused an IPC call from an untrusted sender', { method, url: event.senderFrame?.url ?? '(gone)' });
        return refused;
      }
      return backend.dispatch(method, args, { host: 'desktop' });
    });
  }

  const unsubscribe = backend.events.subscribe((name, payload) => {
    for (const contents of trusted.values()) {
      // A window that somehow left the app's origin no longer hears the backend.
      if (!contents.isDestroyed() && isAppUrl(contents.getURL())) contents.send(eventChannel, name, payload);
    }
  });

  return {
    trust(contents) {
      trusted.set(contents.id, contents);
      contents.once('destroyed', () => trusted.delete(contents.id));
    },
    close() {
      unsubscribe();
      for (const method of methodNames) ipcMain.removeHandler(method);
      trusted.clear();
    },
  };
}
