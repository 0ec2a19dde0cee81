import { CivicError } from '../../core/civic-error.js';
import type { FetchFunction } from '../../core/http-json.js';
import { SharedRequests } from '../../core/shared-requests.js';
import type {
  AdapterCallOptions,
  City,
  CivicAdapter,
  LocalizedText,
  Procedure,
  ProcedureQuery,
  RequestLookup,
  ServiceRequest,
  Theme,
} from '../../model.js';
import { getOpen311, type Open311Format } from './open311-http.js';
import { toProcedure, toServiceRequest, toThemes } from './open311-mapping.js';
import {
  readDiscovery,
  readRequests,
  readServices,
  readUpdates,
  type Open311Discovery,
  type Open311Request,
  type Open311Update,
} from './open311-records.js';

export interface Open311AdapterOptions {
  /** Base URL of the GeoReport v2 API, e.g. `https://city.example/open311/v2/`; relative to the page. */
  endpoint: string;
  /** The `jurisdiction_id` of servers that serve several jurisdictions. */
  jurisdiction?: string;
  /**
   * The `api_key`. Never sent on reads (GET needs none under the specification, and a key in a
   * page is public); kept for writes, which belong behind a server-side proxy.
   */
  apiKey?: string;
  /**
   * `xml` (the format every server must serve), `json`, or `auto` (the default): JSON when the
   * city's discovery document (`discovery`) lists it for this endpoint, XML otherwise.
   */
  format?: Open311Format | 'auto';
  /**
   * The URL of the city's discovery document. The specification does not say where it lives, so
   * without it none is guessed: `auto` is then XML.
   */
  discovery?: string;
  /**
   * The city's IANA time zone ("America/Vancouver"). Without it the city's zone is unknown, and
   * dates are shown at the offset the server gave them.
   */
  timeZone?: string;
  /**
   * Read the history of requests without `notes` from mySociety's `servicerequestupdates`
   * extension (FixMyStreet, open311-adapter servers).
   */
  updates?: boolean;
  /** A fetch to use instead of the browser's (to add headers, or in tests). */
  fetch?: FetchFunction;
}

interface ServiceCatalog {
  procedures: Map<string, Procedure>;
  themes: Theme[];
}

/** Shared by every Open311 adapter of the page: keyed by URL, kept for the page's life. */
const discoveries = new SharedRequests<Open311Discovery | undefined>();
const catalogs = new SharedRequests<ServiceCatalog>();

/** The `service_request_id` list of one `requests` call stays well under URL length limits. */
const IDS_PER_CALL = 50;

/**
 * Reads an Open311 GeoReport v2 server: its services as procedures (a citizen reports the issue
 * online) and its service requests, which are public reports (no proof asked).
 */
export class Open311Adapter implements CivicAdapter {
  readonly endpoint: string;
  readonly jurisdiction?: string;
  readonly apiKey?: string;
  readonly format: Open311Format | 'auto';
  readonly updates: boolean;
  readonly discovery?: string;
  readonly timeZone?: string;
  readonly #fetch: FetchFunction;

