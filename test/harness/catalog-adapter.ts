import { CivicError, type CivicErrorCode } from '../../src/core/civic-error.js';
import type { CatalogHighlight, CatalogSynonyms } from '../../src/data/catalog-store.js';
import type { AdapterCallOptions, Audience, CivicAdapter, City, Procedure, Theme } from '../../src/model.js';
import { catalogAudiences, catalogSynonyms, catalogThemes, saintAurel, voteHighlight } from './sample-catalog.js';

export interface CatalogAdapterOptions {
  /** Milliseconds before each answer (0: next microtask). `Infinity`: never answers. */
  delay?: number;
  /** Every call fails with this code. */
  failWith?: CivicErrorCode;
  /** Leaves `listProcedures` out: a backend that cannot list procedures. */
  noList?: boolean;
  /** What `getThemes`, `getAudiences`, `getSynonyms` and `getHighlights` answer (wrong shapes allowed). */
  themes?: unknown;
  audiences?: unknown;
  synonyms?: unknown;
  highlights?: unknown;
  city?: Partial<City>;
}

export type CatalogAdapter = CivicAdapter & {
  /** Every call, in order: "listProcedures", "getThemes", "getProcedure:<id>"… */
  calls: string[];
};

/**
 * A backend that lists procedures held in memory, with themes, audiences, synonyms and highlights
 * (the vote highlight when the list has the "listes" procedure). It answers late or fails on
 * demand, honours the abort signal, and hands out copies as a real backend would.
 */
export function catalogAdapter(list: readonly unknown[], options: CatalogAdapterOptions = {}): CatalogAdapter {
  const calls: string[] = [];
  const answer = <T>(call: string, value: () => T, { signal }: AdapterCallOptions) =>
    new Promise<T>((resolve, reject) => {
      calls.push(call);
      const fail = () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
      if (signal.aborted) return fail();
      signal.addEventListener('abort', fail, { once: true });
      const done = () =>
        options.failWith
          ? reject(new CivicError(options.failWith, `fails with ${options.failWith}`))
          : resolve(structuredClone(value()));
      if (options.delay === Infinity) return;
      if (options.delay) setTimeout(done, options.delay);
      else queueMicrotask(done);
    });
  const adapter: CatalogAdapter = {
    calls,
    getProcedure: (id, o) =>
      answer(`getProcedure:${id}`, () => list.find((p) => (p as Procedure).id === id) as Procedure | undefined, o),
    getCity: (o) => answer('getCity', () => options.city ?? saintAurel, o),
    getThemes: (o) => answer('getThemes', () => (options.themes ?? catalogThemes) as Theme[], o),
    getAudiences: (o) => answer('getAudiences', () => (options.audiences ?? catalogAudiences) as Audience[], o),
    getSynonyms: (o) => answer('getSynonyms', () => (options.synonyms ?? catalogSynonyms) as CatalogSynonyms, o),
    getHighlights: (o) =>
      answer(
        'getHighlights',
        () =>
          (options.highlights ??
            (list.some((p) => (p as Procedure).id === 'listes') ? [voteHighlight] : [])) as CatalogHighlight[],
        o,
      ),
  };
  if (!options.noList) adapter.listProcedures = (_query, o) => answer('listProcedures', () => list as Procedure[], o);
  return adapter;
}
