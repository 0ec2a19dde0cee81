import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One tab stop for a list of links: Tab enters the list at the item last visited, and the arrow
 * keys, Home and End move through it. Bind `onKeydown` and `onFocusin` on the list, and give each
 * item `tabindex=${roving.tabIndexOf(i)}`. Leaving the list upwards (the up arrow on the first
 * item) or with Escape is the element's to decide (`leave`).
 */
export class RovingFocus implements ReactiveController {
  /** The item in the tab order, by its position. */
  active = 0;
  readonly #items: () => HTMLElement[];
  readonly #leave: (event: KeyboardEvent) => void;

  constructor(host: ReactiveControllerHost, items: () => HTMLElement[], leave: (event: KeyboardEvent) => void) {
    this.#items = items;
    this.#leave = leave;
    host.addController(this);
  }

  hostConnected(): void {}

  tabIndexOf(at: number): 0 | -1 {
    return at === this.active ? 0 : -1;
  }

  /** Makes the item at `at` the one in the tab order. */
  rove(at: number): void {
    this.active = at;
    this.#items().forEach((item, i) => (item.tabIndex = this.tabIndexOf(i)));
  }

  /** Moves the focus to the item at `at`; false when there is none. */
  focus(at: number): boolean {
    const item = this.#items()[at];
    if (!item) return false;
    this.rove(at);
    item.focus();
    return true;
  }

  onKeydown = (event: KeyboardEvent): void => {
    const items = this.#items();
    const at = items.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(at + 1, items.length - 1),
      ArrowUp: at - 1,
      Home: 0,
      End: items.length - 1,
    };
    if (!(event.key in moves) && event.key !== 'Escape') return;
    event.preventDefault();
    if (event.key === 'Escape' || moves[event.key] < 0) this.#leave(event);
    else this.focus(moves[event.key]);
  };

  /** An item focused by Tab or a click becomes the one in the tab order. */
  onFocusin = (event: FocusEvent): void => {
    const at = this.#items().indexOf(event.target as HTMLElement);
    if (at >= 0) this.rove(at);
  };
}
