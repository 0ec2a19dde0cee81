import type { ContextEvent as ContextRequestEvent } from '@lit/context';
import type { CivicContextValue, civicContext } from './civic-context.js';

type Callback = (value: CivicContextValue, unsubscribe: () => void) => void;

/**
 * Answers the context requests (the @lit/context protocol) that reach a provider, and tells the
 * subscribers when the value changes. The same protocol as @lit/context's ContextProvider, for
 * one context with plain values, at a third of its size: the CDN size budget needs it.
 */
export class ContextProvider {
  value: CivicContextValue | undefined;
  /** Each subscriber with its one unsubscribe function: consumers compare it to know their provider. */
  readonly #subscribers = new Map<Callback, () => void>();

  constructor(host: HTMLElement, context: typeof civicContext) {
    host.addEventListener('context-request', (event) => {
      const request = event as ContextRequestEvent<typeof civicContext>;
      if (request.context !== context || (request.contextTarget ?? request.composedPath()[0]) === host) return;
      event.stopPropagation();
      const callback = request.callback as Callback;
      const unsubscribe = this.#subscribers.get(callback) ?? (() => void this.#subscribers.delete(callback));
      if (request.subscribe) this.#subscribers.set(callback, unsubscribe);
      if (this.value !== undefined) callback(this.value, unsubscribe);
    });
  }

  setValue(value: CivicContextValue): void {
    this.value = value;
    for (const [callback, unsubscribe] of this.#subscribers) callback(value, unsubscribe);
  }
}
