import { CivicError, type CivicErrorCode } from '../../core/civic-error.js';
import type { FetchFunction } from '../../core/http-json.js';
import { parseOpen311Json } from './open311-json.js';
import { readErrors, type Open311ErrorItem } from './open311-records.js';
import { parseOpen311Xml } from './open311-xml.js';

/**
 * One GET to an Open311 server: the body read as XML or JSON (whatever the server really sent:
 * some answer XML to a `.json` URL), and every failure a CivicError with a code an element can
 * translate. The specification's error answers (`[{code, description}]`, `<errors>`) give the
 * details; the HTTP status gives the code.
 */
export type Open311Format = 'json' | 'xml';

const ACCEPT: Record<Open311Format, string> = { json: 'application/json', xml: 'application/xml, text/xml' };

/**
 * GETs `url` and returns the document read (JSON value, or XML read as `{root: content}`).
 * `roots` are the XML root elements expected; another root (an HTML page…) is `invalid-data`.
 * `name` stands for the URL in error messages (which reach the console): a request's URL is named
 * with `{id}`, so no citizen's reference is logged.
 */
export async function getOpen311(
  url: string,
  format: Open311Format,
  roots: readonly string[],
  signal: AbortSignal,
  fetchImpl: FetchFunction,
  name = url,
): Promise<unknown> {
  signal.throwIfAborted();
  let response: Response;
  let body: string;
  try {
    response = await fetchImpl(url, { signal, headers: { accept: ACCEPT[format] } });
    body = await response.text();
  } catch (error) {
    if (signal.aborted) throw signal.reason ?? error;
    throw new CivicError('network', `Could not reach ${name}`, { cause: error });
  }
  if (!response.ok) throw logged(open311Failure(response.status, body, name));
  const document = readBody(body, format, name, roots);
  // Some servers answer 200 with the error list.
  const errors = readErrors(document);
  if (errors) throw logged(open311Failure(errorStatus(errors), body, name));
  return document;
}

/**
 * A refused read is the city's configuration, not the citizen's doing: the web team reads why in
 * the console (the URL names the request `{id}`, and nothing of the citizen is sent in a read).
 */
function logged(error: CivicError): CivicError {
  if (error.status === 401 || error.status === 403)
    console.warn(
      `civic-elements: ${error.message}: the Open311 server refused a public read; it may want an api_key ` +
        `even for reads (put a same-origin proxy that adds it in front of it).${error.details.map((d) => `\n- ${d}`).join('')}`,
    );
  return error;
}

function readBody(body: string, format: Open311Format, url: string, roots: readonly string[]): unknown {
  const start = body.replace(/^\uFEFF/, '').trimStart();
  // Read what the server sent, whatever was asked: some answer XML to a .json URL.
  if (start.startsWith('<')) {
    const { root, value } = parseOpen311Xml(start, url);
    if (root !== 'errors' && !roots.includes(root)) {
      throw new CivicError('invalid-data', `${url} is not an Open311 answer`, {
        details: [`expected <${roots.join('> or <')}>, found <${root}>`],
      });
    }
    return value;
  }
  if (format === 'xml' && !/^[[{]/.test(start)) {
    throw new CivicError('invalid-data', `${url} is not XML`, {
      details: [start ? `it starts with ${JSON.stringify(start.slice(0, 40))}` : 'the body is empty'],
    });
  }
  const value = parseOpen311Json(start, url);
  if (typeof value !== 'object' || value === null) {
    throw new CivicError('invalid-data', `${url} is not an Open311 answer`, {
      details: [`expected a list or an object, found ${JSON.stringify(value).slice(0, 40)}`],
    });
  }
  return value;
}

/** The HTTP status an error list stands for, from its first numeric code (400 when none). */
function errorStatus(errors: readonly Open311ErrorItem[]): number {
  const code = errors.map((e) => Number(e.code)).find((n) => Number.isInteger(n) && n >= 400 && n <= 599);
  return code ?? 400;
}

const BY_STATUS: Readonly<Record<number, CivicErrorCode>> = {
  400: 'invalid-data',
  404: 'not-found',
  410: 'not-found',
  429: 'too-many-attempts',
};

/**
 * The CivicError for an error answer: 404 not-found, 400 invalid-data, 429 too-many-attempts,
 * anything else http; the status is kept and the error descriptions (trimmed) are the details.
 * 401 and 403 (a missing or bad api_key) are http, never `unauthorized`: Open311 has no citizen
 * session, and that code would tell the citizen to sign in again.
 */
export function open311Failure(status: number, body: string, url: string): CivicError {
  return new CivicError(BY_STATUS[status] ?? 'http', `${url} answered HTTP ${status}`, {
    status,
    details: errorDescriptions(body),
  });
}

/** The descriptions of an error answer (JSON or XML), or none when the body is not one. */
export function errorDescriptions(body: string): string[] {
  let items: Open311ErrorItem[] | undefined;
  try {
    const start = body.replace(/^\uFEFF/, '').trimStart();
    items = readErrors(start.startsWith('<') ? parseOpen311Xml(start).value : parseOpen311Json(start));
  } catch {
    return [];
  }
  return (items ?? []).flatMap((e) => e.description ?? (e.code ? [`error ${e.code}`] : []));
}
