// The reference server: the REST API.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DEMO_REQUESTS, DEMO_SESSION_TOKEN, EXPIRED_SESSION_TOKEN } from '../../server/seed.mjs';
import { contract, catalog, assertConforms, start, call, lookup, demo, WAITING } from './server-harness.mjs';

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
      assert.ok(!answer.body.includes(r.email) && !answer.body.includes(r.code), 'the proof is not in the answer');
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
      { reference: r.reference, proof: r.code },
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
