import { ContextEvent as ContextRequestEvent } from '@lit/context';
import type { ReactiveController, ReactiveElement } from 'lit';
import { CivicError } from '../core/civic-error.js';
import { civicContext, type CivicContextValue } from './civic-context.js';
import { adoptOrphan, hasPageProvider } from './page-providers.js';

let warnedNoProvider = false;

function documentLoaded(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

/**
 * Finds an element's provider: the closest `<civic-provider>` around it through @lit/context, or
 * else the first provider of the page. If the page has none once it has loaded, the element
 * says so, and the console says it once for the whole page.
 */
export class ProviderController implements ReactiveController {
  value: CivicContextValue | undefined;
  readonly #host: ReactiveElement;
  #unsubscribe?: () => void;
  #stopOrphan?: () => void;
  #connection = 0;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    const connection = ++this.#connection;
    let answered = false;
    // Providers answer synchronously (the @lit/context protocol) and again when their value changes.
    this.#host.dispatchEvent(
      new ContextRequestEvent(
        civicContext,
        this.#host,
        (value, unsubscribe) => {
          if (connection !== this.#connection) return unsubscribe?.();
          answered = true;
          if (this.#unsubscribe !== unsubscribe) this.#unsubscribe?.();
          this.#unsubscribe = unsubscribe;
          this.#stopOrphan?.();
          this.#stopOrphan = undefined;
          this.#set(value);
        },
        true,
      ),
    );
    if (answered) return;
    this.#stopOrphan = adoptOrphan(this.#host, (value) => this.#set(value));
    if (this.value !== undefined) return;
    void documentLoaded().then(() =>
      setTimeout(() => {
        // A provider that is still loading its adapter is a provider: wait for it.
        if (connection !== this.#connection || !this.#host.isConnected || this.value !== undefined || hasPageProvider())
          return;
        if (!warnedNoProvider) {
          warnedNoProvider = true;
          console.error(
            'civic-elements: no <civic-provider> on this page, so the elements have no data. ' +
              'Add one, e.g. <civic-provider adapter="static" src="/catalog.json"></civic-provider>.',
          );
        }
        this.#set({ error: new CivicError('no-provider', 'No <civic-provider> on the page') });
      }),
    );
  }

  hostDisconnected(): void {
    this.#connection++;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#stopOrphan?.();
    this.#stopOrphan = undefined;
  }

  #set(value: CivicContextValue | undefined): void {
    if (value === this.value) return;
    // A "no provider" verdict stands until a provider appears, then gives way to it.
    if (value === undefined && this.value?.error?.code === 'no-provider') return;
    this.value = value;
    this.#host.requestUpdate();
  }
}
