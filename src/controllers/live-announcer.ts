import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * What an element says to screen readers without moving focus: one polite `role=status` region
 * (render it with `region()`), whose words change with `say()`. The same words said twice in a
 * row (another filter giving the same count…) are still a change to hear, so the second time
 * they carry a no-break space (and lose it the third time): the region's text changes and
 * screen readers speak it again.
 */
export class LiveAnnouncer implements ReactiveController {
  /** The words in the region now. */
  text = '';
  readonly #host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  say(words: string): void {
    const again = words && words === this.text.trim();
    // Alternating with and without the space: a third time in a row changes the text too.
    this.text = again && !this.text.endsWith('\u00a0') ? `${words}\u00a0` : words;
    this.#host.requestUpdate();
  }

  /** Empties the region (nothing said), e.g. when the reader starts over. */
  clear(): void {
    this.say('');
  }

  hostConnected(): void {}

  region(): TemplateResult {
    return html`<p class="visually-hidden" role="status" aria-atomic="true">${this.text}</p>`;
  }
}
