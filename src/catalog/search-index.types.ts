/**
 * The contract between <civic-catalog> and its search engine (search-index.ts). Texts are in the
 * reader's language; an index is built per language.
 */
export interface SearchDocument {
  id: string;
  title: string;
  summary?: string;
  /** Words citizens use for it: synonyms, former names, acronyms ("CNI"). */
  keywords?: string[];
  /** Higher is more requested: breaks ties, and orders results when there is no query. */
  popularity?: number;
}

export interface SearchOptions {
  /** Language of the texts ("fr", "en", …): stop words and plural rules. */
  lang?: string;
  /** The catalog's synonyms: a word or phrase citizens type -> what the catalog says. */
  synonyms?: Record<string, string[]>;
}

/** [start, end) offsets in the original text, for highlighting. */
export type TextRange = readonly [number, number];

export interface SearchHit {
  id: string;
  score: number;
  /** Where the query matched, in the original (not normalised) title and summary. */
  highlights: { title: TextRange[]; summary: TextRange[] };
}

export interface SearchEngine {
  /** Best first; an empty or stop-word-only query gives []. */
  search(query: string, limit?: number): SearchHit[];
  readonly size: number;
}
