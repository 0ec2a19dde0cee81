/**
 * The REST contract of `schema/rest-api.openapi.json`, over the database of database.mjs:
 *
 *   GET  city · procedures (?theme=&audience=&text=) · procedures/{id} · request-lookup
 *        public, `Cache-Control: public, max-age=300`, ETag and 304
 *   POST requests/lookup   {reference, proof} in the body; 403 on a wrong proof, 429 when the
 *                          client must wait (lookup-limiter.mjs: per client, never per reference alone)
 *   GET  me/requests       the requests of the citizen whose `Authorization: Bearer` session it is
 *   GET  openapi.json      the contract itself
 *
 * Every error is problem details (RFC 9457, application/problem+json) with `no-store`. Nothing
 * here logs or echoes a reference or a proof.
 */
import { readFileSync } from 'node:fs';
import { timingSafeEqual, createHash } from 'node:crypto';
import { createClientAddress } from './client-address.mjs';
import { HttpProblem, mediaType, readBody, sendJson } from './http.mjs';
import { createLookupLimiter } from './lookup-limiter.mjs';

/** @typedef {import('node:http').IncomingMessage} Request */
/** @typedef {import('node:http').ServerResponse} Response */
/** @typedef {'email' | 'code'} ProofKind */
/**
 * @typedef {object} Route
 * @property {string} method
 * @property {RegExp} pattern
 * @property {string} route the template, safe to log
 * @property {(req: Request, res: Response, match: RegExpExecArray, url: URL) => number | Promise<number>} run
 */

const MAX_BODY = 4096;
const IDENTIFIER = /^[\w.:-]{1,128}$/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;

/** What a 429 says, by the limit that refuses (lookup-limiter.mjs). */
const TOO_MANY = {
  reference: 'Too many wrong proofs for this reference from this client',
  client: 'Too many failed lookups from this client',
  budget: 'Too many lookups from this client',
};

const CONTRACT = new URL('../schema/rest-api.openapi.json', import.meta.url);

/**
 * Proofs as compared: an e-mail address without case or surrounding spaces; the receipt's code
 * (12 characters of Crockford base32, 60 random bits, printed `XXXX-XXXX-XXXX`) without spaces,
 * hyphens or case, as the database stores it. A postcode was one once: a town has a handful, so
 * it proved nothing.
 * @type {Record<ProofKind, { column: 'applicant_email' | 'receipt_code', normalize: (v: string) => string }>}
 */
const PROOFS = {
  email: { column: 'applicant_email', normalize: (v) => v.trim().toLowerCase() },
  code: { column: 'receipt_code', normalize: (v) => v.replace(/[\s-]+/g, '').toUpperCase() },
};

/**
 * Compares two secrets in a time that depends neither on where they differ nor on their lengths:
 * `timingSafeEqual` needs equal lengths, so it compares their SHA-256 digests (a plain length
 * check first would tell an attacker the length of a citizen's e-mail address).
 * @param {string} a
 * @param {string} b
 */
function sameSecret(a, b) {
  const digest = (/** @type {string} */ s) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(a), digest(b));
}

/**
 * Checks a proof kind early, so that a server started with one it no longer has stops at once.
 * @param {string} proof
 * @returns {ProofKind}
 */
export function checkProof(proof) {
  if (proof === 'postcode')
    throw new Error(
      'The postcode proof is gone: a town has few postcodes, anyone could guess them. Use the code printed on the receipt (proof "code", CIVIC_PROOF=code)',
    );
  if (!Object.hasOwn(PROOFS, proof))
    throw new Error(`proof must be one of ${Object.keys(PROOFS).join(', ')}, not ${proof}`);
  return /** @type {ProofKind} */ (proof);
}

/**
 * The API's handler: `handle(req, res, path)` with `path` the part after the API's base
 * ("procedures/acte-naissance"). Resolves to `{ status, route }`, the route being the matched
 * template ("procedures/{id}"), safe to log.
 * @param {object} options
 * @param {import('./database.mjs').CivicDatabase} options.database
 * @param {string} [options.proof] a ProofKind
 * @param {string | number} [options.trustProxy] the proxies whose X-Forwarded-For to believe (client-address.mjs)
 * @param {() => number} [options.now]
 * @param {string[]} [options.corsOrigins]
 * @param {import('./lookup-limiter.mjs').LookupLimits} [options.lookupLimits] the limits (the bench measures the
 *   database, not the limiter, and lifts the budget of its single client)
 * @returns {(req: Request, res: Response, path: string) => Promise<{ status: number, route: string }>}
 */
