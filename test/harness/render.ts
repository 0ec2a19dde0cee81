import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/index.js';
import type { CivicProvider } from '../../src/provider/civic-provider.js';
import type { CivicAdapter } from '../../src/model.js';

/**
 * Renders `template` inside a provider that uses `adapter` (no network) and returns the first
 * element of the template once it has rendered.
 */
export async function renderWithAdapter<T extends HTMLElement>(
  template: TemplateResult,
  adapter: CivicAdapter,
  options: { lang?: string; timeout?: number } = {},
): Promise<T> {
  const provider = await fixture<CivicProvider>(
    html`<civic-provider .adapter=${adapter} .timeout=${options.timeout ?? 8000} lang=${options.lang ?? 'fr'}
      >${template}</civic-provider
    >`,
  );
  const element = provider.firstElementChild as T;
  await settle(element);
  return element;
}

/** Waits until the element has rendered and any answer already available has arrived. */
export async function settle(element: Element): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
    await new Promise((resolve) => setTimeout(resolve));
  }
}

/** Resolves with the next event of that name on `target`, or rejects after `ms`. */
export function nextEvent<T = unknown>(target: EventTarget, name: string, ms = 3000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event within ${ms} ms`)), ms);
    target.addEventListener(name, (e) => (clearTimeout(timer), resolve(e as CustomEvent<T>)), { once: true });
  });
}

/** The text a reader sees in the element's shadow root, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits, re-rendering, until `ready()` holds; fails saying what the element shows after `ms`. */
export async function until(el: Element, ready: () => boolean, what: string, ms = 4000): Promise<void> {
  const end = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}; shown: ${shadowText(el)}`);
    await new Promise((r) => setTimeout(r, 20));
    await settle(el);
  }
}

export { capturingWarnings } from './console.js';
