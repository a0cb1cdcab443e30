import { isAppUrl } from './app-origin';

/** The parts of an IPC event the trust decision reads (Electron's IpcMainInvokeEvent has them). */
export interface SenderFacts {
  readonly sender: { readonly id: number; readonly mainFrame: unknown };
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
}

/**
 * True only for a message from the top frame of a window the app created, while that frame
 * shows the app's own origin. A subframe, a navigated-away page or any other webContents fails.
 */
export function isTrustedSender(event: SenderFacts, trustedIds: ReadonlySet<number>): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  if (!trustedIds.has(event.sender.id)) return false;
  if (frame !== event.sender.mainFrame || frame.parent !== null) return false;
  return isAppUrl(frame.url);
}
