import { sendKeys } from '@web/test-runner-commands';
import { $, $$, words } from './dom.js';
import { settle, until } from './render.js';

/**
 * What every element's harness class reads and does the same way: queries in its shadow root, a
 * wait for a condition, the focused element, the error message, and a key pressed where the
 * focus is. Each element's harness (`CatalogHarness`, `RequestStatusHarness`…) adds what only it
 * has. Reads the DOM only, never private fields.
 */
export class ElementHarness<T extends HTMLElement> {
  constructor(readonly el: T) {}

  $<E extends Element = HTMLElement>(selector: string): E | null {
    return $<E>(this.el, selector);
  }

  $$<E extends Element = HTMLElement>(selector: string): E[] {
    return $$<E>(this.el, selector);
  }

  /** Waits, re-rendering, until `ready()` holds. */
  until(ready: () => boolean, what: string, ms?: number): Promise<void> {
    return until(this.el, ready, what, ms);
  }

  /** The element of the shadow root that has the focus. */
  get focused(): Element | null {
    return this.el.shadowRoot!.activeElement;
  }

  /** The message of a failure, as read. */
  get error(): string {
    return words(this.$('[part~=error]'));
  }

  /** Presses a key where the focus is, and waits for the element to render. */
  async pressKey(key: string): Promise<void> {
    await sendKeys({ press: key });
    await settle(this.el);
  }
}
