import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../index.js';
import './register.js';
import type { CivicError } from '../../core/civic-error.js';
import { withTimeout } from '../../data/with-timeout.js';
import type { SessionHeaders } from '../../model.js';
import { shadowText, until } from '../../../test/harness/render.js';
import { DEMO_REQUESTS, DEMO_SESSION_TOKEN, EXPIRED_SESSION_TOKEN } from '../../../server/seed.mjs';
import { RestAdapter, retryAfterSeconds } from './rest-adapter.js';

// The adapter against the REAL reference server (server/app.mjs) and its SQLite database, served
// by the test server under /__rest/<instance>/ (test/server/middleware.mjs). Each run of this file
// has its own instance, so its own database with the demo data.
const INSTANCE = `rest-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
const ENDPOINT = `/__rest/${INSTANCE}/api/civic/`;
const SLOW_ENDPOINT = (ms: number) => `/__slow/${ms}/__rest/${INSTANCE}/api/civic/`;

const signal = () => new AbortController().signal;
const options = () => ({ signal: signal() });
const session: SessionHeaders = () => ({ Authorization: `Bearer ${DEMO_SESSION_TOKEN}` });
const demo = (reference: string) => DEMO_REQUESTS.find((r) => r.reference === reference)!;
const WAITING = demo('SA-2026-00412');

interface Seen {
  url: string;
  init: RequestInit;
}

/** A fetch that records every call, then asks the real server. */
function spyFetch() {
  const calls: Seen[] = [];
  const spy = (url: string, init: RequestInit = {}) => {
    calls.push({ url, init });
    return fetch(url, init);
  };
  return { calls, spy };
}

const headersOf = (init: RequestInit) => new Headers(init.headers);
/** The JSON body a call sent (the adapter always sends a string). */
const sentBody = (init: RequestInit): unknown => JSON.parse(init.body as string);

/** A promise the test settles itself: a session function that answers when the test says so. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

async function failure(promise: Promise<unknown>): Promise<CivicError> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected a failure, got ${JSON.stringify(outcome.value)}`);
  return outcome.error as CivicError;
}

/** An adapter whose every request goes to `target` instead (a real answer of the test server). */
const answeredBy = (target: string) =>
  new RestAdapter({ endpoint: ENDPOINT, fetch: (_url, init) => fetch(target, init) });

