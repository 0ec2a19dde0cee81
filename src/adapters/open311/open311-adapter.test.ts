import { expect, fixture, html } from '@open-wc/testing';
import '../../index.js';
import './register.js';
import { CivicError } from '../../core/civic-error.js';
import type { FetchFunction } from '../../core/http-json.js';
import { adapterFactory } from '../registry.js';
import { capturingWarnings } from '../../../test/harness/console.js';
import { shadowText, until } from '../../../test/harness/render.js';
import { Open311Adapter, type Open311AdapterOptions } from './open311-adapter.js';

/**
 * The adapter's HTTP behaviour: an injected fetch serves the repository's backend samples (read
 * at run time from /__fixtures/<folder>/<name>, see test/fixtures/README.md) for the URLs it is
 * asked, and records those URLs. Each test uses an endpoint of its own, as discovery and services
 * are kept for the page per URL.
 */
type Answer = string | { status?: number; body?: string; fixture?: string };

let unique = 0;
const freshEndpoint = () => `https://city.example/t${Date.now()}-${++unique}/open311/v2/`;
const options = () => ({ signal: new AbortController().signal });

async function fixtureBody(name: string): Promise<string> {
  const response = await fetch(`/__fixtures/${name}`);
  const text = await response.text();
  if (!response.ok) throw new Error(`/__fixtures/${name}: HTTP ${response.status} ${text}`);
  return text;
}

interface FakeServer {
  fetch: FetchFunction;
  /** URLs asked, in order. */
  calls: URL[];
  accepts: string[];
  /** Paths asked, relative to the endpoint, with their query. */
  asked: () => string[];
}

/** Answers `routes[path]` (path relative to `endpoint`, query left out); 404 for anything else. */
function fakeServer(endpoint: string, routes: Record<string, Answer>): FakeServer {
  const calls: URL[] = [];
  const accepts: string[] = [];
  const fetchImpl: FetchFunction = async (input, init) => {
    init?.signal?.throwIfAborted();
    const url = new URL(input);
    calls.push(url);
    accepts.push(new Headers(init?.headers).get('accept') ?? '');
    const path = url.href.startsWith(endpoint) ? url.pathname.slice(new URL(endpoint).pathname.length) : url.pathname;
    const answer = routes[decodeURIComponent(path)];
    if (answer === undefined) return new Response('[{"code":404,"description":"not found"}]', { status: 404 });
    const { status = 200, body, fixture: name } = typeof answer === 'string' ? { fixture: answer } : answer;
    return new Response(name ? await fixtureBody(name) : (body ?? ''), { status });
  };
  return { fetch: fetchImpl, calls, accepts, asked: () => calls.map((u) => `${u.href.slice(endpoint.length)}`) };
}

function adapter(routes: Record<string, Answer>, more: Partial<Open311AdapterOptions> = {}) {
  const endpoint = freshEndpoint();
  const server = fakeServer(endpoint, routes);
  return { server, endpoint, adapter: new Open311Adapter({ endpoint, fetch: server.fetch, ...more }) };
}

async function failure(promise: Promise<unknown>): Promise<CivicError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected a CivicError').to.be.instanceOf(CivicError);
  return error as CivicError;
}

const closedRequest = {
  reference: '40217',
  procedureId: '003',
  procedureTitle: 'Path surface damage',
  state: 'done',
  stateLabel: 'closed',
  history: [
    { date: '2019-07-08T09:12:40-05:00', state: 'received' },
    { date: '2019-07-08T09:12:40-05:00', state: 'done', stateLabel: 'closed', note: 'Already reported as 40198.' },
  ],
  expectedDate: '2019-07-10T09:12:40-05:00',
  createdAt: '2019-07-08T09:12:40-05:00',
  updatedAt: '2019-07-08T09:12:40-05:00',
};

