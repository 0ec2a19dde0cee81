import { CivicError } from './civic-error.js';

export type FetchFunction = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * GETs a JSON document. Every failure becomes a CivicError with a code an element can
 * translate: `network` (unreachable, CORS), `http` (with the status), `invalid-json`.
 */
export async function fetchJson(
  url: string,
  signal: AbortSignal,
  fetchImpl: FetchFunction = globalThis.fetch.bind(globalThis),
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw signal.reason ?? error;
    throw new CivicError('network', `Could not reach ${url}`, { cause: error });
  }
  if (!response.ok) {
    throw new CivicError('http', `${url} answered HTTP ${response.status}`, { status: response.status });
  }
  const body = await response.text();
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    throw new CivicError('invalid-json', `${url} is not valid JSON`, { cause: error, details: [String(error)] });
  }
}