describe('RestAdapter against the reference server', () => {
  it('getCity', async () => {
    const city = await new RestAdapter({ endpoint: ENDPOINT }).getCity({ signal: signal() });
    expect(city).to.include({ country: 'FR', timeZone: 'Europe/Paris', defaultLanguage: 'fr' });
  });

  it('listProcedures: all of them, or filtered by theme, audience and text', async () => {
    const adapter = new RestAdapter({ endpoint: ENDPOINT });
    const all = await adapter.listProcedures({}, { signal: signal() });
    expect(all).to.have.length(53);
    const civil = await adapter.listProcedures({ theme: 'etat-civil', audience: 'famille' }, { signal: signal() });
    expect(civil.length).to.be.within(1, 52);
    expect(civil.every((p) => p.themes.includes('etat-civil') && p.audiences.includes('famille'))).to.equal(true);
    const creche = await adapter.listProcedures({ text: 'crèche' }, { signal: signal() });
    expect(creche.map((p) => p.id)).to.include('creche');
    expect(await adapter.listProcedures({ theme: 'no-such-theme' }, { signal: signal() })).to.deep.equal([]);
  });

  it('getProcedure, and undefined for an unknown id', async () => {
    const adapter = new RestAdapter({ endpoint: ENDPOINT });
    const procedure = await adapter.getProcedure('acte-naissance', { signal: signal() });
    expect(procedure?.id).to.equal('acte-naissance');
    expect(procedure?.channels.some((c) => c.office?.id === 'hotel-de-ville')).to.equal(true);
    expect(await adapter.getProcedure('no-such-procedure', { signal: signal() })).to.equal(undefined);
    expect(await adapter.getProcedure('a/../../city', { signal: signal() }), 'ids are one path segment').to.equal(
      undefined,
    );
  });

  it('getRequestLookup', async () => {
    const lookup = await new RestAdapter({ endpoint: ENDPOINT }).getRequestLookup({ signal: signal() });
    expect(lookup).to.deep.equal({
      referencePattern: '^SA-\\d{4}-\\d{5}$',
      referenceExample: 'SA-2026-00412',
      proof: 'email',
    });
  });

  it('getRequest with the right proof', async () => {
    const request = await new RestAdapter({ endpoint: ENDPOINT }).getRequest(WAITING.reference, WAITING.email, {
      signal: signal(),
    });
    expect(request?.reference).to.equal(WAITING.reference);
    expect(request?.state).to.equal('waiting-citizen');
    expect(request?.history.at(-1)?.note).to.match(/^Justificatif de domicile manquant/);
    expect(request?.handledBy).to.equal('Service Éducation');
  });

  it('getRequest of an unknown reference: undefined (not found)', async () => {
    expect(
      await new RestAdapter({ endpoint: ENDPOINT }).getRequest('SA-2026-99999', 'x@example.org', { signal: signal() }),
    ).to.equal(undefined);
  });

  it('getRequest with a wrong proof: wrong-proof (403)', async () => {
    const error = await failure(
      new RestAdapter({ endpoint: ENDPOINT }).getRequest('SA-2026-00387', 'not-me@example.org', { signal: signal() }),
    );
    expect(error.name).to.equal('CivicError');
    expect(error.code).to.equal('wrong-proof');
    expect(error.status).to.equal(403);
  });

  it('the 6th lookup after 5 wrong proofs: too-many-attempts (429) with Retry-After in the details', async () => {
    const adapter = new RestAdapter({ endpoint: ENDPOINT });
    const r = demo('SA-2026-00421');
    for (let i = 0; i < 5; i++)
      expect(
        (await failure(adapter.getRequest(r.reference, `guess-${i}@example.org`, { signal: signal() }))).code,
      ).to.equal('wrong-proof');
    const error = await failure(adapter.getRequest(r.reference, r.email, { signal: signal() }));
    expect(error.code).to.equal('too-many-attempts');
    expect(error.status).to.equal(429);
    const retry = error.details.find((d) => d.startsWith('retry-after: '));
    expect(Number(retry?.slice('retry-after: '.length))).to.be.within(890, 900);
    expect(error.message).to.not.contain(r.reference).and.to.not.contain(r.email);
  });

  it("listMyRequests with the host page's session: the citizen's 4 requests", async () => {
    const mine = await new RestAdapter({ endpoint: ENDPOINT }).listMyRequests({ signal: signal(), session });
    expect(mine.map((r) => r.reference).sort()).to.deep.equal(
      DEMO_REQUESTS.filter((r) => r.citizenId === 1)
        .map((r) => r.reference)
        .sort(),
    );
  });

  it('listMyRequests without a session, with an expired one, or when the page cannot give it: unauthorized', async () => {
    const adapter = new RestAdapter({ endpoint: ENDPOINT });
    const none = await failure(adapter.listMyRequests({ signal: signal() }));
    expect([none.code, none.status]).to.deep.equal(['unauthorized', 401]);
    const expired = await failure(
      adapter.listMyRequests({
        signal: signal(),
        session: () => ({ Authorization: `Bearer ${EXPIRED_SESSION_TOKEN}` }),
      }),
    );
    expect([expired.code, expired.status]).to.deep.equal(['unauthorized', 401]);
    const broken = await failure(
      adapter.listMyRequests({ signal: signal(), session: () => Promise.reject(new Error('signed out')) }),
    );
    expect(broken.code).to.equal('unauthorized');
  });

  it('an asynchronous session function works too', async () => {
    const headers = deferred<Record<string, string>>();
    let asked = false;
    const later: SessionHeaders = () => {
      asked = true;
      return headers.promise;
    };
    const mine = new RestAdapter({ endpoint: ENDPOINT }).listMyRequests({ signal: signal(), session: later });
    await waitUntil(() => asked, 'the adapter asks the page for the session');
    headers.resolve({ authorization: `Bearer ${DEMO_SESSION_TOKEN}` });
    expect(await mine).to.have.length(4);
  });
});

