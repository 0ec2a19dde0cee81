import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Waits for the reader to pause before what should not happen at every keystroke (announcing
 * the results, sending an event, writing the URL): `changed()` at each change, and `settle` runs
 * once, `ms` after the last one, or at once with `flush()`. When `settle` cannot run yet (it
 * returns false: the data is still loading), it runs after a later update. Leaving the page
 * stops the wait; coming back settles what was pending.
 */
export class PauseController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #ms: number;
  readonly #settle: () => boolean;
  #pending = false;
  #timer?: ReturnType<typeof setTimeout>;
  #connected = false;

  constructor(host: ReactiveControllerHost, ms: number, settle: () => boolean) {
    this.#host = host;
    this.#ms = ms;
    this.#settle = settle;
    host.addController(this);
  }

  /** A change not yet settled. */
  get pending(): boolean {
    return this.#pending;
  }

  changed(): void {
    this.#pending = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.#ms);
    this.#host.requestUpdate();
  }

  /** Settles now what is pending (the reader pressed Enter). */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#pending) this.#pending = !this.#settle();
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostUpdated(): void {
    if (this.#connected && this.#pending && this.#timer === undefined) this.flush();
  }

  hostDisconnected(): void {
    this.#connected = false;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
