import { expect } from '@open-wc/testing';
import type { Procedure } from '../../model.js';
import { discoveryFormat } from './open311-adapter.js';
import { open311Failure } from './open311-http.js';
import { parseOpen311Json } from './open311-json.js';
import { toProcedure, toServiceRequest, toThemes } from './open311-mapping.js';
import {
  readDiscovery,
  readRequests,
  readServiceDefinition,
  readServices,
  readUpdates,
  type Open311Request,
} from './open311-records.js';
import { parseOpen311Xml } from './open311-xml.js';

/**
 * Conformance to the real world: every Open311 sample of the repository's fixtures (the shapes of
 * the specification's own examples, of mySociety's open311-adapter and of FixMyStreet, with our
 * own values; test/fixtures/README.md says which trap each one carries) read and mapped, field by
 * field. They are served by the test server as /__fixtures/<folder>/<name>.
 */
async function body(name: string): Promise<string> {
  const response = await fetch(`/__fixtures/${name}`);
  const text = await response.text();
  if (!response.ok) throw new Error(`/__fixtures/${name}: HTTP ${response.status} ${text}`);
  return text;
}

/** A sample read as the adapter reads answers: XML or (tolerant) JSON. */
async function sample(name: string): Promise<unknown> {
  const text = await body(name);
  return text.trimStart().startsWith('<') ? parseOpen311Xml(text, name).value : parseOpen311Json(text, name);
}

/** An `HTTP/1.1 403 Forbidden` transcript: its status and body. */
async function transcript(name: string): Promise<{ status: number; body: string }> {
  const text = await body(name);
  const [head, ...rest] = text.split(/\r?\n\r?\n/);
  return { status: Number(/^HTTP\/[\d.]+ (\d{3})/.exec(head)![1]), body: rest.join('\n\n') };
}

const procedure = (id: string, title: string, summary: string, group: string, keywords: string[]): Procedure => ({
  id,
  title,
  summary,
  themes: [group],
  audiences: [],
  online: { availability: 'full' },
  channels: [],
  information: [],
  related: [],
  keywords,
});

