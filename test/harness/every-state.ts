import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { CivicAdapter } from '../../src/model.js';
import { memoryAdapter } from './memory-adapter.js';
import { renderWithAdapter, shadowText, until } from './render.js';

export interface StateCase<E extends HTMLElement = HTMLElement> {
  name: string;
  /** The element to render, e.g. html`<civic-online-badge procedure="x">`. */
  template: TemplateResult;
  procedures?: readonly unknown[];
  delay?: number;
  failWith?: Parameters<typeof memoryAdapter>[1] extends infer O
    ? O extends { failWith?: infer F }
      ? F
      : never
    : never;
  /**
   * The case's own backend (a catalog that lists, a request backend…); `procedures`, `delay` and
   * `failWith` are then not used.
   */
  adapter?: CivicAdapter;
  /** Renders the template alone, with no provider on the page: the "no data source" state. */
  noProvider?: boolean;
  /** The case's language, instead of the one given to `checkEveryState`. */
  lang?: string;
  /** The provider's time-out, in milliseconds. */
  timeout?: number;
  /** What brings the rendered element to its state: a reference typed, a session given… */
  setup?: (element: E) => Promise<void>;
  /** Text the state must show (waited for, as some states come after a time-out). */
  shows: RegExp;
}

/**
 * Renders an element in each state and checks each one with axe and against text that must never
 * reach a reader ("undefined", "[object Object]", "NaN", an empty box).
 */
export async function checkEveryState<E extends HTMLElement = HTMLElement>(
  cases: StateCase<E>[],
  lang = 'fr',
): Promise<void> {
  expect(cases, 'at least one state to check').not.to.be.empty;
  for (const c of cases) {
    const element = c.noProvider
      ? await fixture<E>(c.template)
      : await renderWithAdapter<E>(
          c.template,
          c.adapter ?? memoryAdapter(c.procedures ?? [], { delay: c.delay, failWith: c.failWith }),
          { lang: c.lang ?? lang, timeout: c.timeout },
        );
    if (c.setup) await c.setup(element);
    await until(element, () => c.shows.test(shadowText(element)), `${c.name}: ${c.shows}`);
    const text = shadowText(element);
    expect(text, `${c.name}: no leaked values`).not.to.match(/undefined|\[object Object\]|NaN|null/);
    await expect(element, `${c.name}: axe`).to.be.accessible();
  }
}

/** A RegExp that matches `text` as written (for `shows`, from a locale's messages). */
export const literal = (text: string): RegExp => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
