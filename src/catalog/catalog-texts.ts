import { pickText } from '../core/localized-text.js';
import { catalogData, type CatalogData } from '../data/catalog-store.js';
import { cityOf, DEFAULT_CITY } from '../data/city.js';
import type { ResourceStore } from '../data/resource-store.js';
import type { City } from '../model.js';
import { SearchIndex } from './search-index.js';
import type { SearchEngine } from './search-index.types.js';

/** The catalog, and the city whose day decides which highlights are still shown. */
export interface LoadedCatalog {
  data: CatalogData;
  city: City;
}

export async function loadCatalog(store: ResourceStore, signal: AbortSignal): Promise<LoadedCatalog> {
  const [data, city] = await Promise.all([catalogData(store, signal), cityOf(store, signal).catch(() => DEFAULT_CITY)]);
  return { data, city };
}

/** The catalog's texts in one language, and the search engine over them. */
export interface CatalogTexts {
  lang: string;
  data: CatalogData;
  engine: SearchEngine;
  titles: Map<string, string>;
  summaries: Map<string, string>;
  themes: Map<string, string>;
  audiences: Map<string, string>;
}

/** Builds the texts in `lang` (the city's language for what is not translated) and their index. */
export function catalogTexts(data: CatalogData, city: City, lang: string): CatalogTexts {
  const pick = (text: Parameters<typeof pickText>[0]) => pickText(text, lang, city.defaultLanguage);
  const themes = new Map(data.themes.map((t) => [t.id, pick(t.title)]));
  const audiences = new Map(data.audiences.map((a) => [a.id, pick(a.title)]));
  const titles = new Map<string, string>();
  const summaries = new Map<string, string>();
  const documents = data.procedures.map((p) => {
    titles.set(p.id, pick(p.title));
    summaries.set(p.id, pick(p.summary));
    // The theme's name is a word citizens use too ("état civil").
    const keywords = [...(p.keywords ?? []), ...p.themes.flatMap((id) => themes.get(id) ?? [])];
    return {
      id: p.id,
      title: titles.get(p.id)!,
      summary: summaries.get(p.id) || undefined,
      keywords,
      popularity: p.popularity,
    };
  });
  const engine = new SearchIndex(documents, { lang, synonyms: data.synonyms });
  return { lang, data, engine, titles, summaries, themes, audiences };
}
