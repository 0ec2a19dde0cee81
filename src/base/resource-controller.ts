import type { ReactiveController } from 'lit';
import { CivicError, isAbort, toCivicError } from '../core/civic-error.js';
import type { ResourceStore } from '../data/resource-store.js';
import type { CivicContextValue } from '../provider/civic-context.js';
import type { CivicElement } from './civic-element.js';

export type ResourceState<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: CivicError };

export interface ResourceOptions<T> {
  /** What to load, from the element's attributes; a CivicError when they do not allow it. */
  args: () => string | CivicError;
  load: (store: ResourceStore, args: string, signal: AbortSignal) => Promise<T>;
  /** Sent as `civic-load` detail when the data arrives. */
  loaded?: (value: T) => unknown;
}

/**
 * Loads what an element shows through its provider's store and keeps its state: loading, ready
 * or error. Loads again when the attributes or the provider change, aborts when the element
 * leaves the page, and sends `civic-error` / `civic-load` once per outcome.
 */
export class ResourceController<T> implements ReactiveController {
  state: ResourceState<T> = { status: 'loading' };
  readonly #host: CivicElement;
  readonly #provided: () => CivicContextValue | undefined;
  readonly #options: ResourceOptions<T>;
  #store?: ResourceStore;
  #args?: string;
  #abort?: AbortController;

  constructor(host: CivicElement, provided: () => CivicContextValue | undefined, options: ResourceOptions<T>) {
    this.#host = host;
    this.#provided = provided;
    this.#options = options;
    host.addController(this);
  }

  hostUpdate(): void {
    const provided = this.#provided();
    if (provided === undefined) return; // still looking for a provider: keep "loading"
    const args = this.#options.args();
    if (provided.error || args instanceof CivicError) {
      const error = provided.error ?? (args as CivicError);
      this.#cancel();
      // The same failure found again on a re-render (a language change…) is not a new outcome.
      const known =
        this.state.status === 'error' &&
        this.state.error.code === error.code &&
        this.state.error.message === error.message;
      if (!known) {
        this.#store = undefined;
        this.#args = undefined;
        this.#fail(error);
      }
      return;
    }
    if (provided.store === this.#store && args === this.#args) return;
    this.#start(provided.store!, args);
  }

  hostDisconnected(): void {
    this.#cancel();
    this.#store = undefined;
    this.#args = undefined;
  }

  #start(store: ResourceStore, args: string): void {
    this.#cancel();
    this.#store = store;
    this.#args = args;
    const abort = (this.#abort = new AbortController());
    this.state = { status: 'loading' };
    this.#options.load(store, args, abort.signal).then(
      (value) => {
        if (abort.signal.aborted) return;
        this.state = { status: 'ready', value };
        this.#host.requestUpdate();
        const detail = this.#options.loaded?.(value);
        this.#host.dispatchEvent(new CustomEvent('civic-load', { detail, bubbles: true, composed: true }));
      },
      (thrown: unknown) => {
        // Aborted because the element left or asked for something else: nobody to tell.
        if (abort.signal.aborted || isAbort(thrown)) return;
        this.#fail(toCivicError(thrown));
        this.#host.requestUpdate();
      },
    );
  }

  #fail(error: CivicError): void {
    this.state = { status: 'error', error };
    this.#host.reportError(error);
  }

  #cancel(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }
}
