import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import type { LocalizedText, CivicAdapter, Weekday } from '../src/model.js';
import { pickText } from '../src/core/localized-text.js';
import { formatTime } from '../src/format/intl-format.js';
import { en } from '../src/localization/locales/en.js';
import { fr, type Messages } from '../src/localization/locales/fr.js';

/** `content` inside a `<civic-provider>` that reads from `adapter` (an in-memory stand-in for a backend). */
export function inProvider(
  adapter: CivicAdapter,
  content: unknown,
  options: { timeout?: number; lang?: string } = {},
): TemplateResult {
  return html`<civic-provider .adapter=${adapter} .timeout=${options.timeout ?? 8000} lang=${ifDefined(options.lang)}
    >${content}</civic-provider
  >`;
}

/** The library's strings in the toolbar's language, for the assertions of `play` functions. */
export function messagesFor(lang: unknown): Messages {
  return lang === 'en' ? en : fr;
}

/** A catalog text in the toolbar's language. */
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
      node instanceof Element && node.getAttribute('aria-hidden') === 'true'
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let text = '';
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent;
  return text.replace(/\s+/g, ' ').trim();
}

/** The story's badges, in document order. */
export function badgesIn(canvasElement: HTMLElement): HTMLElement[] {
  return [...canvasElement.querySelectorAll<HTMLElement>('civic-online-badge')];
}

/* ------------------------------------------------------------------------------------------ */
/* Procedure-page boxes (civic-channels, civic-info, civic-related)                            */

/** `content` inside a provider that also sets `directory` (the national directory's endpoint). */
export function inProviderWithDirectory(
  adapter: CivicAdapter,
  content: unknown,
  options: { timeout?: number; lang?: string; directory?: string } = {},
): TemplateResult {
  return html`<civic-provider
    .adapter=${adapter}
    .timeout=${options.timeout ?? 8000}
    directory=${ifDefined(options.directory)}
    lang=${ifDefined(options.lang)}
    >${content}</civic-provider
  >`;
}

/** The first `tag` element of the story, once its shadow root says `text`. */
export async function elementSaying(canvasElement: HTMLElement, tag: string, text: string): Promise<HTMLElement> {
  const element = canvasElement.querySelector<HTMLElement>(tag);
  await expect(element, `a <${tag}> in the story`).not.toBeNull();
  await waitFor(() => expect(spokenText(element!)).toContain(text), { timeout: 3000 });
  return element!;
}

/** The parts named `part` in an element's shadow root, in document order. */
export function partsOf(element: Element, part: string): HTMLElement[] {
  return [...(element.shadowRoot?.querySelectorAll<HTMLElement>(`[part~="${part}"]`) ?? [])];
}

/** The text of an element (light DOM) with its white space collapsed (Intl puts narrow spaces in "5:30 PM"). */
export function textOf(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** "08:30" (fr) / "8:30 AM" (en): a wall-clock time as the reader's language writes it. */
export function clock(hhmm: string, lang: unknown): string {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return formatTime(hours * 60 + minutes, lang === 'en' ? 'en' : 'fr');
}

/** "lundi" / "Monday", "demain" / "tomorrow", "aujourd’hui" / "today". */
export function dayWord(day: 'today' | 'tomorrow' | Weekday, lang: unknown): string {
  const locale = lang === 'en' ? 'en' : 'fr';
  if (day === 'today' || day === 'tomorrow')
    return new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }).format(day === 'today' ? 0 : 1, 'day');
  const monday = Date.UTC(2024, 0, 1, 12); // a Monday
  const index = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'].indexOf(day);
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(monday + index * 86_400_000);
}

/**
 * A `javascript:` link, markup or an event handler anywhere in an element's shadow root
 * (nested shadow roots included): what a hostile or broken catalog must never put on a page.
 */
export function unsafeMarkupIn(element: Element): string[] {
  const found: string[] = [];
  const visit = (root: ParentNode) => {
    for (const node of root.querySelectorAll('*')) {
      if (['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED'].includes(node.tagName))
        found.push(`<${node.tagName.toLowerCase()}>`);
      for (const attribute of node.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`${attribute.name}=`);
        if (/^\s*(javascript|data|vbscript):/i.test(attribute.value))
          found.push(`${attribute.name}="${attribute.value}"`);
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
  };
  if (element.shadowRoot) visit(element.shadowRoot);
  return found;
}
