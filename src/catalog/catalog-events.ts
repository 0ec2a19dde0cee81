import type { CatalogData } from '../data/catalog-store.js';
import type { Audience, Procedure, Theme } from '../model.js';

/** Detail of `civic-load`: the catalog as checked (procedures that fail the check are left out). */
export interface CatalogLoadDetail {
  procedures: Procedure[];
  themes: Theme[];
  audiences: Audience[];
}

/** Detail of `civic-search`, sent once the reader pauses: the search and how many results it gives. */
export interface CatalogSearchDetail {
  /** What the reader typed, trimmed ("" for none). */
  query: string;
  /** Theme and audience ids, "" for all. */
  theme: string;
  audience: string;
  count: number;
}

export function loadDetail({ procedures, themes, audiences }: CatalogData): CatalogLoadDetail {
  return { procedures, themes, audiences };
}
