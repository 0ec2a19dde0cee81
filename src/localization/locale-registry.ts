import { en } from './locales/en.js';
import { fr, type Messages } from './locales/fr.js';

/**
 * The library's own strings, kept in this module and nowhere global, so they never clash with
 * the host page's i18n. French is the fallback for any language we do not have.
 */
export const DEFAULT_LANGUAGE = 'fr';

const locales = new Map<string, Messages>([
  ['fr', fr],
  ['en', en],
]);
const listeners = new Set<() => void>();

/** Adds or replaces a language, e.g. `registerLocale('de', de)`; elements on the page re-render. */
export function registerLocale(lang: string, messages: Messages): void {
  locales.set(lang.toLowerCase(), messages);
  for (const listener of listeners) listener();
}

export function onLocalesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language we will speak for a requested tag: "fr-CH" -> "fr", "es" -> "fr" (fallback). */
export function supportedLanguage(tag: string): string {
  const wanted = tag.toLowerCase();
  if (locales.has(wanted)) return wanted;
  const primary = wanted.split('-')[0];
  return locales.has(primary) ? primary : DEFAULT_LANGUAGE;
}

export function messagesFor(lang: string): Messages {
  return locales.get(supportedLanguage(lang)) ?? fr;
}

export function availableLanguages(): string[] {
  return [...locales.keys()];
}
