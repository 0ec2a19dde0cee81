import { CivicError, type CivicErrorCode } from '../../core/civic-error.js';
import type { FetchFunction } from '../../core/http-json.js';
import type {
  AdapterCallOptions,
  CivicAdapter,
  City,
  Procedure,
  ProcedureQuery,
  RequestLookup,
  ServiceRequest,
} from '../../model.js';

/**
 * The adapter for a city back-end that implements the REST contract of
 * `schema/rest-api.openapi.json`:
 *
 *   GET  city                 getCity
 *   GET  procedures           listProcedures (?theme=&audience=&text=)
 *   GET  procedures/{id}      getProcedure
 *   GET  request-lookup       getRequestLookup
 *   POST requests/lookup      getRequest — {reference, proof} in the JSON body, never in a URL
 *   GET  me/requests          listMyRequests — with the host page's session headers, and only there
 *
 * Answers are returned as received (the data layer checks every procedure and request, whatever
 * its adapter); only their JSON type is checked here. Errors become CivicErrors: the `code`,
 * `detail` and `errors` of the body's problem details (RFC 9457) when the back-end sends them,
 * the HTTP status otherwise. The contract's first error format, `{code, message, details}`, is
 * still read: a city's back-end may not have moved yet.
 */
export interface RestAdapterOptions {
  /** Base URL of the API, relative to the page: `https://city.example/api/civic/`. */
  endpoint: string;
  /** A fetch to use instead of the browser's (to add headers, or in tests). */
  fetch?: FetchFunction;
}

/** Which operation answered, for what a bare status means. */
type Operation = 'catalog' | 'lookup' | 'me';

/** Codes a back-end may send in its error body; anything else is read from the status. */
const SERVER_CODES: ReadonlySet<CivicErrorCode> = new Set<CivicErrorCode>([
  'not-found',
  'wrong-proof',
  'too-many-attempts',
  'unauthorized',
  'invalid-data',
  'http',
  'network',
  'timeout',
]);

const MAX_DETAILS = 20;
const MAX_DETAIL_LENGTH = 500;

interface Call {
  path: string;
  operation: Operation;
  signal: AbortSignal;
  method?: 'GET' | 'POST';
  body?: unknown;
  headers?: Record<string, string>;
  /** A "not found" answer is `undefined` (the model's "not found") rather than an error. */
  optional?: boolean;
}

export class RestAdapter implements CivicAdapter {
  /** The absolute base URL, ending with "/". */
  readonly endpoint: string;
  readonly #fetch: FetchFunction;

  constructor(options: RestAdapterOptions) {
    if (!options.endpoint) throw new Error('the rest adapter needs an endpoint: the base URL of the API');
    const base = new URL(options.endpoint, globalThis.location?.href);
    if (base.protocol !== 'https:' && base.protocol !== 'http:')
      throw new Error(`the rest adapter's endpoint must be an http(s) URL, not ${base.protocol}`);
    base.search = '';
    base.hash = '';
    // "…/api/civic" and "…/api/civic/" are the same API: relative paths resolve under it.
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    this.endpoint = base.href;
    this.#fetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  }

  async getProcedure(id: string, { signal }: AdapterCallOptions): Promise<Procedure | undefined> {
    const data = await this.#call({
      path: `procedures/${encodeURIComponent(id)}`,
      operation: 'catalog',
      signal,
      optional: true,
    });
    return data === undefined ? undefined : (expectObject(data, 'procedures/{id}') as unknown as Procedure);
  }

  async listProcedures(query: ProcedureQuery, { signal }: AdapterCallOptions): Promise<Procedure[]> {
    const search = new URLSearchParams();
    for (const key of ['theme', 'audience', 'text'] as const) {
      const value = query[key]?.trim();
      if (value) search.set(key, value);
    }
    const path = search.toString() ? `procedures?${search.toString()}` : 'procedures';
    return expectList(await this.#call({ path, operation: 'catalog', signal }), 'procedures') as Procedure[];
  }

  async getCity({ signal }: AdapterCallOptions): Promise<Partial<City> | undefined> {
    const data = await this.#call({ path: 'city', operation: 'catalog', signal, optional: true });
    return data === undefined ? undefined : expectObject(data, 'city');
  }

  async getRequestLookup({ signal }: AdapterCallOptions): Promise<RequestLookup> {
    return expectObject(await this.#call({ path: 'request-lookup', operation: 'catalog', signal }), 'request-lookup');
  }

  async getRequest(
    reference: string,
    proof: string | undefined,
    { signal }: AdapterCallOptions,
  ): Promise<ServiceRequest | undefined> {
    // In the body of a POST: the reference and the proof never appear in a URL or an access log.
    const body = proof === undefined || proof === '' ? { reference } : { reference, proof };
    const data = await this.#call({
      path: 'requests/lookup',
      operation: 'lookup',
      method: 'POST',
      body,
      signal,
      optional: true,
    });
    return data === undefined ? undefined : (expectObject(data, 'requests/lookup') as unknown as ServiceRequest);
  }

  async listMyRequests({ signal, session }: AdapterCallOptions): Promise<ServiceRequest[]> {
    const headers = session ? await sessionHeaders(session) : {};
    if (signal.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
    return expectList(
      await this.#call({ path: 'me/requests', operation: 'me', headers, signal }),
      'me/requests',
    ) as ServiceRequest[];
  }

  /** One HTTP exchange: the parsed JSON, or `undefined` for "not found" when the call is optional. */
  async #call({
    path,
    operation,
    signal,
    method = 'GET',
    body,
    headers = {},
    optional = false,
  }: Call): Promise<unknown> {
    const url = new URL(path, this.endpoint).href;
    const init: RequestInit = {
      method,
      signal,
      // Cookies go to the page's own origin only; a cross-origin back-end gets the session headers.
      credentials: 'same-origin',
      headers: { ...headers, accept: 'application/json' },
    };
    if (operation !== 'catalog') init.cache = 'no-store';
    if (body !== undefined) {
      init.body = JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] = 'application/json';
    }
    let response: Response;
    try {
      response = await this.#fetch(url, init);
    } catch (error) {
      if (signal.aborted) throw signal.reason ?? error;
      throw new CivicError('network', `Could not reach ${describe(url)}`, { cause: error });
    }
    if (!response.ok) {
      const error = await failure(response, url, operation, signal);
      if (optional && error.code === 'not-found') return undefined;
      throw error;
    }
    const text = await readBody(response, signal);
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new CivicError('invalid-json', `${describe(url)} did not answer JSON`, {
        cause: error,
        details: [String(error)],
        status: response.status,
      });
    }
  }
}

