import { expect } from '@open-wc/testing';
import { shadowText } from './render.js';

/** The first element of `el`'s shadow root that matches `selector`. */
export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);

/** Every element of `el`'s shadow root that matches `selector`. */
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/**
 * The text of a node as read: a line break counts as a space, whitespace collapsed. Hours lose a
 * leading zero ("08:30" -> "8:30"): Intl writes French times either way depending on its CLDR
 * version (ICU 78 writes "8:30"), and the tests check the 24-hour clock, not that zero.
 */
export function words(node: Node | null | undefined): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll?.('br').forEach((br) => br.replaceWith(' '));
  return (copy.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(^|[^\d:])0(\d:\d\d)/g, '$1$2');
}

/** Fails when the element shows what a reader must never see: "undefined", "NaN", "[object Object]"… */
export function expectNoLeak(el: Element): void {
  expect(shadowText(el), 'nothing a reader should never see').not.to.match(
    /undefined|NaN|\[object Object\]|null|Invalid Date/,
  );
}
