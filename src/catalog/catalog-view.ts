import { activeHighlights, type CatalogData, type CatalogHighlight } from '../data/catalog-store.js';
import type { Procedure } from '../model.js';
import type { SearchEngine, SearchHit } from './search-index.types.js';

/**
 * What <civic-catalog> lists for a query and its filters: the results in order, and the count
 * each filter's choice would give with the current query (so a reader sees where results are
 * before choosing). Pure: the element renders it.
 */
export interface CatalogRow {
  procedure: Procedure;
  /** Where the query matched (highlighting), when there is a query. */
  hit?: SearchHit;
  /** The city's highlight, when there is no query and it is not past. */
  highlight?: CatalogHighlight;
}

export interface CatalogView {
  rows: CatalogRow[];
  /** Theme id ("" for every theme) -> results with the current query and audience. */
  themeCounts: Map<string, number>;
  /** Audience id ("" for every audience) -> results with the current query and theme. */
  audienceCounts: Map<string, number>;
}

export interface CatalogQuery {
  /** What the reader typed; blank for the default order. */
  query: string;
  /** Theme and audience ids, "" for all. */
  theme: string;
  audience: string;
  /** "YYYY-MM-DD" in the city's time zone: highlights up to this day (inclusive) are shown. */
  today: string;
  /** The search engine over `data.procedures`, for a query. */
  engine?: SearchEngine;
}

/** A filter's value when the catalog knows it (or knows no such list), "" otherwise. */
export function knownFilter(value: string | undefined, known: readonly { id: string }[]): string {
  const id = value?.trim() ?? '';
  return id && (!known.length || known.some((k) => k.id === id)) ? id : '';
}

/**
 * Results, best first. With a query: the engine's order. Without: the city's highlights still
 * shown (in the city's order), then the most requested first (popularity, then the catalog's order).
 */
export function catalogView(data: CatalogData, { query, theme, audience, today, engine }: CatalogQuery): CatalogView {
  const byId = new Map(data.procedures.map((p) => [p.id, p]));
  let matches: CatalogRow[];
  if (query.trim() && engine) {
    matches = engine.search(query, data.procedures.length).flatMap((hit) => {
      const procedure = byId.get(hit.id);
      return procedure ? [{ procedure, hit }] : [];
    });
  } else {
    const pinned = new Map<string, CatalogHighlight>();
    for (const h of activeHighlights(data.highlights, today)) if (!pinned.has(h.procedure)) pinned.set(h.procedure, h);
    const rest = data.procedures
      .filter((p) => !pinned.has(p.id))
      .sort((a, b) => (b.popularity ?? 0) - (a.popularity ?? 0));
    matches = [
      ...[...pinned.values()].map((highlight) => ({ procedure: byId.get(highlight.procedure)!, highlight })),
      ...rest.map((procedure) => ({ procedure })),
    ];
  }
  const inTheme = (p: Procedure) => !theme || p.themes.includes(theme);
  const forAudience = (p: Procedure) => !audience || p.audiences.includes(audience);
  const themeCounts = new Map<string, number>();
  const audienceCounts = new Map<string, number>();
  const count = (counts: Map<string, number>, ids: readonly string[]) => {
    for (const id of new Set(['', ...ids])) counts.set(id, (counts.get(id) ?? 0) + 1);
  };
  for (const { procedure } of matches) {
    if (forAudience(procedure)) count(themeCounts, procedure.themes);
    if (inTheme(procedure)) count(audienceCounts, procedure.audiences);
  }
  return {
    rows: matches.filter(({ procedure }) => inTheme(procedure) && forAudience(procedure)),
    themeCounts,
    audienceCounts,
  };
}
