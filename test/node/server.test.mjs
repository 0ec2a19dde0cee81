// The reference server (server/app.mjs) against its contract (schema/rest-api.openapi.json):
// every answer is checked with Ajv against the OpenAPI document's own schemas. The server runs on
// port 0 with a temporary SQLite file. Run with: node --test test/node/
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { createApp } from '../../server/app.mjs';
import { DEMO_REQUESTS, DEMO_SESSION_TOKEN, EXPIRED_SESSION_TOKEN } from '../../server/seed.mjs';

const contract = JSON.parse(readFileSync(new URL('../../schema/rest-api.openapi.json', import.meta.url), 'utf8'));
const demoDir = fileURLToPath(new URL('../../demo/', import.meta.url));
const catalog = JSON.parse(readFileSync(new URL('../../demo/data/catalog.json', import.meta.url), 'utf8'));

// ---------- the contract's schemas, compiled by Ajv in strict mode

const SCHEMAS_ID = 'https://civic-elements.example/schema/rest-api';
/** OpenAPI's "#/components/schemas/X" as a reference into one JSON Schema document of them all. */
const rebase = (value) =>
  JSON.parse(JSON.stringify(value).replaceAll('"#/components/schemas/', `"${SCHEMAS_ID}#/$defs/`));
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema({
  $id: SCHEMAS_ID,
  $defs: JSON.parse(JSON.stringify(contract.components.schemas).replaceAll('"#/components/schemas/', '"#/$defs/')),
});
const compiled = new Map();
const validator = (schema) => {
  const key = JSON.stringify(schema);
  if (!compiled.has(key)) compiled.set(key, ajv.compile(rebase(schema)));
  return compiled.get(key);
};
const component = (name) => validator({ $ref: `#/components/schemas/${name}` });

/** Follows a "#/components/…" reference of the OpenAPI document. */
const deref = (value) =>
  value?.$ref
    ? deref(
        value.$ref
          .slice(2)
          .split('/')
          .reduce((o, k) => o[k], contract),
      )
    : value;

/** The documented response of an operation for a status (or its "5XX"). */
function documented(path, method, status) {
  const operation = contract.paths[path]?.[method.toLowerCase()];
  assert.ok(operation, `${method} ${path} is in the contract`);
  const response = deref(operation.responses[String(status)] ?? operation.responses[`${String(status)[0]}XX`]);
  assert.ok(response, `${method} ${path} documents status ${status}`);
  return response;
}