describe('RestAdapter: what travels where', () => {
  it('no URL ever contains the reference or the proof: they are in a POST body', async () => {
    const { calls, spy } = spyFetch();
    const adapter = new RestAdapter({ endpoint: ENDPOINT, fetch: spy });
    await adapter.getRequest(WAITING.reference, WAITING.email, { signal: signal() });
    await adapter.getRequest(WAITING.reference, 'wrong@example.org', { signal: signal() }).catch(() => undefined);
    await adapter.getRequest('SA-2026-99999', 'x@example.org', { signal: signal() });
    expect(calls).to.have.length(3);
    for (const { url, init } of calls) {
      expect(url).to.equal(new URL(`${ENDPOINT}requests/lookup`, location.href).href);
      for (const secret of [
        WAITING.reference,
        WAITING.email,
        'wrong@example.org',
        'SA-2026-99999',
        encodeURIComponent(WAITING.email),
      ])
        expect(url).to.not.contain(secret);
      expect(init.method).to.equal('POST');
      expect(headersOf(init).get('content-type')).to.equal('application/json');
      expect(init.cache).to.equal('no-store');
    }
    expect(sentBody(calls[0].init)).to.deep.equal({
      reference: WAITING.reference,
      proof: WAITING.email,
    });
    // The browser saw no URL with them either.
    const seen = performance.getEntriesByType('resource').map((e) => e.name);
    expect(
      seen.filter((name) => name.includes(WAITING.reference) || name.includes(encodeURIComponent(WAITING.email))),
    ).to.deep.equal([]);
  });

  it('a lookup without proof sends the reference alone', async () => {
    const { calls, spy } = spyFetch();
    await failure(
      new RestAdapter({ endpoint: ENDPOINT, fetch: spy }).getRequest('SA-2026-00298', undefined, { signal: signal() }),
    );
    expect(sentBody(calls[0].init)).to.deep.equal({ reference: 'SA-2026-00298' });
  });

  it('session headers go on me/requests only; every call is same-origin for cookies', async () => {
    const { calls, spy } = spyFetch();
    const adapter = new RestAdapter({ endpoint: ENDPOINT, fetch: spy });
    const options = { signal: signal(), session };
    // Every method gets the session in its options; only listMyRequests may use it.
    await adapter.getCity(options);
    await adapter.listProcedures({ theme: 'etat-civil' }, options);
    await adapter.getProcedure('acte-naissance', options);
    await adapter.getRequestLookup(options);
    await adapter.getRequest(WAITING.reference, WAITING.email, options);
    await adapter.listMyRequests(options);
    expect(calls).to.have.length(6);
    for (const { url, init } of calls) {
      expect(init.credentials, url).to.equal('same-origin');
      expect(headersOf(init).get('accept')).to.equal('application/json');
      const authorization = headersOf(init).get('authorization');
      if (url.endsWith('/me/requests')) expect(authorization).to.equal(`Bearer ${DEMO_SESSION_TOKEN}`);
      else expect(authorization, url).to.equal(null);
    }
    expect(calls.map((c) => new URL(c.url).pathname.slice(ENDPOINT.length))).to.deep.equal([
      'city',
      'procedures',
      'procedures/acte-naissance',
      'request-lookup',
      'requests/lookup',
      'me/requests',
    ]);
    expect(calls.filter((c) => c.init.cache === 'no-store').map((c) => c.url.split('/').pop())).to.deep.equal([
      'lookup',
      'requests',
    ]);
  });

  it('the endpoint: with or without its final slash, relative to the page, query and fragment dropped', async () => {
    for (const endpoint of [
      ENDPOINT,
      ENDPOINT.slice(0, -1),
      `${ENDPOINT}?x=1#top`,
      new URL(ENDPOINT, location.href).href,
    ]) {
      const adapter = new RestAdapter({ endpoint });
      expect(adapter.endpoint, endpoint).to.equal(new URL(ENDPOINT, location.href).href);
      expect((await adapter.getCity({ signal: signal() }))?.country).to.equal('FR');
    }
    expect(() => new RestAdapter({ endpoint: '' })).to.throw(/endpoint/);
    expect(() => new RestAdapter({ endpoint: 'javascript:alert(1)' })).to.throw(/http/);
  });

  it('ids are escaped into one path segment', async () => {
    const { calls, spy } = spyFetch();
    await new RestAdapter({ endpoint: ENDPOINT, fetch: spy }).getProcedure('a/b?c#d', { signal: signal() });
    expect(calls[0].url).to.match(/\/procedures\/a%2Fb%3Fc%23d$/);
  });
});