describe('Open311Adapter', function () {
  describe('configuration', () => {
    it('resolves a relative endpoint against the page, with a trailing slash', () => {
      expect(new Open311Adapter({ endpoint: '/open311/v2' }).endpoint).to.equal(`${location.origin}/open311/v2/`);
      expect(new Open311Adapter({ endpoint: ' https://city.example/open311/v2/#x ' }).endpoint).to.equal(
        'https://city.example/open311/v2/',
      );
      // A key pasted into the endpoint is dropped: reads never send one.
      expect(new Open311Adapter({ endpoint: 'https://city.example/open311/v2?api_key=xyz&city=1' }).endpoint).to.equal(
        'https://city.example/open311/v2/?city=1',
      );
    });

    it('refuses an endpoint that is not http(s) as a config error', () => {
      for (const endpoint of [
        '',
        '   ',
        'javascript:alert(1)',
        'ftp://city.example/open311/',
        'data:text/xml,<services/>',
      ]) {
        let error: unknown;
        try {
          new Open311Adapter({ endpoint });
        } catch (e) {
          error = e;
        }
        expect((error as CivicError).code, endpoint).to.equal('config');
      }
    });

    it('registers "open311" for <civic-provider adapter="open311">', () => {
      const fetchImpl: FetchFunction = (url) => fetch(url);
      const made = adapterFactory('open311')!({
        endpoint: 'https://city.example/open311/v2',
        jurisdiction: 'city.example',
        apiKey: 'secret',
        fetch: fetchImpl,
      });
      expect(made).to.be.instanceOf(Open311Adapter);
      const open311 = made as Open311Adapter;
      expect([open311.endpoint, open311.jurisdiction, open311.apiKey, open311.format]).to.deep.equal([
        'https://city.example/open311/v2/',
        'city.example',
        'secret',
        'auto',
      ]);
    });

    it('takes format, updates, discovery and time-zone from the provider’s attributes', async () => {
      const made = adapterFactory('open311')!({
        endpoint: 'https://city.example/open311/v2',
        format: 'json',
        updates: true,
        discovery: 'https://city.example/discovery.json',
        timeZone: 'America/Vancouver',
      }) as Open311Adapter;
      expect([made.format, made.updates, made.discovery, made.timeZone]).to.deep.equal([
        'json',
        true,
        'https://city.example/discovery.json',
        'America/Vancouver',
      ]);
      expect(await made.getCity()).to.deep.equal({ timeZone: 'America/Vancouver' });
      const bare = adapterFactory('open311')!({ endpoint: 'https://city.example/', format: 'yaml' }) as Open311Adapter;
      expect([bare.format, bare.updates, bare.discovery]).to.deep.equal(['auto', false, undefined]);
      // No zone given: unknown, never another continent's default.
      expect(await bare.getCity()).to.deep.equal({ timeZone: '' });
      for (const wrong of [{ timeZone: 'Pacific Time' }, { discovery: 'ftp://city.example/discovery.xml' }]) {
        let error: unknown;
        try {
          adapterFactory('open311')!({ endpoint: 'https://city.example/', ...wrong });
        } catch (e) {
          error = e;
        }
        expect((error as CivicError).code, JSON.stringify(wrong)).to.equal('config');
      }
    });

    it('asks no proof: Open311 requests are public reports', async () => {
      expect(await new Open311Adapter({ endpoint: 'https://city.example/' }).getRequestLookup()).to.deep.equal({});
    });
  });

  describe('services', () => {
    it('reads services.xml with the jurisdiction and never the api_key', async () => {
      const { adapter: a, server } = adapter(
        { 'services.xml': 'open311-spec/services.xml' },
        { format: 'xml', jurisdiction: 'cedarhollow.example', apiKey: 'xyz' },
      );
      const procedure = await a.getProcedure('001', options());
      expect(procedure).to.deep.include({
        id: '001',
        title: 'Streetlight out',
        themes: ['lighting'],
        online: { availability: 'full' },
      });
      expect(await a.getProcedure(' 003 ', options())).to.have.property('title', 'Path surface damage');
      expect(await a.getProcedure('1', options()), '"001" is not 1').to.equal(undefined);
      expect(server.asked()).to.deep.equal(['services.xml?jurisdiction_id=cedarhollow.example']);
      expect(server.accepts[0]).to.contain('xml');
      expect(server.calls.every((u) => !u.search.includes('api_key') && !u.href.includes('xyz'))).to.equal(true);
    });

    it('reads services.json, the specification’s invalid JSON included', async () => {
      const { adapter: a, server } = adapter({ 'services.json': 'open311-spec/services.json.txt' }, { format: 'json' });
      expect((await a.listProcedures({}, options())).map((p) => p.id)).to.deep.equal(['001', '002', '003']);
      expect(server.asked()).to.deep.equal(['services.json']);
      expect(server.accepts[0]).to.equal('application/json');
    });

    it('reads XML sent to a .json URL (some servers ignore the suffix)', async () => {
      const { adapter: a } = adapter({ 'services.json': 'mysociety/services.xml' }, { format: 'json' });
      expect((await a.listProcedures({}, options())).map((p) => p.id)).to.deep.equal(['GULLY', 'KERB', 'FLY']);
    });

    it('filters by text (any case, accents aside), theme and audience; lists the groups', async () => {
      const { adapter: a } = adapter({ 'services.xml': 'open311-spec/services.xml' }, { format: 'xml' });
      const ids = async (query: object) => (await a.listProcedures(query, options())).map((p) => p.id);
      expect(await ids({ text: 'paving' })).to.deep.equal(['003']);
      expect(await ids({ text: 'FOOTPATH' })).to.deep.equal(['002', '003']);
      expect(await ids({ text: 'BÛLB' })).to.deep.equal(['001']);
      expect(await ids({ text: 'outdoor' }), 'keywords').to.deep.equal(['001', '002', '003']);
      expect(await ids({ theme: 'parks' })).to.deep.equal(['002', '003']);
      expect(await ids({ theme: 'parks', text: 'branch' })).to.deep.equal(['002']);
      expect(await ids({ audience: 'family' })).to.deep.equal([]);
      expect(await a.getThemes({ signal: new AbortController().signal })).to.deep.equal([
        { id: 'lighting', title: 'lighting' },
        { id: 'parks', title: 'parks' },
      ]);
    });

    it('asks the services once for every call and every adapter of the same endpoint', async () => {
      const endpoint = freshEndpoint();
      const server = fakeServer(endpoint, { 'services.xml': 'open311-spec/services.xml' });
      const a = new Open311Adapter({ endpoint, format: 'xml', fetch: server.fetch });
      const b = new Open311Adapter({ endpoint: endpoint.slice(0, -1), format: 'xml', fetch: server.fetch });
      await Promise.all([
        a.getProcedure('001', options()),
        a.getProcedure('002', options()),
        b.listProcedures({}, options()),
        b.getThemes(options()),
      ]);
      await a.getProcedure('003', options());
      expect(server.asked()).to.deep.equal(['services.xml']);
      // Another jurisdiction is another catalog.
      await new Open311Adapter({ endpoint, format: 'xml', jurisdiction: 'other', fetch: server.fetch }).getProcedure(
        '001',
        options(),
      );
      expect(server.asked()).to.deep.equal(['services.xml', 'services.xml?jurisdiction_id=other']);
    });
  });

  describe('format "auto" (discovery)', () => {
    it('uses JSON when discovery lists it for this endpoint, and asks discovery once', async () => {
      const endpoint = freshEndpoint();
      const discovery = (await fixtureBody('open311-spec/discovery.xml')).replace(
        'http://open311.cedarhollow.example/test/v2',
        endpoint.replace(/\/$/, ''),
      );
      const server = fakeServer(endpoint, {
        'discovery.xml': { body: discovery },
        'services.json': 'open311-spec/services.json.txt',
        'requests/40217.json': 'open311-spec/request.json.txt',
      });
      const a = new Open311Adapter({
        endpoint,
        fetch: server.fetch,
        jurisdiction: 'cedarhollow.example',
        discovery: `${endpoint}discovery.xml`,
      });
      expect(a.format).to.equal('auto');
      await Promise.all([a.getProcedure('001', options()), a.getProcedure('002', options())]);
      expect(await a.getRequest('40217', undefined, options())).to.deep.equal(closedRequest);
      expect(server.asked()).to.deep.equal([
        'discovery.xml',
        'services.json?jurisdiction_id=cedarhollow.example',
        'requests/40217.json?jurisdiction_id=cedarhollow.example&extensions=true',
      ]);
    });

    const withDiscovery = (routes: Record<string, Answer>) => {
      const endpoint = freshEndpoint();
      const server = fakeServer(endpoint, routes);
      const a = new Open311Adapter({ endpoint, fetch: server.fetch, discovery: `${endpoint}discovery.xml` });
      return { adapter: a, server };
    };

    it('never guesses {endpoint}discovery.xml: without a discovery URL, the format configured, else XML', async () => {
      const routes: Record<string, Answer> = {
        'discovery.xml': 'open311-spec/discovery.xml',
        'services.xml': 'mysociety/services.xml',
        'services.json': 'open311-spec/services.json.txt',
      };
      const { adapter: a, server } = adapter(routes);
      await a.getProcedure('GULLY', options());
      expect(server.asked()).to.deep.equal(['services.xml']);
      const json = adapter(routes, { format: 'json', discovery: 'https://elsewhere.example/discovery.json' });
      await json.adapter.getProcedure('001', options());
      expect(json.server.asked(), 'a configured format needs no discovery').to.deep.equal(['services.json']);
    });

    it('reads the discovery URL the city publishes, wherever it is', async () => {
      const endpoint = freshEndpoint();
      const discovery = (await fixtureBody('open311-spec/discovery.json')).replace(
        'http://open311.cedarhollow.example/test/v2',
        endpoint.replace(/\/$/, ''),
      );
      const calls: string[] = [];
      const server = fakeServer(endpoint, { 'services.json': 'open311-spec/services.json.txt' });
      const fetchImpl: FetchFunction = (input, init) => {
        calls.push(String(input));
        return String(input) === 'https://www.city.example/open311-discovery.json'
          ? Promise.resolve(new Response(discovery))
          : server.fetch(input, init);
      };
      const a = new Open311Adapter({
        endpoint,
        fetch: fetchImpl,
        discovery: 'https://www.city.example/open311-discovery.json',
      });
      await a.getProcedure('001', options());
      expect(calls).to.deep.equal(['https://www.city.example/open311-discovery.json', `${endpoint}services.json`]);
    });

    it('uses XML when discovery lists only XML (the spec’s production endpoint)', async () => {
      const { adapter: a, server } = withDiscovery({
        'discovery.xml': 'open311-spec/discovery.xml',
        'services.xml': 'mysociety/services.xml',
      });
      expect(await a.getProcedure('FLY', options())).to.have.property('title', 'Fly-tipping');
      expect(server.asked()).to.deep.equal(['discovery.xml', 'services.xml']);
    });

    it('uses XML when there is no discovery, or an unreadable one, and does not ask again', async () => {
      for (const discovery of [
        undefined,
        { body: '<html><body>Not here</body></html>' },
        { status: 500, body: 'oops' },
      ]) {
        const routes: Record<string, Answer> = { 'services.xml': 'mysociety/services.xml' };
        if (discovery) routes['discovery.xml'] = discovery;
        const { adapter: a, server } = withDiscovery(routes);
        await a.getProcedure('GULLY', options());
        await a.getProcedure('KERB', options());
        expect(server.asked()).to.deep.equal(['discovery.xml', 'services.xml']);
      }
    });
  });

  describe('requests', () => {
    it('GETs requests/{id}.xml with jurisdiction_id and extensions=true, never the api_key', async () => {
      const { adapter: a, server } = adapter(
        { 'requests/40217.xml': 'open311-spec/request.xml' },
        { format: 'xml', jurisdiction: 'cedarhollow.example', apiKey: 'xyz' },
      );
      expect(await a.getRequest(' 40217 ', undefined, options())).to.deep.equal(closedRequest);
      expect(server.asked()).to.deep.equal(['requests/40217.xml?jurisdiction_id=cedarhollow.example&extensions=true']);
      expect(server.calls[0].searchParams.has('api_key')).to.equal(false);
    });

    it('encodes the reference into the path', async () => {
      const { adapter: a, server } = adapter({}, { format: 'json' });
      expect(await a.getRequest('a/b?c=d#e', undefined, options())).to.equal(undefined);
      expect(server.calls[0].pathname.endsWith('/requests/a%2Fb%3Fc%3Dd%23e.json')).to.equal(true);
      expect(server.calls[0].search).to.equal('?extensions=true');
      expect(await a.getRequest('  ', undefined, options()), 'nothing asked for a blank reference').to.equal(undefined);
      expect(server.calls).to.have.length(1);
    });

    it('gives undefined for an unknown reference: 404, an empty list, another request', async () => {
      const { adapter: a } = adapter(
        { 'requests/1.xml': 'mysociety/requests-empty.xml', 'requests/2.xml': 'open311-spec/request.xml' },
        { format: 'xml' },
      );
      expect(await a.getRequest('404', undefined, options())).to.equal(undefined);
      expect(await a.getRequest('1', undefined, options())).to.equal(undefined);
      expect(await a.getRequest('2', undefined, options())).to.equal(undefined);
    });

    it('picks the request asked when the server sends several', async () => {
      const { adapter: a } = adapter({ 'requests/40223.json': 'open311-spec/requests.json.txt' }, { format: 'json' });
      expect(await a.getRequest('40223', undefined, options())).to.have.property('stateLabel', 'open');
    });

    it('reads a string id ("0" included) and old FixMyStreet JSON', async () => {
      const { adapter: a } = adapter(
        {
          'requests/0.xml': 'mysociety/request-id-zero.xml',
          'requests/RPT-7.xml': 'mysociety/fixmystreet-old-wrapped-requests.json',
        },
        { format: 'xml' },
      );
      expect(await a.getRequest('0', undefined, options())).to.have.property('reference', '0');
      expect(await a.getRequest('RPT-7', undefined, options())).to.deep.equal({
        reference: 'RPT-7',
        procedureId: 'GULLY',
        procedureTitle: 'Blocked Road Drain',
        state: 'done',
        stateLabel: 'fixed',
        handledBy: 'Highways, Drainage contractor',
        history: [
          { date: '2016-05-03T08:30:00Z', state: 'received' },
          { date: '2016-05-05T15:10:00Z', state: 'done', stateLabel: 'fixed', note: 'Drain cleared.' },
        ],
        createdAt: '2016-05-03T08:30:00Z',
        updatedAt: '2016-05-05T15:10:00Z',
      });
    });

    it('asks several at once with service_request_id=a,b and keeps the order asked', async () => {
      const { adapter: a, server } = adapter(
        { 'requests.xml': 'open311-spec/requests.xml' },
        { format: 'xml', jurisdiction: 'cedarhollow.example' },
      );
      const found = await a.getRequests(['40223', ' 40217', 'nope', '40223'], options());
      expect(found.map((r) => [r.reference, r.state])).to.deep.equal([
        ['40223', 'in-progress'],
        ['40217', 'done'],
      ]);
      expect(server.asked()).to.deep.equal([
        'requests.xml?jurisdiction_id=cedarhollow.example&service_request_id=40223,40217,nope&extensions=true',
      ]);
      expect(server.calls[0].searchParams.get('service_request_id')).to.equal('40223,40217,nope');
      expect(await a.getRequests([' ', ''], options())).to.deep.equal([]);
      expect(server.calls).to.have.length(1);
    });

    it('asks ids by 50, and an id with a comma alone', async () => {
      const { adapter: a, server } = adapter({}, { format: 'json' });
      const ids = [...Array.from({ length: 120 }, (_, i) => `R${i}`), 'x,y'];
      expect(await a.getRequests(ids, options())).to.deep.equal([]);
      const lists = server.calls
        .filter((u) => u.pathname.endsWith('/requests.json'))
        .map((u) => u.searchParams.get('service_request_id')!.split(',').length);
      expect(lists).to.deep.equal([50, 50, 20]);
      expect(server.calls.some((u) => u.pathname.endsWith('/requests/x%2Cy.json'))).to.equal(true);
    });
  });

  describe('mySociety updates', () => {
    const record = (id: string, status: string, requested = '2024-03-04T08:00:00Z') => `<request>
      <service_request_id>${id}</service_request_id><status>${status}</status><service_code>GULLY</service_code><service_name>Blocked Road Drain</service_name>
      <requested_datetime>${requested}</requested_datetime><updated_datetime>2024-03-05T14:12:40Z</updated_datetime><lat>0</lat><long>0</long>
    </request>`;
    const fms = (...records: string[]) =>
      `<?xml version="1.0" encoding="utf-8"?><service_requests>${records.join('')}</service_requests>`;

    it('with updates: true, makes the history from servicerequestupdates, filtered by request', async () => {
      const { adapter: a, server } = adapter(
        {
          'requests/RPT-03.xml': { body: fms(record('RPT-03', 'closed')) },
          'servicerequestupdates.xml': 'mysociety/servicerequestupdates.xml',
        },
        { format: 'xml', updates: true, jurisdiction: 'cedarhollow.example' },
      );
      const request = await a.getRequest('RPT-03', undefined, options());
      expect(request?.history).to.deep.equal([
        { date: '2024-03-04T08:00:00Z', state: 'received' },
        {
          date: '2024-03-05T14:12:40Z',
          state: 'done',
          stateLabel: 'closed',
          note: 'Closed by the crew on site\n(no second visit planned)',
        },
      ]);
      expect(server.asked()).to.deep.equal([
        'requests/RPT-03.xml?jurisdiction_id=cedarhollow.example&extensions=true',
        'servicerequestupdates.xml?jurisdiction_id=cedarhollow.example&start_date=2024-03-04T08%3A00%3A00Z',
      ]);
    });

    it('without the option, or when the request has notes, asks no updates', async () => {
      const plain = adapter({ 'requests/RPT-03.xml': { body: fms(record('RPT-03', 'closed')) } }, { format: 'xml' });
      expect((await plain.adapter.getRequest('RPT-03', undefined, options()))?.history).to.have.length(2);
      expect(plain.server.asked()).to.deep.equal(['requests/RPT-03.xml?extensions=true']);
      const noted = adapter(
        { 'requests/7310254.json': 'open311-spec/extensions-extended-attributes-request.json' },
        { format: 'json', updates: true },
      );
      expect(
        (await noted.adapter.getRequest('7310254', undefined, options()))?.history.map((e) => e.note),
      ).to.deep.equal(['Submitted via iPhone', 'Opened']);
      expect(noted.server.asked()).to.deep.equal(['requests/7310254.json?extensions=true']);
    });

    it('shows the request without history when the updates fail', async () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (m: string) => warnings.push(m);
      try {
        const { adapter: a } = adapter(
          {
            'requests/RPT-01.xml': { body: fms(record('RPT-01', 'in_progress')) },
            'servicerequestupdates.xml': { status: 500, body: 'down' },
          },
          { format: 'xml', updates: true },
        );
        const request = await a.getRequest('RPT-01', undefined, options());
        expect([request?.state, request?.stateLabel]).to.deep.equal(['in-progress', 'in progress']);
      } finally {
        console.warn = original;
      }
      expect(warnings.join()).to.contain('Open311 updates unavailable');
      expect(warnings.join()).to.not.contain('RPT-01');
    });

    it('asks the updates once for several requests, from the earliest creation', async () => {
      const both = fms(record('RPT-01', 'in_progress'), record('RPT-05', 'fixed', '2024-03-03T08:00:00Z'));
      const { adapter: a, server } = adapter(
        { 'requests.xml': { body: both }, 'servicerequestupdates.xml': 'mysociety/servicerequestupdates.xml' },
        { format: 'xml', updates: true },
      );
      const found = await a.getRequests(['RPT-05', 'RPT-01'], options());
      expect(found.map((r) => r.history.map((e) => e.stateLabel ?? e.state))).to.deep.equal([
        ['received', 'fixed', 'fixed'],
        ['received', 'in progress'],
      ]);
      expect(server.asked().filter((p) => p.startsWith('servicerequestupdates'))).to.deep.equal([
        'servicerequestupdates.xml?start_date=2024-03-03T08%3A00%3A00Z',
      ]);
    });
  });

  describe('errors', () => {
    const transcript = async (name: string): Promise<Answer> => {
      const [head, ...rest] = (await fixtureBody(name)).split(/\r?\n\r?\n/);
      return { status: Number(/^HTTP\/[\d.]+ (\d{3})/.exec(head)![1]), body: rest.join('\n\n') };
    };
    const apiKeyError = "The api_key sent is not known -- can't create the request.";

    it('403 on a public read (a server wanting a key), XML or JSON: refused, not a session, and logged', async () => {
      for (const [name, format] of [
        ['open311-spec/errors-403.http.xml.txt', 'xml'],
        ['open311-spec/errors-403.http.json.txt', 'json'],
      ] as const) {
        const { adapter: a } = adapter(
          { [`requests/EC-77.${format}`]: await transcript(name), [`services.${format}`]: await transcript(name) },
          { format },
        );
        const { warnings } = await capturingWarnings(async () => {
          for (const call of [a.getRequest('EC-77', undefined, options()), a.getProcedure('x', options())]) {
            const error = await failure(call);
            // Open311 has no sign-in: 'unauthorized' would tell the citizen their session expired.
            expect([error.code, error.status, error.details]).to.deep.equal(['http', 403, [apiKeyError]]);
          }
        });
        expect(warnings, 'one line per refusal for the web team').to.have.length(2);
        expect(warnings[0]).to.contain('HTTP 403').and.contain('api_key').and.contain(apiKeyError);
        expect(warnings.join(' '), 'no reference in the log').not.to.contain('EC-77');
      }
    });

    it('400: invalid-data with the descriptions; 500: http with its status; 404 on services: not-found', async () => {
      const { adapter: a } = adapter(
        {
          'requests/1.json': {
            status: 400,
            body: '[{"code":400,"description":"service_request_id is not a number"},{"code":400,"description":"jurisdiction_id required\\n"}]',
          },
          'requests/2.json': { status: 500, fixture: 'mysociety/error-500.json' },
          'requests/3.json': { status: 502, body: '<html><body>Bad gateway</body></html>' },
        },
        { format: 'json' },
      );
      const invalid = await failure(a.getRequest('1', undefined, options()));
      expect([invalid.code, invalid.status, invalid.details]).to.deep.equal([
        'invalid-data',
        400,
        ['service_request_id is not a number', 'jurisdiction_id required'],
      ]);
      const server = await failure(a.getRequest('2', undefined, options()));
      expect([server.code, server.status, server.details]).to.deep.equal([
        'http',
        500,
        ['No category is mapped to the code RETIRED'],
      ]);
      const gateway = await failure(a.getRequest('3', undefined, options()));
      expect([gateway.code, gateway.status, gateway.details]).to.deep.equal(['http', 502, []]);
      expect(gateway.message, 'no reference in messages').to.contain('requests/{id}.json').and.not.contain('/3.json');
      const missing = await failure(a.getProcedure('x', options()));
      expect([missing.code, missing.status]).to.deep.equal(['not-found', 404]);
    });

    it('an error list sent with 200 counts as the error it says', async () => {
      const { adapter: a } = adapter({ 'requests/1.xml': 'open311-spec/errors-403.xml' }, { format: 'xml' });
      const refused = await capturingWarnings(() => failure(a.getRequest('1', undefined, options())));
      expect([refused.value.code, refused.value.status]).to.deep.equal(['http', 403]);
      const json = new Open311Adapter({
        endpoint: a.endpoint,
        format: 'json',
        fetch: fakeServer(a.endpoint, {
          'requests/2.json': { body: '[{"code":"404","description":"No such request"}]' },
        }).fetch,
      });
      expect(await json.getRequest('2', undefined, options())).to.equal(undefined);
    });

    it('an unreachable server: network', async () => {
      const a = new Open311Adapter({
        endpoint: freshEndpoint(),
        format: 'xml',
        fetch: () => Promise.reject(new TypeError('Failed to fetch')),
      });
      expect((await failure(a.getRequest('1', undefined, options()))).code).to.equal('network');
      expect((await failure(a.getProcedure('1', options()))).code).to.equal('network');
    });

    it('a body that is not Open311: invalid-json or invalid-data', async () => {
      const cases: [Answer, 'json' | 'xml', string][] = [
        [{ body: '{"service_code":' }, 'json', 'invalid-json'],
        [{ body: '' }, 'json', 'invalid-json'],
        [{ body: '"just a string"' }, 'json', 'invalid-data'],
        [{ body: '<services><service></services>' }, 'xml', 'invalid-data'],
        [{ body: '' }, 'xml', 'invalid-data'],
        [
          { body: '<!DOCTYPE html><html><head><title>Login</title></head><body>Sign in</body></html>' },
          'xml',
          'invalid-data',
        ],
        [{ body: 'Service Unavailable' }, 'xml', 'invalid-data'],
        [{ body: 'Service Unavailable' }, 'json', 'invalid-json'],
      ];
      for (const [answer, format, code] of cases) {
        const { adapter: a } = adapter(
          { [`services.${format}`]: answer, [`requests/1.${format}`]: answer },
          { format },
        );
        expect((await failure(a.getProcedure('x', options()))).code, JSON.stringify(answer)).to.equal(code);
        expect((await failure(a.getRequest('1', undefined, options()))).code, JSON.stringify(answer)).to.equal(code);
      }
    });
  });

  describe('abort', () => {
    /** A fetch that never answers and records its signal. */
    const hanging = () => {
      const signals: AbortSignal[] = [];
      const fetchImpl: FetchFunction = (_url, init) =>
        new Promise((_, reject) => {
          signals.push(init!.signal!);
          init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason), { once: true });
        });
      return { signals, fetch: fetchImpl };
    };

    it('aborts a request lookup with the caller', async () => {
      const { signals, fetch: fetchImpl } = hanging();
      const a = new Open311Adapter({ endpoint: freshEndpoint(), format: 'xml', fetch: fetchImpl });
      const controller = new AbortController();
      const pending = a.getRequest('1', undefined, { signal: controller.signal }).catch((e: unknown) => e);
      await new Promise((r) => setTimeout(r));
      controller.abort();
      const error = await pending;
      expect((error as DOMException).name).to.equal('AbortError');
      expect(signals[0].aborted).to.equal(true);
    });

    it('aborts the shared services request only when no caller waits any more', async () => {
      const { signals, fetch: fetchImpl } = hanging();
      const a = new Open311Adapter({ endpoint: freshEndpoint(), format: 'xml', fetch: fetchImpl });
      const controllers = [new AbortController(), new AbortController()];
      const pending = controllers.map((c) => a.getProcedure('001', { signal: c.signal }).catch((e: unknown) => e));
      await new Promise((r) => setTimeout(r));
      expect(signals).to.have.length(1);
      controllers[0].abort();
      expect(signals[0].aborted).to.equal(false);
      controllers[1].abort();
      const errors = await Promise.all(pending);
      expect(signals[0].aborted).to.equal(true);
      expect(errors.every((e) => (e as DOMException).name === 'AbortError')).to.equal(true);
    });

    it('aborts discovery too, and does not keep the aborted answer', async () => {
      const { signals, fetch: fetchImpl } = hanging();
      const endpoint = freshEndpoint();
      const controller = new AbortController();
      const discovery = `${endpoint}discovery.xml`;
      const pending = new Open311Adapter({ endpoint, fetch: fetchImpl, discovery })
        .getProcedure('001', { signal: controller.signal })
        .catch((e: unknown) => e);
      await new Promise((r) => setTimeout(r));
      controller.abort();
      expect(((await pending) as DOMException).name).to.equal('AbortError');
      expect(signals[0].aborted).to.equal(true);
      // Asked again later, discovery is asked again (XML since it answers nothing usable).
      const server = fakeServer(endpoint, { 'services.xml': 'mysociety/services.xml' });
      await new Open311Adapter({ endpoint, fetch: server.fetch, discovery }).getProcedure('GULLY', options());
      expect(server.asked()).to.deep.equal(['discovery.xml', 'services.xml']);
    });

    it('rejects at once for a signal already aborted', async () => {
      const { signals, fetch: fetchImpl } = hanging();
      const a = new Open311Adapter({ endpoint: freshEndpoint(), format: 'json', fetch: fetchImpl });
      const error = await a.getRequest('1', undefined, { signal: AbortSignal.abort() }).catch((e: unknown) => e);
      expect((error as DOMException).name).to.equal('AbortError');
      expect(signals.every((s) => s.aborted)).to.equal(true);
    });
  });

  describe('over real HTTP', () => {
    it('reads the specification samples served by the test server (relative endpoint, auto format)', async () => {
      const a = new Open311Adapter({ endpoint: `/__fixtures/open311-spec/?t=${++unique}` });
      expect(a.endpoint.startsWith(`${location.origin}/__fixtures/open311-spec/?t=`)).to.equal(true);
      expect(await a.getProcedure('002', options())).to.have.property('title', 'Fallen branch on path');
    });

    it('reports a missing API and an unreachable server', async () => {
      const missing = await failure(
        new Open311Adapter({ endpoint: `/no-such-api-${++unique}/`, format: 'xml' }).getProcedure('x', options()),
      );
      expect([missing.code, missing.status]).to.deep.equal(['not-found', 404]);
      const unreachable = await failure(
        new Open311Adapter({ endpoint: 'http://127.0.0.1:9/', format: 'xml' }).getProcedure('x', options()),
      );
      expect(unreachable.code).to.equal('network');
    });

    it('feeds an online badge through <civic-provider adapter="open311">', async () => {
      const provider = await fixture(
        html`<civic-provider adapter="open311" endpoint=${`/__fixtures/open311-spec/?badge=${++unique}`} lang="en">
          <civic-online-badge procedure="001"></civic-online-badge>
        </civic-provider>`,
      );
      const badge = provider.querySelector('civic-online-badge')!;
      await until(badge, () => !!badge.shadowRoot?.querySelector('.badge.full'), 'the "fully online" badge');
      expect(shadowText(badge)).to.contain('Fully online');
    });
  });
});
