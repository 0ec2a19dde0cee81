import type { ReactiveController } from 'lit';
import { CivicError, isAbort, toCivicError } from '../core/civic-error.js';
import type { ResourceStore } from '../data/resource-store.js';
import type { CivicContextValue } from '../provider/civic-context.js';
import type { CivicElement } from './civic-element.js';

export type ResourceState<T> =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: CivicError };

export interface ResourceOptions<T, A> {
  /**
   * What to load, read from the element before each update: a string, or a list of strings (compared
   * item by item), or any object (compared by identity: a new object is a new load). A CivicError
   * when the element's attributes do not allow a load; `undefined` when there is nothing to load
   * (yet): the controller is then `idle`.
   */
  args: () => A | CivicError | undefined;
  load: (store: ResourceStore, args: A, signal: AbortSignal) => Promise<T>;
  /** Sends `civic-load` with this detail when the data arrives; no event without it. */
  loaded?: (value: T) => unknown;
  /** Called once per failure (after `civic-error` is sent, unless `quiet`). */
  failed?: (error: CivicError) => void;
  /** A part of what the element shows (a title, an office's hours): its failure sends no `civic-error`. */
  quiet?: boolean;
}

const same = (a: unknown, b: unknown): boolean =>
  a === b || (Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]));

/**
 * The one way elements load what they show, through their provider's store: it keeps the state
 * (idle, loading, ready or error), loads again when what `args` says or the provider changes,
 * aborts what is no longer needed (other args, the element left the page), tries again on
 * `reload()`, and sends `civic-error` / `civic-load` once per outcome. Work starts before an
 * update (`hostUpdate`), never from `render`.
 */
export class ResourceController<T, A = string> implements ReactiveController {
  state: ResourceState<T> = { status: 'loading' };
  readonly #host: CivicElement;
  readonly #provided: () => CivicContextValue | undefined;
  readonly #options: ResourceOptions<T, A>;
  #store?: ResourceStore;
  #args?: A;
  #abort?: AbortController;

  constructor(host: CivicElement, provided: () => CivicContextValue | undefined, options: ResourceOptions<T, A>) {
    this.#host = host;
    this.#provided = provided;
    this.#options = options;
    host.addController(this);
  }

  /** The value when ready. */
  get value(): T | undefined {
    return this.state.status === 'ready' ? this.state.value : undefined;
  }

  /** Loads again what is asked now, e.g. after a failure; the element updates and the load starts. */
  reload(): void {
    this.#forget();
    this.#host.requestUpdate();
  }

  hostUpdate(): void {
    const args = this.#options.args();
    if (args === undefined) {
      this.#forget();
      this.state = { status: 'idle' };
      return;
    }
    const provided = this.#provided();
    if (provided === undefined) return; // still looking for a provider: keep "loading"
    if (provided.error || args instanceof CivicError) {
      const error = provided.error ?? (args as CivicError);
      this.#cancel();
      // The same failure found again on a re-render (a language change…) is not a new outcome.
      const known =
        this.state.status === 'error' &&
        this.state.error.code === error.code &&
        this.state.error.message === error.message;
      if (!known) {
        this.#store = this.#args = undefined;
        this.#fail(error);
      }
      return;
    }
    if (provided.store === this.#store && same(args, this.#args)) return;
    this.#start(provided.store, args);
  }

  /** What is shown stays shown; what was on its way is aborted, and asked again on coming back. */
  hostDisconnected(): void {
    if (this.state.status !== 'ready') this.#forget();
  }

  #forget(): void {
    this.#cancel();
    this.#store = this.#args = undefined;
  }

  #start(store: ResourceStore, args: A): void {
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
        const { loaded } = this.#options;
        if (loaded)
          this.#host.dispatchEvent(
            new CustomEvent('civic-load', { detail: loaded(value), bubbles: true, composed: true }),
          );
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
    if (!this.#options.quiet) void this.#host.reportError(error);
    this.#options.failed?.(error);
  }

  #cancel(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }
}

/**
 * Loads each of `ids` on its own (one that fails leaves the others), for a controller that loads
 * several resources at once: the answer maps each id to its value, or to the error it met.
 */
export async function loadEach<T>(
  ids: readonly string[],
  load: (id: string) => Promise<T>,
): Promise<Map<string, T | CivicError>> {
  const settled = await Promise.allSettled(ids.map((id) => load(id)));
  return new Map<string, T | CivicError>(
    ids.map((id, i): [string, T | CivicError] => {
      const outcome = settled[i];
      if (outcome.status === 'fulfilled') return [id, outcome.value];
      if (isAbort(outcome.reason)) throw outcome.reason;
      return [id, toCivicError(outcome.reason)];
    }),
  );
}
