import type { LocalizedText } from '../model.js';

/**
 * The text in the reader's language: exact tag, then its primary language ("fr-CH" -> "fr"),
 * then the catalog's default language, then any translation. Never returns a non-string.
 */
export function pickText(text: LocalizedText | undefined, lang: string, defaultLang = 'fr'): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  if (typeof text !== 'object') return '';
  const wanted = lang.toLowerCase();
  const primary = wanted.split('-')[0];
  const keys = Object.keys(text);
  const find = (tag: string) => keys.find((k) => k.toLowerCase() === tag);
  const key =
    find(wanted) ??
    find(primary) ??
    keys.find((k) => k.toLowerCase().split('-')[0] === primary) ??
    find(defaultLang) ??
    keys[0];
  const value = key === undefined ? undefined : text[key];
  return typeof value === 'string' ? value : '';
}