describe('RestAdapter: errors', () => {
  // Answers whose body is not the error format (the test server's /__status/<code> is text/plain).
  const statuses: [string, number, (a: RestAdapter) => Promise<unknown>, string][] = [
    ['listProcedures', 400, (a) => a.listProcedures({}, { signal: signal() }), 'invalid-data'],
    ['listMyRequests', 401, (a) => a.listMyRequests({ signal: signal(), session }), 'unauthorized'],
    ['getRequest', 403, (a) => a.getRequest('SA-2026-00001', 'x', { signal: signal() }), 'wrong-proof'],
    ['listMyRequests', 403, (a) => a.listMyRequests({ signal: signal(), session }), 'unauthorized'],
    ['getCity', 403, (a) => a.getCity({ signal: signal() }), 'http'],
    ['listProcedures', 404, (a) => a.listProcedures({}, { signal: signal() }), 'not-found'],
    ['getRequestLookup', 404, (a) => a.getRequestLookup({ signal: signal() }), 'not-found'],
    ['getRequest', 429, (a) => a.getRequest('SA-2026-00001', 'x', { signal: signal() }), 'too-many-attempts'],
    ['getProcedure', 500, (a) => a.getProcedure('x', { signal: signal() }), 'http'],
    ['getProcedure', 502, (a) => a.getProcedure('x', { signal: signal() }), 'network'],
    ['getProcedure', 503, (a) => a.getProcedure('x', { signal: signal() }), 'http'],
    ['getProcedure', 504, (a) => a.getProcedure('x', { signal: signal() }), 'timeout'],
  ];
  for (const [method, status, run, code] of statuses) {
    it(`${method}: HTTP ${status} without the error format is ${code}`, async () => {
      const error = await failure(run(answeredBy(`/__status/${status}`)));
      expect(error.code).to.equal(code);
      expect(error.status).to.equal(status);
    });
  }

  it('404 is undefined for getProcedure, getCity and getRequest, whatever the body', async () => {
    const adapter = answeredBy('/__status/404');
    expect(await adapter.getProcedure('x', { signal: signal() })).to.equal(undefined);
    expect(await adapter.getCity({ signal: signal() })).to.equal(undefined);
    expect(await adapter.getRequest('SA-2026-00001', 'x', { signal: signal() })).to.equal(undefined);
  });

  it("the problem details' code, detail and errors are kept", async () => {
    // The real server's 400: errors say what is wrong.
    const { spy } = spyFetch();
    const adapter = new RestAdapter({
      endpoint: ENDPOINT,
      fetch: (url, init) => spy(url, { ...init, body: '{"reference":"SA-2026-00412","extra":1}' }),
    });
    const error = await failure(adapter.getRequest(WAITING.reference, WAITING.email, { signal: signal() }));
    expect(error.code).to.equal('invalid-data');
    expect(error.status).to.equal(400);
    expect(error.details).to.deep.equal(['extra: is not a field of the lookup']);
    expect(error.message).to.contain('Invalid lookup');
  });

  it('each code of the reference server maps to the same CivicError code', async () => {
    const adapter = new RestAdapter({ endpoint: ENDPOINT });
    const locked = demo('SA-2026-00298');
    const cases: [string, Promise<unknown>, string, number][] = [
      [
        'getRequest, wrong proof',
        adapter.getRequest(locked.reference, 'nope@example.org', options()),
        'wrong-proof',
        403,
      ],
      ['listMyRequests, no session', adapter.listMyRequests(options()), 'unauthorized', 401],
      ['listProcedures, invalid theme', adapter.listProcedures({ theme: '<b>' }, options()), 'invalid-data', 400],
      [
        'getRequestLookup, not found',
        answeredBy(`${ENDPOINT}no-such-operation`).getRequestLookup(options()),
        'not-found',
        404,
      ],
      ['getCity, wrong method', answeredBy(`${ENDPOINT}requests/lookup`).getCity(options()), 'http', 405],
    ];
    for (const [what, call, code, status] of cases) {
      const error = await failure(call);
      expect([error.code, error.status], what).to.deep.equal([code, status]);
    }
  });

  it("the problem's code wins over the status, whatever its type", async () => {
    // A gateway that says "timeout" with a 500 is a time-out.
    const problem = {
      type: 'urn:civic-elements:problem:timeout',
      title: 'Upstream timed out',
      status: 500,
      detail: 'upstream timed out',
      code: 'timeout',
      errors: ['gateway'],
    };
    const adapter = new RestAdapter({
      endpoint: ENDPOINT,
      fetch: () =>
        Promise.resolve(
          new Response(JSON.stringify(problem), {
            status: 500,
            headers: { 'content-type': 'application/problem+json' },
          }),
        ),
    });
    const error = await failure(adapter.getProcedure('x', { signal: signal() }));
    expect([error.code, error.status, error.details[0]]).to.deep.equal(['timeout', 500, 'gateway']);
    expect(error.message).to.contain('upstream timed out');
    const unknown = new RestAdapter({
      endpoint: ENDPOINT,
      fetch: () => Promise.resolve(new Response(JSON.stringify({ ...problem, code: 'config' }), { status: 500 })),
    });
    expect(
      (await failure(unknown.getProcedure('x', { signal: signal() }))).code,
      'codes a server may not send are read from the status',
    ).to.equal('http');
  });

  it('the first error format, { code, message, details }, is still read', async () => {
    const adapter = new RestAdapter({
      endpoint: ENDPOINT,
      fetch: () =>
        Promise.resolve(
          new Response(JSON.stringify({ code: 'wrong-proof', message: 'no match', details: ['proof'] }), {
            status: 400,
          }),
        ),
    });
    const error = await failure(adapter.getRequest('SA-2026-00001', 'x', { signal: signal() }));
    expect([error.code, error.details[0]]).to.deep.equal(['wrong-proof', 'proof']);
    expect(error.message).to.contain('no match');
  });

  it('a body that is not JSON: invalid-json', async () => {
    const error = await failure(answeredBy('/test/fixtures/not-json.json').getCity({ signal: signal() }));
    expect(error.code).to.equal('invalid-json');
  });

  it('JSON of the wrong type: invalid-data', async () => {
    // An object where a list is expected, and a list where an object is expected.
    expect((await failure(answeredBy(`${ENDPOINT}city`).listProcedures({}, { signal: signal() }))).code).to.equal(
      'invalid-data',
    );
    expect((await failure(answeredBy(`${ENDPOINT}procedures`).getProcedure('x', { signal: signal() }))).code).to.equal(
      'invalid-data',
    );
    expect((await failure(answeredBy(`${ENDPOINT}procedures`).getRequestLookup({ signal: signal() }))).code).to.equal(
      'invalid-data',
    );
  });

  it('an unreachable server: network', async () => {
    const error = await failure(
      new RestAdapter({ endpoint: 'http://127.0.0.1:9/api/civic/' }).getCity({ signal: signal() }),
    );
    expect(error.code).to.equal('network');
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterSeconds('120')).to.equal(120);
    expect(retryAfterSeconds(null)).to.equal(undefined);
    expect(retryAfterSeconds('soon')).to.equal(undefined);
    const inAMinute = new Date(Date.now() + 60_000).toUTCString();
    expect(retryAfterSeconds(inAMinute)).to.be.within(58, 61);
  });
});

