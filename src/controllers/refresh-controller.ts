import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Never wait more than an hour: a clock changed by the system, a long sleep, are caught up. */
const MAX_WAIT_MS = 3_600_000;
/** A second after the change, so the moment computed is past it, and never a busy loop. */
const MARGIN_MS = 1000;

/**
 * Renders the element again when what it shows changes with time ("open now" becoming "closed"):
 * after each update it asks `next()` for the next moment of change (a time in ms, or `undefined`
 * for none) and sets one timer for it; leaving the page clears it.
 */
export class RefreshController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #next: () => number | undefined;
  #timer?: ReturnType<typeof setTimeout>;
  #missed = false;

  constructor(host: ReactiveControllerHost, next: () => number | undefined) {
    this.#host = host;
    this.#next = next;
    host.addController(this);
  }

  hostUpdated(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const at = this.#next();
    if (at === undefined || !Number.isFinite(at)) return;
    const wait = Math.min(Math.max(at - Date.now() + MARGIN_MS, MARGIN_MS), MAX_WAIT_MS);
    this.#timer = setTimeout(() => this.#host.requestUpdate(), wait);
  }

  /** Back on the page after a refresh was waiting: what is shown may be out of date. */
  hostConnected(): void {
    if (this.#missed) this.#host.requestUpdate();
    this.#missed = false;
  }

  hostDisconnected(): void {
    this.#missed = this.#timer !== undefined;
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  /** Whether a refresh is waiting (for tests and debugging). */
  get scheduled(): boolean {
    return this.#timer !== undefined;
  }
}