const explain = (errors) => (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`).join('\n');

/** The answer is one the contract documents: status, body schema, headers. */
async function assertConforms(answer, path, method) {
  const response = documented(path, method, answer.status);
  const content = response.content ?? {};
  const type = answer.headers.get('content-type')?.split(';')[0];
  if (answer.status === 304 || method === 'HEAD') {
    assert.equal(answer.body, '', 'no body');
  } else {
    assert.ok(
      content[type],
      `${method} ${path} ${answer.status}: Content-Type ${type} is documented (${Object.keys(content)})`,
    );
    const validate = validator(content[type].schema);
    assert.ok(
      validate(answer.json),
      `${method} ${path} ${answer.status} body does not match the contract:\n${explain(validate.errors)}`,
    );
  }
  for (const [name, header] of Object.entries(response.headers ?? {})) {
    const spec = deref(header);
    const value = answer.headers.get(name);
    if (spec.schema?.const) assert.equal(value, spec.schema.const, `${name} header`);
    if (spec.required || spec.schema?.const) assert.ok(value, `${name} header is present`);
  }
}

// ---------- running the app

const temporary = mkdtempSync(join(tmpdir(), 'civic-server-test-'));
const distDir = join(temporary, 'dist');
mkdirSync(join(distDir, 'cdn'), { recursive: true });
writeFileSync(join(distDir, 'cdn', 'civic-elements.js'), 'export const built = true;\n');
writeFileSync(join(temporary, 'secret.txt'), 'outside the served folders\n');
after(() => rmSync(temporary, { recursive: true, force: true }));

let files = 0;
const newDatabaseFile = () => join(temporary, `civic-${++files}.sqlite`);

/** Every line any app logged, to check that none holds a reference, a proof or a token. */
const logLines = [];

async function start(options = {}) {
  const app = createApp({
    databaseFile: newDatabaseFile(),
    demoDir,
    distDir,
    log: (line) => logLines.push(line),
    ...options,
  });
  await app.ready;
  const server = createServer(app);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    app,
    origin,
    api: `${origin}/api/civic/`,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await app.close();
    },
  };
}

async function call(url, init = {}) {
  const response = await fetch(url, init);
  const body = await response.text();
  let json;
  try {
    json = body ? JSON.parse(body) : undefined;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, body, json };
}

const lookup = (server, body) =>
  call(`${server.api}requests/lookup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

/** A raw GET with the path exactly as written (fetch would resolve "..").  */
function rawGet(origin, path, method = 'GET') {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const demo = (reference) => DEMO_REQUESTS.find((r) => r.reference === reference);
const WAITING = demo('SA-2026-00412');

// ---------- the contract itself

describe('the contract (schema/rest-api.openapi.json)', () => {
  test('is OpenAPI 3.1 with the six operations', () => {
    assert.equal(contract.openapi, '3.1.0');
    const operations = Object.entries(contract.paths).flatMap(([path, item]) =>
      Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`),
    );
    assert.deepEqual(
      operations.sort(),
      [
        'GET /city',
        'GET /me/requests',
        'GET /procedures',
        'GET /procedures/{id}',
        'GET /request-lookup',
        'POST /requests/lookup',
      ].sort(),
    );
  });

  test('its schemas compile in strict mode, the model ones included', () => {
    for (const name of [
      'Procedure',
      'Channel',
      'Contact',
      'Office',
      'OpeningHours',
      'City',
      'ServiceRequest',
      'RequestEvent',
      'RequestState',
      'LocalizedText',
      'RequestLookup',
      'Problem',
    ]) {
      assert.equal(typeof component(name), 'function', name);
    }
  });

  test('every operation has examples, and every example matches its schema', () => {
    let checked = 0;
    for (const [path, item] of Object.entries(contract.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const contents = [
          operation.requestBody?.content,
          ...Object.values(operation.responses).map((r) => deref(r).content),
        ].filter(Boolean);
        const examples = contents.flatMap((content) =>
          Object.values(content).flatMap((media) =>
            Object.entries(media.examples ?? {}).map(([name, ex]) => ({ name, value: ex.value, schema: media.schema })),
          ),
        );
        assert.ok(examples.length >= 2, `${method} ${path} has examples`);
        for (const { name, value, schema } of examples) {
          const validate = validator(schema);
          assert.ok(validate(value), `${method} ${path} example "${name}":\n${explain(validate.errors)}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 15);
  });

  test('every procedure of the demo catalog, offices written in place, is a contract Procedure', () => {
    const offices = new Map(catalog.offices.map((o) => [o.id, o]));
    const resolve = (w) => (typeof w.office === 'string' ? { ...w, office: offices.get(w.office) } : w);
    const validate = component('Procedure');
    for (const p of catalog.procedures) {
      const served = { ...p, channels: p.channels.map(resolve), information: p.information.map(resolve) };
      assert.ok(validate(served), `${p.id}:\n${explain(validate.errors)}`);
    }
  });

  test('refuses what the model does not allow', () => {
    const request = component('ServiceRequest');
    assert.equal(request({ reference: 'X', state: 'lost', history: [] }), false, 'unknown state');
    assert.equal(request({ reference: 'X', state: 'done' }), false, 'history is required');
    assert.equal(
      request({ reference: 'X', state: 'done', history: [{ date: '12/03/2026' }] }),
      false,
      'dates are ISO 8601',
    );
    assert.equal(
      component('Procedure')({ id: 'x', title: 'X', online: { availability: 'full' } }),
      false,
      'lists are required',
    );
    const problem = {
      type: 'urn:civic-elements:problem:not-found',
      title: 'Not found',
      status: 404,
      detail: 'No such procedure',
      code: 'not-found',
    };
    assert.equal(component('Problem')(problem), true, 'a problem details object');
    assert.equal(component('Problem')({ ...problem, code: 'oops' }), false, 'codes are CivicError codes');
    assert.equal(component('Problem')({ code: 'not-found', message: 'x' }), false, 'type, title, status and detail');
    assert.equal(component('Problem')({ ...problem, status: 200 }), false, 'a problem has an error status');
  });
});

// ---------- the API

describe('the REST API', () => {
  let server;
  before(async () => (server = await start()));
  after(() => server.stop());

  test('GET city', async () => {
    const answer = await call(`${server.api}city`);
    assert.equal(answer.status, 200);
    await assertConforms(answer, '/city', 'GET');
    assert.deepEqual(answer.json, catalog.city);
    assert.equal(answer.headers.get('x-content-type-options'), 'nosniff');
  });

  test('catalog answers are cacheable: public, max-age=300, ETag, 304 on If-None-Match', async () => {
    for (const path of [
      'city',
      'procedures',
      'procedures/acte-naissance',
      'request-lookup',
      'procedures?theme=etat-civil',
    ]) {
      const first = await call(`${server.api}${path}`);
      assert.equal(first.headers.get('cache-control'), 'public, max-age=300', path);
      const etag = first.headers.get('etag');
      assert.match(etag, /^"[\w-]+"$/, path);
      const again = await call(`${server.api}${path}`, { headers: { 'if-none-match': etag } });
      assert.equal(again.status, 304, path);
      assert.equal(again.body, '');
      assert.equal(again.headers.get('etag'), etag);
      assert.equal(again.headers.get('cache-control'), 'public, max-age=300');
      await assertConforms(again, `/${path.split('?')[0].replace('acte-naissance', '{id}')}`, 'GET');
      const weak = await call(`${server.api}${path}`, { headers: { 'if-none-match': `"other", W/${etag}` } });
      assert.equal(weak.status, 304, 'a list and weak validators');
      const stale = await call(`${server.api}${path}`, { headers: { 'if-none-match': '"stale"' } });
      assert.equal(stale.status, 200);
    }
    const theme = await call(`${server.api}procedures?theme=etat-civil`);
    const all = await call(`${server.api}procedures`);
    assert.notEqual(theme.headers.get('etag'), all.headers.get('etag'), "the ETag is the representation's");
  });

  test('HEAD gives the headers without the body', async () => {
    const answer = await call(`${server.api}city`, { method: 'HEAD' });
    assert.equal(answer.status, 200);
    assert.equal(answer.body, '');
    assert.ok(answer.headers.get('etag'));
  });

  test("GET procedures: every procedure in the city's order, each a contract Procedure", async () => {
    const answer = await call(`${server.api}procedures`);
    assert.equal(answer.status, 200);
    await assertConforms(answer, '/procedures', 'GET');
    assert.deepEqual(
      answer.json.map((p) => p.id),
      catalog.procedures.map((p) => p.id),
    );
    const passport = answer.json.find((p) => p.id === 'carte-identite-passeport');
    assert.equal(
      typeof passport.channels.find((c) => c.kind === 'counter').office,
      'object',
      'offices are written in place',
    );
  });

  test('GET procedures filtered by theme, audience and text', async () => {
    const expected = (test) => catalog.procedures.filter(test).map((p) => p.id);
    const ids = async (query) => {
      const answer = await call(`${server.api}procedures?${query}`);
      assert.equal(answer.status, 200, query);
      await assertConforms(answer, '/procedures', 'GET');
      return answer.json.map((p) => p.id);
    };
    assert.deepEqual(
      await ids('theme=etat-civil'),
      expected((p) => p.themes.includes('etat-civil')),
    );
    assert.deepEqual(
      await ids('theme=famille-ecole&audience=famille'),
      expected((p) => p.themes.includes('famille-ecole') && p.audiences.includes('famille')),
    );
    assert.deepEqual(
      await ids('audience=entreprise'),
      expected((p) => p.audiences.includes('entreprise')),
    );
    assert.deepEqual(await ids('theme=no-such-theme'), []);
    assert.ok((await ids('text=CRÈCHE')).includes('creche'), 'case and accents are ignored');
    assert.deepEqual(
      await ids('text=passeport%20renouvellement'),
      ['carte-identite-passeport'],
      'every word must match',
    );
  });

  test('GET procedures with an invalid parameter: 400 invalid-data', async () => {
    for (const query of ['theme=%3Cscript%3E', 'theme=a&theme=b', `text=${'x'.repeat(201)}`]) {
      const answer = await call(`${server.api}procedures?${query}`);
      assert.equal(answer.status, 400, query);
      await assertConforms(answer, '/procedures', 'GET');
      assert.equal(answer.json.code, 'invalid-data');
      assert.equal(answer.headers.get('cache-control'), 'no-store');
    }
  });

  test('GET procedures/{id}', async () => {
    const answer = await call(`${server.api}procedures/acte-naissance`);
    assert.equal(answer.status, 200);
    await assertConforms(answer, '/procedures/{id}', 'GET');
    assert.equal(answer.json.id, 'acte-naissance');
    assert.equal(answer.json.channels[1].office.id, 'hotel-de-ville');
  });

  test('GET procedures/{id} of an unknown id: 404 not-found, not cached', async () => {
    for (const id of ['nope', '%E2%80%AE', '..%2Fcity', 'a%ZZ']) {
      const answer = await call(`${server.api}procedures/${id}`);
      assert.equal(answer.status, 404, id);
      await assertConforms(answer, '/procedures/{id}', 'GET');
      assert.equal(answer.json.code, 'not-found');
      assert.equal(answer.headers.get('cache-control'), 'no-store');
      assert.match(answer.headers.get('content-type'), /^application\/problem\+json/);
    }
  });

  test('GET request-lookup', async () => {
    const answer = await call(`${server.api}request-lookup`);
    assert.equal(answer.status, 200);
    await assertConforms(answer, '/request-lookup', 'GET');
    assert.deepEqual(answer.json, {
      referencePattern: '^SA-\\d{4}-\\d{5}$',
      referenceExample: 'SA-2026-00412',
      proof: 'email',
    });
    for (const r of DEMO_REQUESTS) assert.match(r.reference, new RegExp(answer.json.referencePattern));
  });

  test('POST requests/lookup with the right proof: the request, never cached, without personal data', async () => {
    for (const r of DEMO_REQUESTS) {
      const answer = await lookup(server, { reference: r.reference, proof: r.email });
      assert.equal(answer.status, 200, r.reference);
      await assertConforms(answer, '/requests/lookup', 'POST');
      assert.equal(answer.headers.get('cache-control'), 'no-store');
      assert.equal(answer.json.reference, r.reference);
      assert.equal(answer.json.state, r.state);
      assert.equal(answer.json.history.length, r.history.length);
      assert.ok(r.history.length >= 1 && r.history.length <= 8);
      assert.ok(!answer.body.includes(r.email) && !answer.body.includes(r.postcode), 'the proof is not in the answer');
    }
  });

  test('every state is among the demo requests, the waiting one says what is missing', async () => {
    assert.deepEqual(
      new Set(DEMO_REQUESTS.map((r) => r.state)),
      new Set(contract.components.schemas.RequestState.enum),
    );
    const answer = await lookup(server, { reference: WAITING.reference, proof: WAITING.email });
    assert.equal(answer.json.state, 'waiting-citizen');
    assert.match(answer.json.history.at(-1).note, /^Justificatif de domicile manquant/);
    assert.match(answer.json.nextStep, /justificatif de domicile/i);
    assert.equal(answer.json.handledBy, 'Service Éducation');
    assert.match(answer.json.history[0].date, /^2026-11-09T09:14:00\+01:00$/, 'Paris time, winter offset');
    const summer = await lookup(server, { reference: 'SA-2026-00333', proof: 'contact@lecomptoirdaurel.example' });
    assert.match(summer.json.history[0].date, /\+02:00$/, 'Paris time, summer offset');
  });

  test('the reference and the e-mail are compared without case or surrounding spaces', async () => {
    const answer = await lookup(server, {
      reference: ` ${WAITING.reference.toLowerCase()} `,
      proof: ` ${WAITING.email.toUpperCase()} `,
    });
    assert.equal(answer.status, 200);
    assert.equal(answer.json.reference, WAITING.reference);
  });

  test('a wrong or missing proof: 403 wrong-proof', async () => {
    const r = demo('SA-2026-00387');
    for (const body of [
      { reference: r.reference, proof: 'someone@example.org' },
      { reference: r.reference },
      { reference: r.reference, proof: r.postcode },
    ]) {
      const answer = await lookup(server, body);
      assert.equal(answer.status, 403);
      await assertConforms(answer, '/requests/lookup', 'POST');
      assert.equal(answer.json.code, 'wrong-proof');
      assert.equal(answer.headers.get('cache-control'), 'no-store');
    }
  });

  test('errors are RFC 9457 problem details: type, title, status, detail, and our code', async () => {
    const notFound = await lookup(server, { reference: 'SA-2026-99999', proof: 'camille.martin@example.org' });
    assert.match(notFound.headers.get('content-type'), /^application\/problem\+json/);
    assert.deepEqual(notFound.json, {
      type: 'urn:civic-elements:problem:not-found',
      title: 'Not found',
      status: 404,
      detail: 'No request has this reference',
      code: 'not-found',
    });
    const invalid = await lookup(server, { reference: '' });
    assert.deepEqual(
      { ...invalid.json, detail: undefined },
      {
        type: 'urn:civic-elements:problem:invalid-data',
        title: 'Invalid request',
        status: 400,
        detail: undefined,
        code: 'invalid-data',
        errors: ['reference: is required'],
      },
      'what is wrong is listed in errors',
    );
    const wrongMethod = await call(`${server.api}city`, { method: 'DELETE' });
    assert.equal(wrongMethod.status, 405);
    assert.equal(wrongMethod.json.status, 405, 'status repeats the HTTP status');
    assert.equal(wrongMethod.json.type, 'urn:civic-elements:problem:http');
  });

  test('an unknown reference: 404 not-found', async () => {
    const answer = await lookup(server, { reference: 'SA-2026-99999', proof: 'camille.martin@example.org' });
    assert.equal(answer.status, 404);
    await assertConforms(answer, '/requests/lookup', 'POST');
    assert.equal(answer.json.code, 'not-found');
  });

  test('an invalid lookup: 400 invalid-data, without echoing the body', async () => {
    const bodies = [
      '{"reference":',
      '[]',
      '{}',
      '{"reference":"SA-2026-00412","proof":42}',
      '{"reference":"SA-2026-00412","extra":1}',
      JSON.stringify({ reference: 'x'.repeat(65) }),
    ];
    for (const body of bodies) {
      const answer = await call(`${server.api}requests/lookup`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      assert.equal(answer.status, 400, body);
      await assertConforms(answer, '/requests/lookup', 'POST');
      assert.equal(answer.json.code, 'invalid-data');
      assert.ok(!answer.body.includes('SA-2026-00412'));
    }
    const form = await call(`${server.api}requests/lookup`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'reference=SA-2026-00412',
    });
    assert.equal(form.status, 415);
    assert.equal(form.json.code, 'invalid-data');
    const huge = await call(`${server.api}requests/lookup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reference: 'SA', proof: 'x'.repeat(10_000) }),
    });
    assert.equal(huge.status, 413);
  });

  test("GET me/requests with the demo session: the citizen's 4 requests, latest first", async () => {
    const answer = await call(`${server.api}me/requests`, {
      headers: { authorization: `Bearer ${DEMO_SESSION_TOKEN}` },
    });
    assert.equal(answer.status, 200);
    await assertConforms(answer, '/me/requests', 'GET');
    assert.equal(answer.headers.get('cache-control'), 'no-store');
    const mine = DEMO_REQUESTS.filter((r) => r.citizenId === 1);
    assert.equal(mine.length, 4);
    assert.deepEqual(answer.json.map((r) => r.reference).sort(), mine.map((r) => r.reference).sort());
    const updated = answer.json.map((r) => Date.parse(r.updatedAt));
    assert.deepEqual(
      updated,
      [...updated].sort((a, b) => b - a),
    );
  });

  test('GET me/requests without a valid session: 401 unauthorized', async () => {
    for (const authorization of [
      undefined,
      `Bearer ${EXPIRED_SESSION_TOKEN}`,
      'Bearer not-a-session',
      `Basic ${DEMO_SESSION_TOKEN}`,
    ]) {
      const answer = await call(`${server.api}me/requests`, { headers: authorization ? { authorization } : {} });
      assert.equal(answer.status, 401, authorization);
      await assertConforms(answer, '/me/requests', 'GET');
      assert.equal(answer.json.code, 'unauthorized');
      assert.match(answer.headers.get('www-authenticate'), /^Bearer/);
    }
  });

  test('unknown operations: 404; a wrong method: 405 with Allow; OPTIONS lists the methods', async () => {
    const unknown = await call(`${server.api}requests/SA-2026-00412`);
    assert.equal(unknown.status, 404);
    assert.equal(unknown.json.code, 'not-found');
    const wrong = await call(`${server.api}city`, { method: 'DELETE' });
    assert.equal(wrong.status, 405);
    assert.equal(wrong.headers.get('allow'), 'GET');
    const get = await call(`${server.api}requests/lookup`);
    assert.equal(get.status, 405, 'a lookup is never a GET');
    const options = await call(`${server.api}requests/lookup`, { method: 'OPTIONS' });
    assert.equal(options.status, 204);
    assert.equal(options.headers.get('allow'), 'POST, OPTIONS');
    assert.equal(options.headers.get('access-control-allow-origin'), null, 'no CORS unless origins are configured');
  });

  test('serves the contract at openapi.json', async () => {
    const answer = await call(`${server.api}openapi.json`);
    assert.equal(answer.status, 200);
    assert.equal(answer.json.openapi, '3.1.0');
  });
});

describe('lookup attempts', () => {
  test('after 5 wrong proofs within 15 minutes: 429 with Retry-After, until the oldest is 15 minutes old', async () => {
    let clock = Date.parse('2026-11-23T10:00:00Z');
    const server = await start({ now: () => clock });
    try {
      const r = demo('SA-2026-00455');
      for (let i = 1; i <= 5; i++) {
        const answer = await lookup(server, { reference: r.reference, proof: `guess-${i}@example.org` });
        assert.equal(answer.status, 403, `attempt ${i}`);
        clock += 60_000; // one a minute
      }
      // 5 minutes after the first: the 6th attempt is refused, even with the right proof.
      const refused = await lookup(server, { reference: r.reference.toLowerCase(), proof: r.email });
      assert.equal(refused.status, 429);
      await assertConforms(refused, '/requests/lookup', 'POST');
      assert.equal(refused.json.code, 'too-many-attempts');
      assert.equal(
        refused.headers.get('retry-after'),
        String(10 * 60),
        'the first wrong proof is 15 minutes old in 10 minutes',
      );
      assert.equal(refused.headers.get('cache-control'), 'no-store');
      assert.ok(!refused.body.includes(r.reference));

      const other = await lookup(server, { reference: WAITING.reference, proof: WAITING.email });
      assert.equal(other.status, 200, 'other references are not limited');

      clock += 10 * 60_000 - 1000;
      assert.equal((await lookup(server, { reference: r.reference, proof: r.email })).status, 429, 'one second before');
      clock += 1000;
      assert.equal(
        (await lookup(server, { reference: r.reference, proof: r.email })).status,
        200,
        'once the oldest wrong proof is 15 minutes old',
      );
    } finally {
      await server.stop();
    }
  });
});

describe('the database file', () => {
  test('is created and seeded on first start, and kept across a restart', async () => {
    const databaseFile = newDatabaseFile();
    assert.equal(existsSync(databaseFile), false);
    const first = await start({ databaseFile });
    const r = demo('SA-2026-00201');
    try {
      assert.ok(existsSync(databaseFile), 'created on first start');
      assert.equal(readFileSync(databaseFile).subarray(0, 15).toString(), 'SQLite format 3', 'a real SQLite file');
      for (let i = 0; i < 5; i++)
        assert.equal((await lookup(first, { reference: r.reference, proof: 'wrong@example.org' })).status, 403);
    } finally {
      await first.stop();
    }
    const second = await start({ databaseFile });
    try {
      assert.equal(
        (await lookup(second, { reference: r.reference, proof: r.email })).status,
        429,
        'the wrong attempts were kept in the file',
      );
      const procedures = await call(`${second.api}procedures`);
      assert.equal(procedures.json.length, catalog.procedures.length, 'not seeded twice');
      const mine = await call(`${second.api}me/requests`, {
        headers: { authorization: `Bearer ${DEMO_SESSION_TOKEN}` },
      });
      assert.equal(mine.json.length, 4);
    } finally {
      await second.stop();
    }
  });

  test('a file that is not a database is refused with a clear message', async () => {
    const databaseFile = newDatabaseFile();
    writeFileSync(
      databaseFile,
      'not a database at all, just text that is long enough to look like a header\n'.repeat(80),
    );
    const app = createApp({ databaseFile, demoDir, distDir, log: () => {} });
    await assert.rejects(app.ready, /is not an SQLite database.*delete it/);
  });
});

describe('options', () => {
  test('proof: "postcode" asks for the applicant\'s postcode instead of the e-mail', async () => {
    const server = await start({ proof: 'postcode' });
    try {
      assert.equal((await call(`${server.api}request-lookup`)).json.proof, 'postcode');
      assert.equal((await lookup(server, { reference: WAITING.reference, proof: ' 44 190 ' })).status, 200);
      assert.equal((await lookup(server, { reference: WAITING.reference, proof: WAITING.email })).status, 403);
    } finally {
      await server.stop();
    }
  });

  test('corsOrigins: the listed origins, and only they, get CORS headers', async () => {
    const site = 'https://www.saint-aurel.example';
    const server = await start({ corsOrigins: [site] });
    try {
      const preflight = await call(`${server.api}requests/lookup`, {
        method: 'OPTIONS',
        headers: { origin: site, 'access-control-request-method': 'POST' },
      });
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers.get('access-control-allow-origin'), site);
      assert.equal(preflight.headers.get('access-control-allow-methods'), 'POST');
      assert.match(preflight.headers.get('access-control-allow-headers'), /Content-Type, Authorization/);
      const answer = await call(`${server.api}city`, { headers: { origin: site } });
      assert.equal(answer.headers.get('access-control-allow-origin'), site);
      assert.equal(answer.headers.get('vary'), 'Origin');
      assert.match(answer.headers.get('access-control-expose-headers'), /Retry-After/);
      const other = await call(`${server.api}city`, { headers: { origin: 'https://evil.example' } });
      assert.equal(other.headers.get('access-control-allow-origin'), null);
    } finally {
      await server.stop();
    }
  });
});

describe('server/server.mjs', () => {
  /** A copy of the repository's layout in a temporary folder: server/, demo/, node_modules/, maybe dist/. */
  function layout(withBundle) {
    const root = mkdtempSync(join(temporary, 'layout-'));
    cpSync(new URL('../../server/', import.meta.url), join(root, 'server'), {
      recursive: true,
      filter: (source) => !/[\\/]server[\\/]data([\\/]|$)/.test(source),
    });
    symlinkSync(fileURLToPath(new URL('../../node_modules', import.meta.url)), join(root, 'node_modules'));
    symlinkSync(demoDir, join(root, 'demo'));
    if (withBundle) cpSync(distDir, join(root, 'dist'), { recursive: true });
    return root;
  }

  async function freePort() {
    const probe = createServer();
    await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address();
    await new Promise((resolve) => probe.close(resolve));
    return port;
  }

  test('exits with a clear message when the CDN bundle is missing', () => {
    const root = layout(false);
    const result = spawnSync(process.execPath, [join(root, 'server', 'server.mjs')], {
      encoding: 'utf8',
      env: { ...process.env, CIVIC_DATABASE: join(root, 'db.sqlite') },
      timeout: 20_000,
    });
    assert.equal(result.status, 1);
    assert.match(
      result.stderr,
      /The CDN bundle is missing: .*civic-elements\.js\nBuild it first with: npm run build:cdn/,
    );
  });

  test('starts, prints the demo and API addresses, serves, and stops on SIGTERM', async () => {
    const root = layout(true);
    const port = await freePort();
    const child = spawn(process.execPath, [join(root, 'server', 'server.mjs')], {
      env: { ...process.env, PORT: String(port), QUIET: '1', CIVIC_DATABASE: join(root, 'db.sqlite') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      for (let i = 0; i < 100 && !output.includes('REST API:'); i++)
        await new Promise((resolve) => setTimeout(resolve, 50));
      assert.match(
        output,
        new RegExp(`^Demo: http://localhost:${port}/\nREST API: http://localhost:${port}/api/civic/\n`),
      );
      const city = await call(`http://127.0.0.1:${port}/api/civic/city`);
      assert.equal(city.status, 200);
      assert.ok(existsSync(join(root, 'db.sqlite')));
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
  });
});

// ---------- the Open311 proxy

describe('the Open311 proxy', () => {
  test("answers 502 in the contract's error format when the upstream is unreachable", async () => {
    // A port that was free a moment ago: nothing listens there.
    const probe = createServer();
    await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = probe.address().port;
    await new Promise((resolve) => probe.close(resolve));
    const server = await start({ open311Upstream: `http://127.0.0.1:${port}/open311/v2/` });
    try {
      for (const [path, init] of [
        ['services.json', {}],
        [
          'requests.json',
          {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: 'service_code=001',
          },
        ],
      ]) {
        const answer = await call(`${server.origin}/open311/${path}`, init);
        assert.equal(answer.status, 502, path);
        assert.match(answer.headers.get('content-type'), /^application\/problem\+json/);
        const validate = component('Problem');
        assert.ok(validate(answer.json), explain(validate.errors));
        assert.equal(answer.json.code, 'network');
        assert.equal(answer.json.status, 502);
      }
    } finally {
      await server.stop();
    }
  });

  test('forwards GET and POST, adds api_key on POST only, never forwards cookies, stays under the base path', async () => {
    const seen = [];
    const upstream = createServer((req, res) => {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', () => {
        seen.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString() });
        res.writeHead(200, {
          'content-type': 'application/json; charset=utf-8',
          'set-cookie': 'upstream=1',
          'x-powered-by': 'open311',
        });
        res.end('[{"service_code":"001"}]');
      });
    });
    await new Promise((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const server = await start({
      open311Upstream: `http://127.0.0.1:${upstream.address().port}/v2`,
      open311ApiKey: 'city-secret-key',
    });
    try {
      const get = await call(
        `${server.origin}/open311/services.json?jurisdiction_id=saint-aurel&api_key=from-browser`,
        { headers: { cookie: 'session=abc', authorization: 'Bearer x' } },
      );
      assert.equal(get.status, 200);
      assert.deepEqual(get.json, [{ service_code: '001' }]);
      assert.equal(get.headers.get('set-cookie'), null, 'no cookie comes back');
      assert.equal(get.headers.get('x-powered-by'), null);
      assert.equal(
        seen[0].url,
        '/v2/services.json?jurisdiction_id=saint-aurel',
        "under the base path, the browser's api_key dropped",
      );
      assert.equal(seen[0].headers.cookie, undefined, 'no cookie goes upstream');
      assert.equal(seen[0].headers.authorization, undefined);

      const post = await call(`${server.origin}/open311/requests.json`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: 'session=abc' },
        body: 'service_code=001&api_key=from-browser&description=Nid-de-poule',
      });
      assert.equal(post.status, 200);
      assert.equal(post.headers.get('cache-control'), 'no-store');
      const form = new URLSearchParams(seen[1].body);
      assert.equal(form.get('api_key'), 'city-secret-key');
      assert.equal(form.getAll('api_key').length, 1);
      assert.equal(form.get('description'), 'Nid-de-poule');
      assert.equal(seen[1].headers.cookie, undefined);
      assert.ok(!seen[0].url.includes('city-secret-key'), 'no key on GET');

      for (const path of [
        '/open311/../secret',
        '/open311/%2e%2e/secret',
        '/open311/..%2F..%2Fsecret',
        '/open311/a%5C..%5Csecret',
        '/open311/%2E%2E%2F%2E%2E%2Fsecret',
      ]) {
        const answer = await rawGet(server.origin, path);
        assert.ok(answer.status === 400 || answer.status === 404, `${path} → ${answer.status}`);
      }
      assert.equal(seen.length, 2, 'nothing outside the base path reached the upstream');
      await rawGet(server.origin, '/open311//evil.example/x');
      assert.equal(seen[2].url, '/v2/evil.example/x', 'a "//host" path stays on the upstream, under its base path');
      assert.ok(logLines.some((l) => l.startsWith('200 GET /open311/services.json')));
    } finally {
      await server.stop();
      upstream.closeAllConnections();
      await new Promise((resolve) => upstream.close(resolve));
    }
  });

  test('without OPEN311_UPSTREAM, /open311/ answers 404 in the error format', async () => {
    const server = await start();
    try {
      const answer = await call(`${server.origin}/open311/services.json`);
      assert.equal(answer.status, 404);
      assert.equal(answer.json.code, 'not-found');
    } finally {
      await server.stop();
    }
  });
});

