import { expect } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { memoryAdapter } from './memory-adapter.js';
import { renderWithAdapter, shadowText } from './render.js';

export interface StateCase {
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
  /** Text the state must show. */
  shows: RegExp;
}

/**
 * Renders an element in each state and checks each one with axe and against text that must never
 * reach a reader ("undefined", "[object Object]", "NaN", an empty box).
 */
export async function checkEveryState(cases: StateCase[], lang = 'fr'): Promise<void> {
  for (const c of cases) {
    const adapter = memoryAdapter(c.procedures ?? [], { delay: c.delay, failWith: c.failWith });
    const element = await renderWithAdapter(c.template, adapter, { lang });
    const text = shadowText(element);
    expect(text, `${c.name}: text`).to.match(c.shows);
    expect(text, `${c.name}: no leaked values`).not.to.match(/undefined|\[object Object\]|NaN|null/);
    await expect(element, `${c.name}: axe`).to.be.accessible();
  }
}