  constructor(options: Open311AdapterOptions) {
    const base = parseEndpoint(options.endpoint);
    this.endpoint = base.href;
    this.jurisdiction = options.jurisdiction?.trim() || undefined;
    this.apiKey = options.apiKey;
    this.format = options.format === 'json' || options.format === 'xml' ? options.format : 'auto';
    this.updates = options.updates === true;
    this.discovery = options.discovery?.trim() ? parseUrl(options.discovery, 'discovery URL').href : undefined;
    this.timeZone = options.timeZone?.trim() ? checkTimeZone(options.timeZone.trim()) : undefined;
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  async getProcedure(id: string, { signal }: AdapterCallOptions): Promise<Procedure | undefined> {
    return (await this.#catalog(signal)).procedures.get(id.trim());
  }

  async listProcedures(query: ProcedureQuery, { signal }: AdapterCallOptions): Promise<Procedure[]> {
    const { procedures } = await this.#catalog(signal);
    // Open311 knows no audiences: no service is for the one asked.
    if (query.audience) return [];
    const words = fold(query.text ?? '')
      .split(/\s+/)
      .filter(Boolean);
    return [...procedures.values()].filter((p) => {
      if (query.theme && !p.themes.includes(query.theme)) return false;
      const haystack = fold([p.id, textOf(p.title), textOf(p.summary), ...p.themes, ...(p.keywords ?? [])].join(' '));
      return words.every((word) => haystack.includes(word));
    });
  }

  /** The services' groups. */
  async getThemes({ signal }: AdapterCallOptions): Promise<Theme[]> {
    return (await this.#catalog(signal)).themes;
  }

  /** Open311 knows no city: only its time zone, when the page gives it ('' when unknown). */
  async getCity(): Promise<Partial<City>> {
    return { timeZone: this.timeZone ?? '' };
  }

  /** Open311 requests are public reports: the reference alone shows them. */
  async getRequestLookup(): Promise<RequestLookup> {
    return {};
  }

  /** `GET requests/{id}.{fmt}`; `undefined` when the server does not know the reference. */
  async getRequest(
    reference: string,
    _proof: string | undefined,
    { signal }: AdapterCallOptions,
  ): Promise<ServiceRequest | undefined> {
    const id = reference.trim();
    if (!id) return undefined;
    const format = await this.#resolveFormat(signal);
    let document: unknown;
    try {
      const url = this.#url(`requests/${encodeURIComponent(id)}.${format}`, { extensions: 'true' });
      document = await getOpen311(
        url,
        format,
        REQUEST_ROOTS,
        signal,
        this.#fetch,
        this.#named(`requests/{id}.${format}`),
      );
    } catch (error) {
      if (error instanceof CivicError && error.code === 'not-found') return undefined;
      throw error;
    }
    const requests = readRequests(document);
    // Some servers answer with more than the one asked.
    const request = requests.find((r) => r.id === id) ?? requests.find((r) => r.id.toLowerCase() === id.toLowerCase());
    if (!request) return undefined;
    return toServiceRequest(request, await this.#updates([request], format, signal));
  }

  /**
   * Several requests at once (`requests.{fmt}?service_request_id=a,b`), in the order asked;
   * the ones the server does not know are left out.
   */
  async getRequests(references: readonly string[], { signal }: AdapterCallOptions): Promise<ServiceRequest[]> {
    const ids = [...new Set(references.map((r) => r.trim()).filter(Boolean))];
    if (!ids.length) return [];
    const format = await this.#resolveFormat(signal);
    // A reference with a comma cannot be listed: it is asked alone.
    const listed = ids.filter((id) => !id.includes(','));
    const alone = ids.filter((id) => id.includes(','));
    // A 404 means none of them is known.
    const ask = (url: string, name: string) =>
      getOpen311(url, format, REQUEST_ROOTS, signal, this.#fetch, this.#named(name)).then(
        readRequests,
        (error: unknown) => {
          if (error instanceof CivicError && error.code === 'not-found') return [];
          throw error;
        },
      );
    const calls: Promise<Open311Request[]>[] = [];
    for (let i = 0; i < listed.length; i += IDS_PER_CALL) {
      const list = listed
        .slice(i, i + IDS_PER_CALL)
        .map(encodeURIComponent)
        .join(',');
      calls.push(
        ask(
          this.#url(`requests.${format}`, { service_request_id: list, extensions: 'true' }, true),
          `requests.${format}?service_request_id={ids}`,
        ),
      );
    }
    for (const id of alone)
      calls.push(
        ask(
          this.#url(`requests/${encodeURIComponent(id)}.${format}`, { extensions: 'true' }),
          `requests/{id}.${format}`,
        ),
      );
    const found = new Map<string, Open311Request>();
    for (const request of (await Promise.all(calls)).flat())
      if (ids.includes(request.id) && !found.has(request.id)) found.set(request.id, request);
    const requests = ids.flatMap((id) => found.get(id) ?? []);
    const updates = await this.#updates(requests, format, signal);
    return requests.map((request) => toServiceRequest(request, updates));
  }

  /** mySociety updates of these requests (from the earliest creation on), when asked for. */
  async #updates(
    requests: readonly Open311Request[],
    format: Open311Format,
    signal: AbortSignal,
  ): Promise<Open311Update[]> {
    if (!this.updates || !requests.length || requests.every((r) => r.notes?.length)) return [];
    const starts = requests
      .map((r) => r.requested)
      .filter((d): d is string => d !== undefined)
      .sort((a, b) => Date.parse(a) - Date.parse(b));
    const url = this.#url(`servicerequestupdates.${format}`, starts.length ? { start_date: starts[0] } : {});
    try {
      return readUpdates(await getOpen311(url, format, UPDATE_ROOTS, signal, this.#fetch));
    } catch (error) {
      if (signal.aborted) throw error;
      // The request itself is what the citizen came for: show it without the updates.
      console.warn(
        `civic-elements: Open311 updates unavailable (${url}): ${error instanceof Error ? error.message : String(error)}`,
      );
      return [];
    }
  }

  #catalog(signal: AbortSignal): Promise<ServiceCatalog> {
    return this.#resolveFormat(signal).then((format) => {
      const url = this.#url(`services.${format}`);
      return catalogs.get(
        url,
        async (shared) => {
          const services = readServices(await getOpen311(url, format, ['services'], shared, this.#fetch));
          const procedures = new Map<string, Procedure>();
          for (const service of services)
            if (!procedures.has(service.code)) procedures.set(service.code, toProcedure(service));
          return { procedures, themes: toThemes(services) };
        },
        signal,
      );
    });
  }

  /** How a URL of the API is named in messages: the endpoint and a path with placeholders. */
  #named(path: string): string {
    const base = new URL(this.endpoint);
    return `${base.origin}${base.pathname}${path}`;
  }

  /** The format to ask for: the one configured, or what the city's discovery says of this endpoint. */
  async #resolveFormat(signal: AbortSignal): Promise<Open311Format> {
    if (this.format !== 'auto') return this.format;
    const url = this.discovery;
    if (!url) return 'xml';
    const discovery = await discoveries.get(
      url,
      async (shared) => {
        try {
          return readDiscovery(await getOpen311(url, 'xml', ['discovery'], shared, this.#fetch));
        } catch (error) {
          if (shared.aborted) throw error;
          return undefined; // discovery is optional: XML then
        }
      },
      signal,
    );
    return discoveryFormat(discovery, this.endpoint);
  }

  /**
   * A URL of the API: `path` against the endpoint, the endpoint's own query kept, then
   * `jurisdiction_id` and `params`. `rawValues` leaves the values as given (already encoded, so
   * the commas of an id list stay commas). Never an `api_key`.
   */
  #url(path: string, params: Record<string, string> = {}, rawValues = false, jurisdiction = true): string {
    const url = new URL(path, this.endpoint);
    const base = new URL(this.endpoint);
    const pairs = [...base.searchParams].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`);
    if (jurisdiction && this.jurisdiction) pairs.push(`jurisdiction_id=${encodeURIComponent(this.jurisdiction)}`);
    for (const [key, value] of Object.entries(params))
      pairs.push(`${key}=${rawValues ? value : encodeURIComponent(value)}`);
    url.search = pairs.join('&');
    return url.href;
  }
}

const REQUEST_ROOTS = ['service_requests', 'requests', 'request'];
const UPDATE_ROOTS = ['service_request_updates', 'request_updates'];

function parseUrl(value: string, what: string): URL {
  const text = typeof value === 'string' ? value.trim() : '';
  let url: URL | undefined;
  try {
    url = text ? new URL(text, globalThis.location?.href) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new CivicError(
      'config',
      `The Open311 ${what} must be an http(s) URL, not ${JSON.stringify(text.slice(0, 80))}`,
    );
  return url;
}

/** An IANA zone Intl knows, or a config error (a wrong zone would shift every date shown). */
function checkTimeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
  } catch {
    throw new CivicError(
      'config',
      `time-zone must be an IANA time zone like "America/Vancouver", not ${JSON.stringify(zone.slice(0, 80))}`,
    );
  }
  return zone;
}

function parseEndpoint(endpoint: string): URL {
  const url = parseUrl(endpoint, 'endpoint');
  // "…/v2" and "…/v2/" are the same API: paths are resolved inside it.
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.hash = '';
  // A key pasted into the endpoint's query is not sent with reads either.
  url.searchParams.delete('api_key');
  return url;
}

/** JSON when discovery lists it for this endpoint (or, failing a match, its first GeoReport v2 production endpoint). */
export function discoveryFormat(discovery: Open311Discovery | undefined, endpoint: string): Open311Format {
  if (!discovery) return 'xml';
  const same = (url: string | undefined) => url !== undefined && comparable(url) === comparable(endpoint);
  const v2 = discovery.endpoints.filter((e) => /georeport[_ ]?v2/i.test(e.specification ?? ''));
  const chosen =
    discovery.endpoints.find((e) => same(e.url)) ??
    v2.find((e) => (e.type ?? '').toLowerCase() === 'production') ??
    (v2.length === 1 ? v2[0] : undefined);
  return chosen?.formats.some((f) => /json/i.test(f)) ? 'json' : 'xml';
}

/** A URL without scheme, query or trailing slash, to match discovery's endpoint URLs. */
function comparable(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return url;
  }
}

const textOf = (text: LocalizedText | undefined): string =>
  text === undefined ? '' : typeof text === 'string' ? text : Object.values(text).join(' ');

/** Lower case without accents, for text search. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}
