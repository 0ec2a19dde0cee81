import type { FetchFunction } from '../core/http-json.js';
import type { CivicAdapter } from '../model.js';

/** What a provider's attributes say about the backend. */
export interface AdapterConfig {
  src?: string;
  endpoint?: string;
  /** Open311: the `jurisdiction_id` of servers that serve several jurisdictions. */
  jurisdiction?: string;
  /** Open311: the `api_key`, sent only on writes (which belong behind a server-side proxy). */
  apiKey?: string;
  /** Open311: `xml` or `json`; anything else lets the adapter choose. */
  format?: string;
  /** Open311: read request histories from mySociety's `servicerequestupdates`. */
  updates?: boolean;
  /** Open311: the URL of the city's discovery document. */
  discovery?: string;
  /** The city's IANA time zone, for adapters whose backend does not say it. */
  timeZone?: string;
  fetch?: FetchFunction;
}

/** Builds an adapter from a provider's attributes. */
export type AdapterFactory = (config: AdapterConfig) => CivicAdapter;
