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
 * Adapters a provider can build from its `adapter="name"` attribute. Each adapter's entry point
 * registers itself, so a page only loads the adapters it names.
 */
const factories = new Map<string, AdapterFactory>();

export function registerAdapter(name: string, factory: AdapterFactory): void {
  factories.set(name, factory);
}

export function adapterFactory(name: string): AdapterFactory | undefined {
  return factories.get(name);
}