// ---------- static files

describe('static files', () => {
  let server;
  before(async () => (server = await start()));
  after(() => server.stop());

  test('the demo site at / and the library at /dist/', async () => {
    const home = await call(`${server.origin}/`);
    assert.equal(home.status, 200);
    assert.match(home.headers.get('content-type'), /^text\/html/);
    assert.equal(home.body, readFileSync(join(demoDir, 'index.html'), 'utf8'));
    const bundle = await call(`${server.origin}/dist/cdn/civic-elements.js`);
    assert.equal(bundle.status, 200);
    assert.match(bundle.headers.get('content-type'), /^text\/javascript/);
    assert.equal(bundle.headers.get('x-content-type-options'), 'nosniff');
    const data = await call(`${server.origin}/data/catalog.json`);
    assert.equal(data.status, 200);
    assert.equal(data.json.version, catalog.version);
    const folder = await rawGet(server.origin, '/data');
    assert.equal(folder.status, 301);
    assert.equal(folder.headers.location, '/data/');
  });

  test("the Open311 proxy never serves the upstream's HTML as HTML on the city's origin", async () => {
    const upstream = createServer((req, res) => {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<html><body>Not found: ${decodeURIComponent(req.url ?? '')}</body></html>`);
    });
    await new Promise((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const proxied = await start({ open311Upstream: `http://127.0.0.1:${upstream.address().port}/v2/` });
    try {
      const answer = await call(`${proxied.origin}/open311/x%3Cscript%3Ealert(1)%3C%2Fscript%3E.json`);
      assert.equal(answer.headers.get('content-type'), 'application/octet-stream');
      assert.match(answer.headers.get('content-security-policy') ?? '', /sandbox/);
      assert.equal(answer.headers.get('x-content-type-options'), 'nosniff');
    } finally {
      await proxied.stop();
      await new Promise((resolve) => upstream.close(resolve));
    }
  });

  test('limits failed lookups per client, unknown references included', async () => {
    const limited = await start();
    try {
      for (let i = 0; i < 30; i++) {
        const answer = await lookup(limited, {
          reference: `SA-2026-9${String(i).padStart(4, '0')}`,
          proof: 'x@example.org',
        });
        assert.equal(answer.status, 404, `lookup ${i + 1}`);
      }
      const refused = await lookup(limited, { reference: 'SA-2026-00412', proof: 'camille.martin@example.org' });
      assert.equal(refused.status, 429);
      assert.equal(refused.json.code, 'too-many-attempts');
      assert.ok(Number(refused.headers.get('retry-after')) > 0);
    } finally {
      await limited.stop();
    }
  });

  test('no path traversal, in any spelling', async () => {
    const paths = [
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2E%2E%2Fpackage.json',
      '/..%2fpackage.json',
      '/..%5cpackage.json',
      '/dist/../../package.json',
      '/dist/%2e%2e/%2e%2e/secret.txt',
      '/dist/..%2f..%2fsecret.txt',
      '/dist/..%2Fsecret.txt',
      '/%00/package.json',
      '/%E0%A4%A',
      '//etc/passwd',
      '/dist/%2F..%2F..%2Fsecret.txt',
    ];
    for (const path of paths) {
      const answer = await rawGet(server.origin, path);
      assert.equal(answer.status, 404, path);
      assert.ok(
        !answer.body.includes('"name": "civic-elements"') && !answer.body.includes('outside the served folders'),
        path,
      );
    }
  });

  test('no open redirect to another site through a directory redirect', async () => {
    for (const path of ['/.//evil.example/..%2Fdata', '//evil.example/..%2Fdata', '/.//evil.example/']) {
      const answer = await rawGet(server.origin, path);
      assert.ok(!String(answer.headers.location ?? '').startsWith('//'), `${path} -> ${answer.headers.location}`);
    }
  });

  test('only GET and HEAD', async () => {
    const answer = await call(`${server.origin}/index.html`, { method: 'POST', body: 'x' });
    assert.equal(answer.status, 405);
    assert.equal(answer.headers.get('allow'), 'GET, HEAD');
  });
});

// ---------- logs

test('no log line holds a reference, a proof or a token', () => {
  assert.ok(logLines.length > 50, 'requests were logged');
  const secrets = [
    ...DEMO_REQUESTS.flatMap((r) => [r.reference, r.reference.toLowerCase(), r.email, r.email.toUpperCase()]),
    DEMO_SESSION_TOKEN,
    EXPIRED_SESSION_TOKEN,
    'city-secret-key',
    'guess-1@example.org',
  ];
  for (const line of logLines) {
    for (const secret of secrets) assert.ok(!line.includes(secret), `log line "${line}" contains a secret`);
    assert.ok(!line.includes('?'), `log line "${line}" has a query`);
  }
  assert.ok(logLines.includes('200 POST /api/civic/requests/lookup'));
  assert.ok(logLines.includes('403 POST /api/civic/requests/lookup'));
  assert.ok(logLines.includes('404 GET /api/civic/…'), 'unknown API paths are not logged as written');
});