async function readBody(response: Response, signal: AbortSignal): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    if (signal.aborted) throw signal.reason ?? error;
    throw new CivicError('network', 'The answer was cut off', { cause: error, status: response.status });
  }
}

/** What a failed answer means, from its error body when there is one, from its status otherwise. */
async function failure(
  response: Response,
  url: string,
  operation: Operation,
  signal: AbortSignal,
): Promise<CivicError> {
  const { status } = response;
  let body: unknown;
  try {
    body = JSON.parse(await response.text());
  } catch {
    body = undefined; // an HTML error page, an empty body…
  }
  if (signal.aborted) throw signal.reason ?? new DOMException('Aborted', 'AbortError');
  const said =
    isObject(body) && typeof body.code === 'string' && SERVER_CODES.has(body.code as CivicErrorCode)
      ? (body.code as CivicErrorCode)
      : undefined;
  const code = said ?? codeForStatus(status, operation);
  const details: string[] = [];
  const facts = isObject(body) ? (Array.isArray(body.errors) ? body.errors : body.details) : undefined;
  if (Array.isArray(facts)) {
    for (const d of facts.slice(0, MAX_DETAILS)) if (typeof d === 'string') details.push(d.slice(0, MAX_DETAIL_LENGTH));
  }
  const retry = retryAfterSeconds(response.headers.get('retry-after'));
  if (retry !== undefined) details.push(`retry-after: ${retry}`);
  const explanation = isObject(body) ? (typeof body.detail === 'string' ? body.detail : body.message) : undefined;
  const message = typeof explanation === 'string' ? `: ${explanation.slice(0, MAX_DETAIL_LENGTH)}` : '';
  const wait = code === 'too-many-attempts' && retry !== undefined ? ` (retry in ${retry} s)` : '';
  return new CivicError(code, `${describe(url)} answered HTTP ${status}${message}${wait}`, { status, details });
}

function codeForStatus(status: number, operation: Operation): CivicErrorCode {
  switch (status) {
    case 400:
    case 422:
      return 'invalid-data';
    case 401:
      return 'unauthorized';
    case 403:
      return operation === 'lookup' ? 'wrong-proof' : operation === 'me' ? 'unauthorized' : 'http';
    case 404:
    case 410:
      return 'not-found';
    case 429:
      return 'too-many-attempts';
    case 502:
      return 'network';
    case 504:
      return 'timeout';
    default:
      return 'http';
  }
}

/** Seconds to wait, from `Retry-After: 120` or `Retry-After: <HTTP date>`. */
export function retryAfterSeconds(header: string | null): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

async function sessionHeaders(session: NonNullable<AdapterCallOptions['session']>): Promise<Record<string, string>> {
  let headers: unknown;
  try {
    headers = await session();
  } catch (error) {
    throw new CivicError('unauthorized', 'The page could not give the citizen’s session', { cause: error });
  }
  const out: Record<string, string> = {};
  if (isObject(headers))
    for (const [name, value] of Object.entries(headers)) if (typeof value === 'string') out[name] = value;
  return out;
}

/** The URL without its query, for messages. */
function describe(url: string): string {
  return url.split('?')[0];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function expectObject(data: unknown, what: string): Record<string, unknown> {
  if (isObject(data)) return data;
  throw new CivicError('invalid-data', `${what} did not answer an object`, {
    details: [`${what}: must be a JSON object`],
  });
}

function expectList(data: unknown, what: string): unknown[] {
  if (Array.isArray(data)) return data;
  throw new CivicError('invalid-data', `${what} did not answer a list`, { details: [`${what}: must be a JSON array`] });
}
