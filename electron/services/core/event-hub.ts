import type { EventName, EventPayload } from '../../../shared/contract/events';
import type { EventSink } from './ports';

type Listener = (name: EventName, payload: unknown) => void;

/** Fans backend events out to every connected renderer (IPC window or SSE stream). */
export class EventHub implements EventSink {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventName>(name: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners) listener(name, payload);
  }

  /** Adds a listener; returns the function that removes it. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
