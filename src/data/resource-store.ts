import { CivicError } from '../core/civic-error.js';
import { ANNUAIRE_RECORDS_URL, annuaireRecordUrl, officeFromAnnuaireAnswer } from '../directory/annuaire-office.js';
import type { CivicAdapter, City, Office, Procedure } from '../model.js';
import { fetchJson, type FetchFunction } from './http-json.js';
import { checkProcedure } from './procedure-check.js';
import { SharedRequests } from './shared-requests.js';
import { DEFAULT_TIMEOUT_MS, withTimeout } from './with-timeout.js';

/**
 * What elements call instead of the adapter: one shared request per resource, results kept for
 * the page, a time-out on every call, and "not found" and "unsupported" as errors with codes.
 */
export interface StoreOptions {
  timeoutMs?: number;
  /** Records endpoint of the national directory of offices (Annuaire de l'administration). */
  directory?: string;
  fetch?: FetchFunction;
}

/** A city that says nothing about itself is French, in Paris time. */
export const DEFAULT_CITY: City = { name: '', country: 'FR', timeZone: 'Europe/Paris', defaultLanguage: 'fr' };

/** Offices of the national directory are the same for every provider of the page. */
const directoryOffices = new SharedRequests<Office | undefined>();

export class ResourceStore {
  readonly adapter: CivicAdapter;
  readonly timeoutMs: number;
  readonly #options: StoreOptions;
  #requests = new SharedRequests<unknown>();

  constructor(adapter: CivicAdapter, options: StoreOptions = {}) {
    this.adapter = adapter;
    this.timeoutMs = options.timeoutMs && options.timeoutMs > 0 ? options.timeoutMs : DEFAULT_TIMEOUT_MS;
    this.#options = options;
  }

  /** The city of the catalogue (time zone and country of opening hours). */
  city(signal: AbortSignal): Promise<City> {
    return this.#call('city', signal, async (options) => ({ ...DEFAULT_CITY, ...(await this.adapter.getCity?.(options)) }));
  }

  /**
   * An office of the national directory by its identifier, fetched once per page. It answers
   * from the browser (no key, CORS open); a city can point `directory` at its own mirror.
   */
  directoryOffice(directoryId: string, signal: AbortSignal): Promise<Office> {
    const url = annuaireRecordUrl(directoryId, this.#options.directory ?? ANNUAIRE_RECORDS_URL);
    const start = (shared: AbortSignal) =>
      withTimeout(async (timed) => officeFromAnnuaireAnswer(await fetchJson(url, timed, this.#options.fetch), directoryId), this.timeoutMs, shared);
    return directoryOffices.get(url, start, signal).then((office) => office ?? Promise.reject(new CivicError('not-found', `No office "${directoryId}" in the directory`)));
  }

  procedure(id: string, signal: AbortSignal): Promise<Procedure> {
    return this.#call(`procedure:${id}`, signal, async (options) => {
      if (typeof this.adapter.getProcedure !== 'function') throw unsupported('getProcedure');
      const raw: unknown = await this.adapter.getProcedure(id, options);
      if (raw === undefined || raw === null) throw new CivicError('not-found', `No procedure "${id}"`);
      let checked;
      try {
        checked = checkProcedure(raw, `procedure "${id}"`);
      } catch (error) {
        console.warn(`civic-elements: procedure "${id}" cannot be shown:\n- ${(error as CivicError).details.join('\n- ')}`);
        throw error;
      }
      const { procedure, warnings } = checked;
      if (warnings.length) console.warn(`civic-elements: procedure "${id}": parts left out:\n- ${warnings.join('\n- ')}`);
      return procedure;
    });
  }

  #call<T>(key: string, signal: AbortSignal, run: (options: { signal: AbortSignal }) => Promise<T>): Promise<T> {
    const start = (shared: AbortSignal) => withTimeout((timed) => run({ signal: timed }), this.timeoutMs, shared);
    return this.#requests.get(key, start, signal) as Promise<T>;
  }
}

function unsupported(method: string): CivicError {
  return new CivicError('unsupported', `The adapter has no ${method}() method`);
}
