import type { Messages } from './locales/fr.js';

/**
 * The library's own strings, kept in this module and nowhere global, so they never clash with
 * the host page's i18n. French, the default, is always there; the other languages of the library
 * are loaded when a page first needs them, so a page pays only for the languages it shows.
 */
export const DEFAULT_LANGUAGE = 'fr';

/** French is not in this map: each element brings its own French sections (see LocaleController). */
const loaded = new Map<string, Messages>();
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

/** The languages that ship with the library: a new language is its file plus one line here. */
const shipped: Record<string, () => Promise<Messages>> = {
  en: () => import('./locales/en.js').then((m) => m.en),
  it: () => import('./locales/it.js').then((m) => m.it),
  de: () => import('./locales/de.js').then((m) => m.de),
  'pt-br': () => import('./locales/pt-BR.js').then((m) => m.ptBR),
};

/** Adds or replaces a language, e.g. `registerLocale('es', es)`; elements on the page re-render. */
export function registerLocale(lang: string, messages: Messages): void {
  loaded.set(lang.toLowerCase(), messages);
  for (const listener of listeners) listener();
}

export function onLocalesChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The language we speak for a tag: "fr-CH" -> "fr", "pt" -> "pt-br", "es" -> "fr" (fallback). */
export function supportedLanguage(tag: string): string {
  const known = availableLanguages();
  const wanted = tag.toLowerCase();
  const primary = wanted.split('-')[0];
  return (
    known.find((k) => k === wanted) ??
    known.find((k) => k === primary) ??
    known.find((k) => k.split('-')[0] === primary) ??
    DEFAULT_LANGUAGE
  );
}

/** The strings of a supported language if they are here already (French: see the controller). */
export function loadedMessages(language: string): Messages | undefined {
  return loaded.get(language);
}

/** Loads a shipped language once per page; a failure leaves French, with a console warning. */
export function loadMessages(language: string): Promise<void> {
  let promise = loading.get(language);
  if (!promise) {
    const load = Object.hasOwn(shipped, language) ? shipped[language] : undefined;
    promise = load
      ? load().then(
          (messages) => void loaded.set(language, messages),
          (error: unknown) =>
            console.warn(`civic-elements: the "${language}" strings could not be loaded; French is used.`, error),
        )
      : Promise.resolve();
    loading.set(language, promise);
  }
  return promise;
}

export function availableLanguages(): string[] {
  return [...new Set([DEFAULT_LANGUAGE, ...loaded.keys(), ...Object.keys(shipped)])];
}
