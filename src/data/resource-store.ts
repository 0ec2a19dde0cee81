import { CivicError } from '../core/civic-error.js';
import type { CivicAdapter, Procedure } from '../model.js';
import type { FetchFunction } from '../core/http-json.js';
import { checkProcedure } from './procedure-check.js';
import { SharedRequests } from '../core/shared-requests.js';
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

export class ResourceStore {
  readonly adapter: CivicAdapter;
  readonly timeoutMs: number;
  /** Settings for the services elements reach through the store (the national directory…). */
  readonly options: StoreOptions;
  #requests = new SharedRequests<unknown>();

  constructor(adapter: CivicAdapter, options: StoreOptions = {}) {
    this.adapter = adapter;
    this.timeoutMs = options.timeoutMs && options.timeoutMs > 0 ? options.timeoutMs : DEFAULT_TIMEOUT_MS;
    this.options = options;
  }

  procedure(id: string, signal: AbortSignal): Promise<Procedure> {
    return this.shared(`procedure:${id}`, signal, async (options) => {
      if (typeof this.adapter.getProcedure !== 'function') throw unsupported('getProcedure');
      const raw: unknown = await this.adapter.getProcedure(id, options);
      if (raw === undefined || raw === null) throw new CivicError('not-found', `No procedure "${id}"`);
      let checked;
      try {
        checked = checkProcedure(raw, `procedure "${id}"`);
      } catch (error) {
        console.warn(
          `civic-elements: procedure "${id}" cannot be shown:\n- ${(error as CivicError).details.join('\n- ')}`,
        );
        throw error;
      }
      const { procedure, warnings } = checked;
      if (warnings.length)
        console.warn(`civic-elements: procedure "${id}": parts left out:\n- ${warnings.join('\n- ')}`);
      return procedure;
    });
  }

  /** One call of its own, not shared nor kept, within the time-out (a citizen's own data). */
  once<T>(signal: AbortSignal, run: (options: { signal: AbortSignal }) => Promise<T>): Promise<T> {
    if (signal.aborted) return Promise.reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
    return withTimeout((timed) => run({ signal: timed }), this.timeoutMs, signal);
  }

  /** A call shared by every element that asks the same `key`, kept for the page, within the time-out. */
  shared<T>(key: string, signal: AbortSignal, run: (options: { signal: AbortSignal }) => Promise<T>): Promise<T> {
    const start = (shared: AbortSignal) => withTimeout((timed) => run({ signal: timed }), this.timeoutMs, shared);
    return this.#requests.get(key, start, signal) as Promise<T>;
  }
}

export function unsupported(method: string): CivicError {
  return new CivicError('unsupported', `The adapter has no ${method}() method`);
}
