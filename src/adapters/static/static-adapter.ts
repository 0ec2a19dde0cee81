import { CivicError } from '../../core/civic-error.js';
import { fetchJson, type FetchFunction } from '../../core/http-json.js';
import { SharedRequests } from '../../core/shared-requests.js';
import type {
  AdapterCallOptions,
  Audience,
  CatalogHighlight,
  CatalogSynonyms,
  City,
  CivicAdapter,
  Procedure,
  ProcedureQuery,
  Theme,
} from '../../model.js';
import { readCatalog, type CatalogContent } from './catalog-reader.js';

export interface StaticAdapterOptions {
  /** URL of the catalog JSON file, relative to the page. */
  src: string;
  /** A fetch to use instead of the browser's (to add headers, or in tests). */
  fetch?: FetchFunction;
}

/**
 * Shared by every static adapter of the page, so two providers pointing at the same file (or
 * fifty badges) make one HTTP request.
 */
const catalogs = new SharedRequests<CatalogContent>();
const warnedAbout = new Set<string>();

/** Reads the catalog file a city publishes (see schema/catalog.schema.json). */
export class StaticAdapter implements CivicAdapter {
  readonly src: string;
  readonly #fetch?: FetchFunction;

  constructor(options: StaticAdapterOptions) {
    this.src = new URL(options.src, globalThis.location?.href).href;
    this.#fetch = options.fetch;
  }

  async getProcedure(id: string, { signal }: AdapterCallOptions): Promise<Procedure | undefined> {
    // Returned as read: the data layer checks every procedure, whatever its adapter.
    return (await this.#load(signal)).procedures.get(id) as Procedure | undefined;
  }

  async getCity({ signal }: AdapterCallOptions): Promise<Partial<City> | undefined> {
    return (await this.#load(signal)).city as Partial<City> | undefined;
  }

  /**
   * The procedures of the file in its order, as read (the data layer checks them): those of a
   * theme or an audience when asked, and those whose title, summary or keywords hold every word
   * of `text`, case and accents ignored (a plain match: <civic-catalog> asks for all and searches
   * with its own engine).
   */
  async listProcedures(
    { theme, audience, text = '' }: ProcedureQuery,
    options: AdapterCallOptions,
  ): Promise<Procedure[]> {
    const fold = (s: string) =>
      s
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
    const words = fold(text).split(/\s+/);
    // A wrong "themes" (not a list) does not matter here: the data layer refuses that procedure.
    return ([...(await this.#part('procedures', options)).values()] as Procedure[]).filter((p) => {
      const said = fold(JSON.stringify([p.title, p.summary, p.keywords]));
      return (
        (!theme || p.themes?.includes?.(theme)) &&
        (!audience || p.audiences?.includes?.(audience)) &&
        words.every((w) => said.includes(w))
      );
    });
  }

  /** The file's themes, audiences, `synonyms` and `highlights`, as read: the data layer checks them. */
  getThemes(options: AdapterCallOptions): Promise<Theme[]> {
    return this.#part('themes', options) as Promise<Theme[]>;
  }

  getAudiences(options: AdapterCallOptions): Promise<Audience[]> {
    return this.#part('audiences', options) as Promise<Audience[]>;
  }

  getSynonyms(options: AdapterCallOptions): Promise<CatalogSynonyms | undefined> {
    return this.#part('synonyms', options) as Promise<CatalogSynonyms | undefined>;
  }

  getHighlights(options: AdapterCallOptions): Promise<CatalogHighlight[] | undefined> {
    return this.#part('highlights', options) as Promise<CatalogHighlight[] | undefined>;
  }

  /** A part of the file, as read. */
  async #part<K extends keyof CatalogContent>(key: K, { signal }: AdapterCallOptions): Promise<CatalogContent[K]> {
    return (await this.#load(signal))[key];
  }

  #load(signal: AbortSignal): Promise<CatalogContent> {
    return catalogs.get(
      this.src,
      async (shared) => {
        const reading = readCatalog(await fetchJson(this.src, shared, this.#fetch));
        if (!reading.ok) {
          throw new CivicError('invalid-data', `${this.src} is not a valid catalog`, { details: reading.errors });
        }
        const { warnings } = reading.catalog;
        if (warnings.length && !warnedAbout.has(this.src)) {
          warnedAbout.add(this.src);
          console.warn(
            `civic-elements: ${this.src} has ${warnings.length} problem(s); the parts concerned are left out:\n- ${warnings.join('\n- ')}`,
          );
        }
        return reading.catalog;
      },
      signal,
    );
  }
}