describe('Open311 conformance: samples in the shapes of real servers', function () {
  it('the fixtures route serves open311-spec/<name> and nothing around it', async () => {
    const served = await fetch('/__fixtures/open311-spec/services.xml');
    expect([served.status, served.headers.get('content-type')]).to.deep.equal([200, 'application/xml']);
    expect(await served.text()).to.contain('<service_code>001</service_code>');
    const refused = [
      '/__fixtures/open311-spec/..%2Fmysociety%2Fservices.xml',
      '/__fixtures/open311-spec/%2E%2E%2Fmysociety%2Fservices.xml',
      '/__fixtures/open311-spec/.hidden',
      '/__fixtures/open311-spec/',
      '/__fixtures/open311-spec',
      '/__fixtures/open311-spec/sub/x.xml',
      // Folders of test/fixtures that are not backend samples, and files outside any folder.
      '/__fixtures/channels/directory-answer-annex.json',
      '/__fixtures/small-catalog.json',
      '/__fixtures/..%2Fserver%2Fmiddleware.mjs',
      '/__fixtures/open311-spec/nope.xml',
    ];
    for (const path of refused) {
      const response = await fetch(path);
      expect(response.status, path).to.equal(404);
      await response.text();
    }
  });

  describe('services', () => {
    const keywords = ['outdoor', 'public', 'safety'];
    const spec = [
      procedure(
        '001',
        'Streetlight out',
        'A street lamp that stays dark after sunset. Crews replace the bulb within three working days.',
        'lighting',
        keywords,
      ),
      procedure(
        '002',
        'Fallen branch on path',
        'A branch or tree limb lying across a footpath or bike lane.',
        'parks',
        keywords,
      ),
      procedure(
        '003',
        'Path surface damage',
        'A footpath with cracks, loose paving stones, potholes and/or a sunken section.',
        'parks',
        keywords,
      ),
    ];

    it('open311-spec/services.xml: codes keep their leading zeros, fields in any order', async () => {
      const services = readServices(await sample('open311-spec/services.xml'));
      expect(services.map((s) => [s.code, s.metadata, s.type])).to.deep.equal([
        ['001', true, 'realtime'],
        ['002', true, 'realtime'],
        ['003', true, 'realtime'],
      ]);
      expect(services.map(toProcedure)).to.deep.equal(spec);
      expect(toThemes(services)).to.deep.equal([
        { id: 'lighting', title: 'lighting' },
        { id: 'parks', title: 'parks' },
      ]);
    });

    it('open311-spec/services.json.txt: the invalid `"service_code":001` reads as "001", like the XML', async () => {
      const text = await body('open311-spec/services.json.txt');
      expect(() => void JSON.parse(text), 'the sample is invalid JSON, as the specification’s').to.throw(SyntaxError);
      const services = readServices(await sample('open311-spec/services.json.txt'));
      expect(services.map(toProcedure)).to.deep.equal(spec);
      expect(services).to.deep.equal(readServices(await sample('open311-spec/services.xml')));
    });

    const mysociety = [
      procedure('GULLY', 'Blocked Road Drain', 'Blocked Road Drain Service', 'roads', ['drain', 'kerb', 'road']),
      procedure('KERB', 'Damaged Kerb', 'Damaged Kerb Service', 'roads', ['drain', 'kerb', 'road']),
      procedure('FLY', 'Fly-tipping', 'Fly-tipping Service', 'waste', ['rubbish']),
    ];

    it('mysociety/services.xml: alphabetical elements, "false" as a string', async () => {
      const services = readServices(await sample('mysociety/services.xml'));
      expect(services.map((s) => s.metadata)).to.deep.equal([true, true, false]);
      expect(services.map(toProcedure)).to.deep.equal(mysociety);
    });

    it('mysociety/services.json: the same services, booleans as strings', async () => {
      expect(await body('mysociety/services.json')).to.contain('"metadata": "false"');
      const services = readServices(await sample('mysociety/services.json'));
      expect(services.map((s) => s.metadata)).to.deep.equal([true, true, false]);
      expect(services.map(toProcedure)).to.deep.equal(mysociety);
      expect(toThemes(services)).to.deep.equal([
        { id: 'roads', title: 'roads' },
        { id: 'waste', title: 'waste' },
      ]);
    });
  });

  describe('service definitions', () => {
    it('open311-spec/service-definition.xml and .json read alike (numeric keys, an empty description)', async () => {
      const expected = {
        serviceCode: 'LMP7',
        attributes: [
          {
            code: 'LAMPKIND',
            variable: true,
            datatype: 'singlevaluelist',
            required: true,
            order: 1,
            description: 'Which kind of lamp is it?',
            values: [
              { key: '401', name: 'Post-top lantern' },
              { key: '402', name: 'Hanging globe' },
            ],
          },
        ],
      };
      expect(readServiceDefinition(await sample('open311-spec/service-definition.xml'))).to.deep.equal(expected);
      expect(readServiceDefinition(await sample('open311-spec/service-definition.json'))).to.deep.equal(expected);
    });

    it('mysociety/service-definition: booleans as strings, elements in alphabetical order', async () => {
      const expected = {
        serviceCode: 'GULLY',
        attributes: [
          {
            code: 'water_depth',
            variable: true,
            datatype: 'number',
            required: true,
            datatypeDescription: 'a whole number',
            order: 1,
            description: 'depth of the standing water, in centimetres',
            values: [],
          },
          {
            code: 'smell',
            variable: true,
            datatype: 'singlevaluelist',
            required: false,
            datatypeDescription: 'none | faint | strong',
            order: 2,
            description: 'how strong the smell from the drain is',
            values: [
              { key: 'none', name: 'None' },
              { key: 'faint', name: 'Faint' },
              { key: 'strong', name: 'Strong' },
            ],
          },
        ],
      };
      expect(readServiceDefinition(await sample('mysociety/service-definition.xml'))).to.deep.equal(expected);
      expect(readServiceDefinition(await sample('mysociety/service-definition.json'))).to.deep.equal(expected);
    });
  });

  describe('discovery', () => {
    it('open311-spec/discovery.xml and .json read alike', async () => {
      const expected = {
        changeset: '2019-06-12 10:05',
        contact: "Write to or call the city's digital team: open311@cedarhollow.example +1 (555) 010-0199",
        keyService: 'Ask for a key at http://api.cedarhollow.example/keys/new',
        endpoints: [
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url: 'http://open311.cedarhollow.example/v2',
            changeset: '2019-03-01 08:30',
            type: 'production',
            formats: ['text/xml'],
          },
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url: 'http://open311.cedarhollow.example/test/v2',
            changeset: '2019-05-20 16:45',
            type: 'test',
            formats: ['text/xml', 'application/json'],
          },
          {
            specification: 'http://wiki.open311.org/GeoReport_v3',
            url: 'http://open311.cedarhollow.example/v3',
            changeset: '2019-06-12 10:05',
            type: 'test',
            formats: ['text/xml', 'application/json'],
          },
        ],
      };
      expect(readDiscovery(await sample('open311-spec/discovery.xml'))).to.deep.equal(expected);
      expect(readDiscovery(await sample('open311-spec/discovery.json'))).to.deep.equal(expected);
    });

    it('gives the format of the endpoint used: JSON only where it is listed', async () => {
      const discovery = readDiscovery(await sample('open311-spec/discovery.json'));
      expect(discoveryFormat(discovery, 'http://open311.cedarhollow.example/v2/')).to.equal('xml');
      expect(discoveryFormat(discovery, 'http://open311.cedarhollow.example/test/v2/')).to.equal('json');
      expect(discoveryFormat(discovery, 'https://OPEN311.cedarhollow.example/test/v2')).to.equal('json');
      // A proxy's URL matches no entry: the production GeoReport v2 entry says XML only.
      expect(discoveryFormat(discovery, 'https://city.example/api/open311/')).to.equal('xml');
      expect(discoveryFormat(undefined, 'http://open311.cedarhollow.example/test/v2/')).to.equal('xml');
    });
  });

  describe('requests', () => {
    const first = {
      id: '40217',
      status: 'closed',
      serviceName: 'Path surface damage',
      serviceCode: '003',
      requested: '2019-07-08T09:12:40-05:00',
      updated: '2019-07-08T09:12:40-05:00',
      expected: '2019-07-10T09:12:40-05:00',
      unreadableDates: [],
      address: 'ELM ST and 3RD AVE',
      addressId: '71530',
      zipcode: '40999',
      lat: 41.508217346,
      long: -90.5781224,
      // The sample's trailing space is gone.
      mediaUrl: 'http://media.cedarhollow.example/requests/photos/40217.jpg',
    };
    const closed = { ...first, statusNotes: 'Already reported as 40198.' };
    const closedRequest = {
      reference: '40217',
      procedureId: '003',
      procedureTitle: 'Path surface damage',
      state: 'done',
      stateLabel: 'closed',
      history: [
        { date: '2019-07-08T09:12:40-05:00', state: 'received' },
        {
          date: '2019-07-08T09:12:40-05:00',
          state: 'done',
          stateLabel: 'closed',
          note: 'Already reported as 40198.',
        },
      ],
      expectedDate: '2019-07-10T09:12:40-05:00',
      createdAt: '2019-07-08T09:12:40-05:00',
      updatedAt: '2019-07-08T09:12:40-05:00',
    };
    const open = {
      ...first,
      id: '40223',
      status: 'open',
      requested: '2019-07-11T14:03:05-05:00',
      updated: '2019-07-11T14:03:05-05:00',
      expected: '2019-07-11T14:03:05-05:00',
      mediaUrl: 'http://media.cedarhollow.example/requests/photos/40223.jpg',
    };
    const openRequest = {
      reference: '40223',
      procedureId: '003',
      procedureTitle: 'Path surface damage',
      state: 'in-progress',
      stateLabel: 'open',
      history: [{ date: '2019-07-11T14:03:05-05:00', state: 'received' }],
      expectedDate: '2019-07-11T14:03:05-05:00',
      createdAt: '2019-07-11T14:03:05-05:00',
      updatedAt: '2019-07-11T14:03:05-05:00',
    };

    it('open311-spec/*.json.txt: invalid JSON, as the specification’s own (`"service_code":003`)', async () => {
      for (const name of ['open311-spec/request.json.txt', 'open311-spec/requests.json.txt']) {
        const text = await body(name);
        expect(text, name).to.contain('"service_code":003');
        expect(() => void JSON.parse(text), name).to.throw(SyntaxError);
      }
    });

    for (const name of ['open311-spec/request.xml', 'open311-spec/request.json.txt']) {
      it(`${name}: empty elements and nulls are absent, the note of the closing is kept`, async () => {
        const requests = readRequests(await sample(name));
        expect(requests).to.deep.equal([closed]);
        expect(toServiceRequest(requests[0])).to.deep.equal(closedRequest);
      });
    }

    for (const name of ['open311-spec/requests.xml', 'open311-spec/requests.json.txt']) {
      it(`${name}: both requests`, async () => {
        const requests = readRequests(await sample(name));
        expect(requests).to.deep.equal([closed, open]);
        expect(requests.map((r) => toServiceRequest(r))).to.deep.equal([closedRequest, openRequest]);
      });
    }

    it('open311-spec/extensions-extended-attributes-request.json: the notes are the history', async () => {
      const [request] = readRequests(await sample('open311-spec/extensions-extended-attributes-request.json'));
      expect(request).to.deep.include({
        id: '7310254',
        status: 'open',
        serviceName: 'Graffiti removal',
        serviceCode: '5f2a9c0e41b7d3a8e6000d12',
        description: 'Paint on the north wall of the library',
        address: 'Corner of Willow Rd & Station St',
        lat: 41.5062,
        long: -90.5518,
        mediaUrl:
          'http://mobile311.cedarhollow.example/media/reports/photos/6a1f3c9d0e2b4a7f8c5d1e90/photo_20210315_104150.jpg',
      });
      expect(request.notes).to.deep.equal([
        { datetime: '2021-03-15T10:41:58-05:00', description: 'Submitted via iPhone', type: 'submitted' },
        { datetime: '2021-03-15T10:42:07-05:00', description: 'Opened', type: 'opened' },
      ]);
      expect(toServiceRequest(request)).to.deep.equal({
        reference: '7310254',
        procedureId: '5f2a9c0e41b7d3a8e6000d12',
        procedureTitle: 'Graffiti removal',
        state: 'in-progress',
        stateLabel: 'open',
        // The "submitted" note is the receipt: no second one is made up from requested_datetime.
        history: [
          {
            date: '2021-03-15T10:41:58-05:00',
            state: 'received',
            stateLabel: 'submitted',
            note: 'Submitted via iPhone',
          },
          { date: '2021-03-15T10:42:07-05:00', state: 'in-progress', stateLabel: 'opened', note: 'Opened' },
        ],
        createdAt: '2021-03-15T10:42:07-05:00',
        updatedAt: '2021-03-15T10:42:07-05:00',
      });
    });

    it('mysociety/request-id-zero.xml: id "0", lat/long 0 and empty elements absent, no description', async () => {
      const requests = readRequests(await sample('mysociety/request-id-zero.xml'));
      expect(requests).to.deep.equal([
        {
          id: '0',
          status: 'open',
          serviceName: 'Blocked Road Drain',
          serviceCode: 'GULLY',
          address: '7 Orchard Lane',
          requested: '2016-05-03T08:30:00Z',
          updated: '2016-05-03T08:30:00Z',
          unreadableDates: [],
        },
      ]);
      expect(toServiceRequest(requests[0])).to.deep.equal({
        reference: '0',
        procedureId: 'GULLY',
        procedureTitle: 'Blocked Road Drain',
        state: 'in-progress',
        stateLabel: 'open',
        history: [{ date: '2016-05-03T08:30:00Z', state: 'received' }],
        createdAt: '2016-05-03T08:30:00Z',
        updatedAt: '2016-05-03T08:30:00Z',
      });
    });

    it('mysociety/requests-empty.xml: no request', async () => {
      expect(readRequests(await sample('mysociety/requests-empty.xml'))).to.deep.equal([]);
    });

    it('mysociety/fixmystreet-requests-nonstandard-status.xml: "investigating", a missing description, no indentation', async () => {
      const requests = readRequests(await sample('mysociety/fixmystreet-requests-nonstandard-status.xml'));
      const common = {
        requested: '2017-10-02T11:05:12+01:00',
        updated: '2017-10-02T11:05:12+01:00',
        expected: '2017-10-05T11:05:12+01:00',
        unreadableDates: [],
        lat: 52.6309,
        long: -1.13244,
      };
      expect(requests).to.deep.equal([
        {
          ...common,
          id: '8801',
          status: 'open',
          statusNotes: 'Crew booked for Thursday.',
          serviceName: 'Blocked Road Drain',
          serviceCode: 'drains',
          description: 'Water pooling over the drain cover',
        },
        {
          ...common,
          id: '8802',
          status: 'investigating',
          statusNotes: 'An inspector will look at the verge.',
          serviceName: 'Overgrown Verge',
          serviceCode: 'verges',
          description: 'Grass hiding the road sign',
          requested: '2017-10-03T16:40:00+01:00',
          updated: '2017-10-03T16:40:00+01:00',
        },
        {
          ...common,
          id: '8803',
          status: 'open',
          statusNotes: 'Crew booked for Thursday.',
          serviceName: 'Blocked Road Drain',
          serviceCode: 'drains',
        },
      ]);
      const mapped = requests.map((r) => toServiceRequest(r));
      expect(mapped.map((r) => [r.reference, r.state, r.stateLabel])).to.deep.equal([
        ['8801', 'in-progress', 'open'],
        ['8802', 'in-progress', 'investigating'],
        ['8803', 'in-progress', 'open'],
      ]);
      expect(mapped[1]).to.deep.equal({
        reference: '8802',
        procedureId: 'verges',
        procedureTitle: 'Overgrown Verge',
        state: 'in-progress',
        stateLabel: 'investigating',
        history: [
          { date: '2017-10-03T16:40:00+01:00', state: 'received' },
          {
            date: '2017-10-03T16:40:00+01:00',
            state: 'in-progress',
            stateLabel: 'investigating',
            note: 'An inspector will look at the verge.',
          },
        ],
        expectedDate: '2017-10-05T11:05:12+01:00',
        createdAt: '2017-10-03T16:40:00+01:00',
        updatedAt: '2017-10-03T16:40:00+01:00',
      });
    });

    it('mysociety/fixmystreet-old-wrapped-requests.json: every value in an array, the recipients joined', async () => {
      const requests = readRequests(await sample('mysociety/fixmystreet-old-wrapped-requests.json'));
      expect(requests.map((r) => toServiceRequest(r))).to.deep.equal([
        {
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
        },
      ]);
      // The extra fields of that controller (who reported, through which interface) go nowhere.
      expect(JSON.stringify(requests)).to.not.contain('Anonymous').and.not.contain('Web');
    });

    for (const name of ['open311-spec/post-response.xml', 'open311-spec/post-response.json']) {
      it(`${name}: the answer to a report, its multi-line notice trimmed`, async () => {
        const requests = readRequests(await sample(name));
        const notice =
          'Crews will look at the site within 2 working days and either fix the issue or tell you which department will handle it';
        expect(requests).to.deep.equal([{ id: '51877', serviceNotice: notice, unreadableDates: [] }]);
        expect(toServiceRequest(requests[0])).to.deep.equal({
          reference: '51877',
          state: 'received',
          history: [],
          nextStep: notice,
        });
      });
    }

    for (const name of ['open311-spec/token.xml', 'open311-spec/token.json']) {
      it(`${name}: the token's request`, async () => {
        expect(readRequests(await sample(name))).to.deep.equal([{ id: '40217', token: '77131', unreadableDates: [] }]);
      });
    }

    it('open311-spec/post-request.http.txt: the key goes with a POST; codes are sent as read ("001")', async () => {
      const text = await body('open311-spec/post-request.http.txt');
      const form = new URLSearchParams(text.split(/\r?\n\r?\n/)[1].trim());
      expect(text.startsWith('POST ')).to.equal(true);
      expect(form.get('api_key')).to.equal('demo-key-42');
      expect(form.get('jurisdiction_id')).to.equal('cedarhollow.example');
      expect(form.get('service_code')).to.equal('001');
      const codes = readServices(await sample('open311-spec/services.json.txt')).map((s) => s.code);
      expect(codes).to.include(form.get('service_code'));
    });
  });

  describe('mySociety updates', () => {
    it('mysociety/servicerequestupdates.xml: string ids, every status, a multi-line note', async () => {
      const updates = readUpdates(await sample('mysociety/servicerequestupdates.xml'));
      expect(updates).to.deep.equal([
        {
          id: 'RPT-01_27',
          requestId: 'RPT-01',
          status: 'in_progress',
          updated: '2024-03-05T14:20:11Z',
          externalStatusCode: 'WO-ASSIGNED',
        },
        {
          id: 'RPT-03_25',
          requestId: 'RPT-03',
          status: 'closed',
          description: 'Closed by the crew on site\n(no second visit planned)',
          updated: '2024-03-05T14:12:40Z',
          externalStatusCode: 'WO-CLOSED',
        },
        {
          id: 'RPT-02_26',
          requestId: 'RPT-02',
          status: 'unchanged',
          updated: '2024-03-05T14:12:43Z',
          externalStatusCode: 'QUEUE-MOVE',
        },
        {
          id: 'RPT-04_24',
          requestId: 'RPT-04',
          status: 'investigating',
          updated: '2024-03-05T14:11:05Z',
          externalStatusCode: 'SITE-CHECK',
        },
        {
          id: 'RPT-05_23',
          requestId: 'RPT-05',
          status: 'fixed',
          updated: '2024-03-05T14:10:30Z',
          externalStatusCode: 'WO-DONE',
        },
      ]);
    });

    it('makes each request’s updates its history, "unchanged" keeping the state', async () => {
      const updates = readUpdates(await sample('mysociety/servicerequestupdates.xml'));
      const request = (id: string, status: string): Open311Request => ({
        id,
        status,
        serviceCode: 'GULLY',
        requested: '2024-03-04T08:00:00Z',
        updated: '2024-03-05T14:20:11Z',
        unreadableDates: [],
      });
      const created = { date: '2024-03-04T08:00:00Z', state: 'received' };
      const history = (id: string, status: string) => toServiceRequest(request(id, status), updates).history;
      expect(history('RPT-01', 'in_progress')).to.deep.equal([
        created,
        { date: '2024-03-05T14:20:11Z', state: 'in-progress', stateLabel: 'in progress' },
      ]);
      expect(history('RPT-03', 'closed')).to.deep.equal([
        created,
        {
          date: '2024-03-05T14:12:40Z',
          state: 'done',
          stateLabel: 'closed',
          note: 'Closed by the crew on site\n(no second visit planned)',
        },
        // The request was updated after its last update.
        { date: '2024-03-05T14:20:11Z', state: 'done', stateLabel: 'closed' },
      ]);
      expect(history('RPT-04', 'investigating').slice(1, 2)).to.deep.equal([
        { date: '2024-03-05T14:11:05Z', state: 'in-progress', stateLabel: 'investigating' },
      ]);
      expect(history('RPT-05', 'fixed').slice(1, 2)).to.deep.equal([
        { date: '2024-03-05T14:10:30Z', state: 'done', stateLabel: 'fixed' },
      ]);
      // "unchanged" with nothing to say is not an event; the request's own update is.
      expect(history('RPT-02', 'in_progress')).to.deep.equal([
        created,
        { date: '2024-03-05T14:20:11Z', state: 'in-progress', stateLabel: 'in progress' },
      ]);
      const noted = [
        { requestId: 'RPT-02', status: 'fixed', updated: '2024-03-05T13:00:00Z' },
        { requestId: 'RPT-02', status: 'UNCHANGED', description: 'Crew booked', updated: '2024-03-05T13:30:00Z' },
      ];
      expect(toServiceRequest(request('RPT-02', 'fixed'), noted).history.slice(1, 3)).to.deep.equal([
        { date: '2024-03-05T13:00:00Z', state: 'done', stateLabel: 'fixed' },
        { date: '2024-03-05T13:30:00Z', state: 'done', stateLabel: 'fixed', note: 'Crew booked' },
      ]);
    });
  });

  describe('errors', () => {
    const apiKeyError = "The api_key sent is not known -- can't create the request.";

    for (const name of ['open311-spec/errors-403.xml', 'open311-spec/errors-403.json']) {
      it(`${name} with HTTP 403: refused (http 403), with the description`, async () => {
        const error = open311Failure(403, await body(name), 'https://city.example/requests.xml');
        expect([error.code, error.status, error.details]).to.deep.equal(['http', 403, [apiKeyError]]);
      });
    }

    for (const name of ['open311-spec/errors-403.http.xml.txt', 'open311-spec/errors-403.http.json.txt']) {
      it(`${name}: the transcript's status and body`, async () => {
        const answer = await transcript(name);
        expect(answer.status).to.equal(403);
        const error = open311Failure(answer.status, answer.body, 'https://city.example/requests.xml');
        expect([error.code, error.status, error.details]).to.deep.equal(['http', 403, [apiKeyError]]);
      });
    }

    it('mysociety/error-500.json: http, status kept, description trimmed', async () => {
      const error = open311Failure(500, await body('mysociety/error-500.json'), 'https://city.example/services.json');
      expect([error.code, error.status, error.details]).to.deep.equal([
        'http',
        500,
        ['No category is mapped to the code RETIRED'],
      ]);
    });

    it('the same error list with other statuses: 404 not-found, 400 invalid-data', async () => {
      const text = await body('open311-spec/errors-403.json');
      expect(open311Failure(404, text, 'u').code).to.equal('not-found');
      const invalid = open311Failure(400, text, 'u');
      expect([invalid.code, invalid.details]).to.deep.equal(['invalid-data', [apiKeyError]]);
    });
  });
});