describe('RestAdapter: abort and time-out', () => {
  it('aborting the signal aborts the HTTP request and rejects with the abort reason', async () => {
    const { calls, spy } = spyFetch();
    const adapter = new RestAdapter({ endpoint: SLOW_ENDPOINT(3000), fetch: spy });
    const controller = new AbortController();
    const pending = failure(adapter.getRequest(WAITING.reference, WAITING.email, { signal: controller.signal }));
    await waitUntil(() => calls.length === 1, 'the request is sent');
    controller.abort();
    const started = performance.now();
    const error = (await pending) as unknown as DOMException;
    expect(error.name).to.equal('AbortError');
    expect(performance.now() - started).to.be.below(1000);
    expect(calls[0].init.signal?.aborted).to.equal(true);
  });

  it('an already aborted signal sends nothing for me/requests after the session is read', async () => {
    const { calls, spy } = spyFetch();
    const controller = new AbortController();
    const headers = deferred<Record<string, string>>();
    const pending = failure(
      new RestAdapter({ endpoint: ENDPOINT, fetch: spy }).listMyRequests({
        signal: controller.signal,
        session: () => headers.promise,
      }),
    );
    controller.abort();
    // The session arrives after the abort: nothing may be sent with it.
    headers.resolve({ authorization: `Bearer ${DEMO_SESSION_TOKEN}` });
    expect(((await pending) as unknown as DOMException).name).to.equal('AbortError');
    expect(calls).to.have.length(0);
  });

  it("the data layer's time-out ends a slow answer with timeout and aborts the request", async () => {
    const { calls, spy } = spyFetch();
    const adapter = new RestAdapter({ endpoint: SLOW_ENDPOINT(3000), fetch: spy });
    const started = performance.now();
    const error = await failure(withTimeout((timed) => adapter.getCity({ signal: timed }), 300, signal()));
    expect(error.code).to.equal('timeout');
    expect(performance.now() - started).to.be.below(1500);
    expect(calls[0].init.signal?.aborted).to.equal(true);
  });

  it('a slow answer within the time-out arrives', async () => {
    const adapter = new RestAdapter({ endpoint: SLOW_ENDPOINT(200) });
    const city = await withTimeout((timed) => adapter.getCity({ signal: timed }), 3000, signal());
    expect(city?.country).to.equal('FR');
  });
});

describe('<civic-provider adapter="rest">', () => {
  it('elements read procedures from the REST back-end', async () => {
    const provider = await fixture(
      html`<civic-provider adapter="rest" endpoint=${ENDPOINT}
        ><civic-online-badge procedure="acte-naissance"></civic-online-badge
      ></civic-provider>`,
    );
    const badge = provider.querySelector('civic-online-badge')!;
    await until(badge, () => shadowText(badge).includes('ligne'), 'the procedure from the REST back-end');
    expect(shadowText(badge)).to.contain('Entièrement en ligne');
  });

  it('without an endpoint, the provider says so', async () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (m: string) => errors.push(m);
    try {
      await fixture(html`<civic-provider adapter="rest"></civic-provider>`);
    } finally {
      console.error = original;
    }
    expect(errors.join('\n')).to.contain('adapter="rest" needs an endpoint attribute');
  });
});
