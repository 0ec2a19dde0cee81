import { CivicError } from '../../core/civic-error.js';
import { fetchJson, type FetchFunction } from '../../data/http-json.js';
import { SharedRequests } from '../../data/shared-requests.js';
import type { AdapterCallOptions, CivicAdapter, City, Procedure } from '../../model.js';
import { readCatalog, type CatalogContent } from './catalog-reader.js';

export interface StaticAdapterOptions {
  /** URL of the catalogue JSON file, relative to the page. */
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

/** Reads the catalogue file a city publishes (see schema/catalog.schema.json). */
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

  #load(signal: AbortSignal): Promise<CatalogContent> {
    return catalogs.get(this.src, async (shared) => {
      const reading = readCatalog(await fetchJson(this.src, shared, this.#fetch));
      if (!reading.ok) {
        throw new CivicError('invalid-data', `${this.src} is not a valid catalogue`, { details: reading.errors });
      }
      const { warnings } = reading.catalog;
      if (warnings.length && !warnedAbout.has(this.src)) {
        warnedAbout.add(this.src);
        console.warn(`civic-elements: ${this.src} has ${warnings.length} problem(s); the parts concerned are left out:\n- ${warnings.join('\n- ')}`);
      }
      return reading.catalog;
    }, signal);
  }
}
