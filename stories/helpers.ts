import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { LocalizedText, CivicAdapter } from '../src/model.js';
import { pickText } from '../src/core/localized-text.js';
import { en } from '../src/localization/locales/en.js';
import { fr, type Messages } from '../src/localization/locales/fr.js';

/** `content` inside a `<civic-provider>` that reads from `adapter` (an in-memory stand-in for a backend). */
export function inProvider(adapter: CivicAdapter, content: unknown, options: { timeout?: number; lang?: string } = {}): TemplateResult {
  return html`<civic-provider .adapter=${adapter} .timeout=${options.timeout ?? 8000} lang=${ifDefined(options.lang)}>${content}</civic-provider>`;
}

/** The library's strings in the toolbar's language, for the assertions of `play` functions. */
export function messagesFor(lang: unknown): Messages {
  return lang === 'en' ? en : fr;
}

/** A catalogue text in the toolbar's language. */
export function textIn(text: LocalizedText, lang: unknown): string {
  return pickText(text, typeof lang === 'string' ? lang : 'fr');
}

/**
 * What a screen reader announces from an element's shadow root: its text without the parts
 * marked `aria-hidden` (the badge keeps its other labels in the DOM, hidden, to keep its size).
 */
export function spokenText(element: Element): string {
  const root = element.shadowRoot;
  if (!root) return '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node instanceof Element && node.getAttribute('aria-hidden') === 'true' ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
  return text.replace(/\s+/g, ' ').trim();
}

/** The story's badges, in document order. */
export function badgesIn(canvasElement: HTMLElement): HTMLElement[] {
  return [...canvasElement.querySelectorAll<HTMLElement>('civic-online-badge')];
}
