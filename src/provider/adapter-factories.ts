import type { FetchFunction } from '../data/http-json.js';
import type { CivicAdapter } from '../model.js';

/** What a provider's attributes say about the backend. */
export interface AdapterConfig {
  src?: string;
  endpoint?: string;
  /** Open311: the `jurisdiction_id` of servers that serve several jurisdictions. */
  jurisdiction?: string;
  /** Open311: the `api_key`, sent only on writes (which belong behind a server-side proxy). */
  apiKey?: string;
  fetch?: FetchFunction;
}

export type AdapterFactory = (config: AdapterConfig) => CivicAdapter;

/**
 * Adapters a provider can build from its `adapter="name"` attribute. Each adapter's module
 * registers itself; the ones that ship with the library are loaded the first time a page names
 * them, so a page pays only for the backend it uses.
 */
const factories = new Map<string, AdapterFactory>();

const shipped: Record<string, () => Promise<unknown>> = {
  open311: () => import('../adapters/open311/register.js'),
  rest: () => import('../adapters/rest/register.js'),
};
const loading = new Map<string, Promise<void>>();

export function registerAdapter(name: string, factory: AdapterFactory): void {
  factories.set(name, factory);
}

export function adapterFactory(name: string): AdapterFactory | undefined {
  return factories.get(name);
}

/** Loads a shipped adapter once per page; resolves when it is registered (or cannot be). */
export function loadAdapter(name: string): Promise<void> | undefined {
  if (factories.has(name) || !Object.hasOwn(shipped, name)) return undefined;
  let promise = loading.get(name);
  if (!promise) {
    promise = shipped[name]().then(
      () => undefined,
      (error: unknown) => console.error(`civic-elements: the "${name}" adapter could not be loaded.`, error),
    );
    loading.set(name, promise);
  }
  return promise;
}