export function createRestApi({
  database,
  proof = 'email',
  trustProxy,
  now = Date.now,
  corsOrigins = [],
  lookupLimits = undefined,
}) {
  const proofKind = PROOFS[checkProof(proof)];
  const clientOf = createClientAddress(trustProxy);
  const limiter = createLookupLimiter({ now, limits: lookupLimits });
  /** @type {unknown} */
  let contract;

  /** @type {Route[]} */
  const routes = [
    { method: 'GET', pattern: /^city$/, route: 'city', run: (req, res) => catalog(req, res, database.setting('city')) },
    { method: 'GET', pattern: /^procedures$/, route: 'procedures', run: listProcedures },
    { method: 'GET', pattern: /^procedures\/([^/]+)$/, route: 'procedures/{id}', run: getProcedure },
    {
      method: 'GET',
      pattern: /^request-lookup$/,
      route: 'request-lookup',
      run: (req, res) => {
        const lookup = database.setting('request-lookup');
        return catalog(req, res, lookup === undefined ? undefined : { ...lookup, proof });
      },
    },
    { method: 'POST', pattern: /^requests\/lookup$/, route: 'requests/lookup', run: lookUpRequest },
    { method: 'GET', pattern: /^me\/requests$/, route: 'me/requests', run: listMyRequests },
    {
      method: 'GET',
      pattern: /^openapi\.json$/,
      route: 'openapi.json',
      run: (req, res) => catalog(req, res, (contract ??= JSON.parse(readFileSync(CONTRACT, 'utf8')))),
    },
  ];

  /**
   * A public answer, or 404 when there is nothing to send.
   * @param {Request} req
   * @param {Response} res
   * @param {unknown} value
   */
  function catalog(req, res, value) {
    if (value === undefined) throw new HttpProblem(404, 'not-found', 'Not found');
    return sendJson(req, res, value, { cache: 'public' });
  }

  /** @type {Route['run']} */
  function listProcedures(req, res, _match, url) {
    /** @type {{ theme?: string, audience?: string, text?: string }} */
    const query = {};
    for (const key of /** @type {const} */ (['theme', 'audience', 'text'])) {
      const values = url.searchParams.getAll(key);
      if (values.length > 1)
        throw new HttpProblem(400, 'invalid-data', `Give "${key}" once`, {
          details: [`${key}: is given ${values.length} times`],
        });
      const value = values[0]?.trim();
      if (!value) continue;
      if (key === 'text' ? value.length > 200 || CONTROL.test(value) : !IDENTIFIER.test(value)) {
        throw new HttpProblem(400, 'invalid-data', `Invalid "${key}" parameter`, {
          details: [`${key}: ${key === 'text' ? 'must be at most 200 characters of text' : 'must be an id'}`],
        });
      }
      query[key] = value;
    }
    return sendJson(req, res, database.procedures(query), { cache: 'public' });
  }

  /** @type {Route['run']} */
  function getProcedure(req, res, match) {
    let id;
    try {
      id = decodeURIComponent(match[1]);
    } catch {
      throw new HttpProblem(404, 'not-found', 'No such procedure');
    }
    const procedure = IDENTIFIER.test(id) ? database.procedure(id) : undefined;
    if (!procedure) throw new HttpProblem(404, 'not-found', 'No such procedure');
    return sendJson(req, res, procedure, { cache: 'public' });
  }

  /** @type {Route['run']} */
  async function lookUpRequest(req, res) {
    if (mediaType(req.headers['content-type']) !== 'application/json') {
      throw new HttpProblem(415, 'invalid-data', 'The body must be JSON (Content-Type: application/json)');
    }
    /** @type {unknown} */
    let body;
    try {
      body = JSON.parse((await readBody(req, MAX_BODY)).toString('utf8'));
    } catch (error) {
      if (error instanceof HttpProblem) throw error;
      // The parser's message quotes the body: it is not repeated anywhere.
      throw new HttpProblem(400, 'invalid-data', 'The body is not valid JSON', {
        details: ['body: is not valid JSON'],
      });
    }
    /** @type {string[]} */
    const details = [];
    /** @type {{ reference?: unknown, proof?: unknown }} */
    const fields = typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {};
    if (fields !== body) details.push('body: must be a JSON object');
    else {
      const { reference, proof: given } = fields;
      if (typeof reference !== 'string' || !reference.trim()) details.push('reference: is required');
      else if (reference.length > 64 || CONTROL.test(reference))
        details.push('reference: must be at most 64 characters of text');
      if (given !== undefined && (typeof given !== 'string' || given.length > 254))
        details.push('proof: must be a string of at most 254 characters');
      for (const key of Object.keys(fields))
        if (key !== 'reference' && key !== 'proof') details.push(`${key}: is not a field of the lookup`);
    }
    if (details.length || typeof fields.reference !== 'string')
      throw new HttpProblem(400, 'invalid-data', 'Invalid lookup', { details });

    const reference = fields.reference.trim().toUpperCase();
    const client = clientOf(req);
    const refusal = limiter.admit(client, reference);
    if (refusal) {
      const retryAfter = Math.max(1, Math.ceil(refusal.retryAfterMs / 1000));
      throw new HttpProblem(429, 'too-many-attempts', `${TOO_MANY[refusal.scope]}; retry in ${retryAfter} seconds`, {
        headers: { 'Retry-After': String(retryAfter) },
      });
    }
    const row = database.request(reference);
    if (!row) {
      limiter.failed(client, reference, { wrongProof: false });
      throw new HttpProblem(404, 'not-found', 'No request has this reference');
    }
    const given = typeof fields.proof === 'string' ? proofKind.normalize(fields.proof) : '';
    if (!given || !sameSecret(given, row[proofKind.column])) {
      limiter.failed(client, reference, { wrongProof: true });
      throw new HttpProblem(403, 'wrong-proof', 'The proof does not match this reference');
    }
    limiter.succeeded(client, reference);
    return sendJson(req, res, database.serviceRequest(row), { cache: 'private' });
  }

  /** @type {Route['run']} */
  function listMyRequests(req, res) {
    const authorization = String(req.headers.authorization ?? '');
    const token = /^Bearer\s+([\w.~+/=-]{1,512})\s*$/i.exec(authorization)?.[1];
    const citizen = token ? database.citizenOfSession(token, now()) : undefined;
    if (citizen === undefined) {
      throw new HttpProblem(
        401,
        'unauthorized',
        token ? 'The session is unknown or has expired' : 'A citizen session is required (Authorization: Bearer …)',
        {
          headers: { 'WWW-Authenticate': token ? 'Bearer error="invalid_token"' : 'Bearer' },
        },
      );
    }
    const requests = database.requestsOf(citizen).map((row) => database.serviceRequest(row));
    return sendJson(req, res, requests, { cache: 'private' });
  }

  /**
   * CORS for the origins allowed (none by default: the site and the API share an origin).
   * @param {Request} req
   * @param {Response} res
   */
  function cors(req, res) {
    const origin = req.headers.origin;
    // Answers differ by origin whenever some origins are allowed: say so to every shared cache.
    if (corsOrigins.length) res.setHeader('Vary', 'Origin');
    if (!origin || !corsOrigins.includes(origin)) return false;
    res.setHeader('Access-Control-Allow-Origin', origin);
    res.setHeader('Access-Control-Expose-Headers', 'Retry-After, ETag');
    return true;
  }

  return async function handle(req, res, path) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const allowed = cors(req, res);
    const candidates = routes.filter((r) => r.pattern.test(path));
    if (!candidates.length) throw new HttpProblem(404, 'not-found', 'No such operation in this API');
    const route = candidates[0].route;
    if (req.method === 'OPTIONS') {
      const methods = candidates.map((r) => r.method).join(', ');
      const headers = { Allow: `${methods}, OPTIONS` };
      if (allowed)
        Object.assign(headers, {
          'Access-Control-Allow-Methods': methods,
          'Access-Control-Allow-Headers': 'Content-Type, Authorization, If-None-Match',
          'Access-Control-Max-Age': '600',
        });
      res.writeHead(204, headers);
      res.end();
      return { status: 204, route };
    }
    const method = req.method === 'HEAD' ? 'GET' : req.method;
    const chosen = candidates.find((r) => r.method === method);
    const match = chosen?.pattern.exec(path);
    if (!chosen || !match) {
      throw new HttpProblem(405, 'http', `Use ${candidates.map((r) => r.method).join(' or ')} for ${route}`, {
        headers: { Allow: candidates.map((r) => r.method).join(', ') },
      });
    }
    try {
      return { status: await chosen.run(req, res, match, url), route };
    } catch (error) {
      if (error instanceof HttpProblem) error.route = route;
      throw error;
    }
  };
}
