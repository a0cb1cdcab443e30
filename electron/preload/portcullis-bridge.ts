import type { PortcullisApi } from '../../shared/contract/contract';
import type { EventName, EventPayload } from '../../shared/contract/events';

/** Listens to one backend event; returns the function that stops listening. */
export type OnEvent = <E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void) => () => void;

/**
 * What the desktop preload puts on `window.portcullis`: one function per contract method,
 * a typed event subscription and the host's name. Nothing else crosses the bridge.
 */
export type PortcullisBridge = PortcullisApi & {
  readonly onEvent: OnEvent;
  readonly host: 'desktop';
};
