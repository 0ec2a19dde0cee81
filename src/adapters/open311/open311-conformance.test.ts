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
 * Conformance to the real world: every Open311 sample of the shared fixtures folder (the
 * specification's own, mySociety's open311-adapter, FixMyStreet) read and mapped, field by field.
 * The samples are read at run time from `../shared/fixtures` (served as /__fixtures/…), never
 * copied here; the suite fails when that folder is absent.
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

describe('Open311 conformance: the shared real-world samples', function () {
  before(async function () {
    const probe = await fetch('/__fixtures/open311-spec/services.xml');
    const text = await probe.text();
    // Without the real samples (../shared/fixtures, beside the repository on CI too) this fails.
    if (probe.status === 404 && text === 'no fixtures folder')
      throw new Error('../shared/fixtures is absent: the Open311 samples are needed');
  });

  it('the fixtures route serves open311-spec/<name> and nothing around it', async () => {
    const served = await fetch('/__fixtures/open311-spec/services.xml');
    expect([served.status, served.headers.get('content-type')]).to.deep.equal([200, 'application/xml']);
    await served.text();
    const refused = [
      '/__fixtures/open311-spec/..%2Fmysociety-services.xml',
      '/__fixtures/open311-spec/.hidden',
      '/__fixtures/open311-spec/',
      '/__fixtures/open311-spec',
      '/__fixtures/open311-spec/sub/x.xml',
      '/__fixtures/derived/service-public-F1119-excerpt.reserialised.xml',
      '/__fixtures/open311-spec/nope.xml',
    ];
    for (const path of refused) {
      const response = await fetch(path);
      expect(response.status, path).to.equal(404);
      await response.text();
    }
  });

  describe('services', () => {
    const spec = [
      procedure(
        '001',
        'Cans left out 24x7',
        'Garbage or recycling cans that have been left out for more than 24 hours after collection. Violators will be cited.',
        'sanitation',
        ['lorem', 'ipsum', 'dolor'],
      ),
      procedure(
        '002',
        'Construction plate shifted',
        'Metal construction plate covering the street or sidewalk has been moved.',
        'street',
        ['lorem', 'ipsum', 'dolor'],
      ),
      procedure(
        '003',
        'Curb or curb ramp defect',
        'Sidewalk curb or ramp has problems such as cracking, missing pieces, holes, and/or chipped curb.',
        'street',
        ['lorem', 'ipsum', 'dolor'],
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
        { id: 'sanitation', title: 'sanitation' },
        { id: 'street', title: 'street' },
      ]);
    });

    it('open311-spec/services.json.txt: the invalid `"service_code":001` reads as "001", like the XML', async () => {
      const services = readServices(await sample('open311-spec/services.json.txt'));
      expect(services.map(toProcedure)).to.deep.equal(spec);
      expect(services).to.deep.equal(readServices(await sample('open311-spec/services.xml')));
    });

    const mysociety = [
      procedure('POT', 'Pothole Repairs', 'Pothole Repairs Service', 'highways', ['deep', 'hole', 'wow']),
      procedure('SPOT', 'Sorted Pothole Repairs', 'Sorted Pothole Repairs Service', 'highways', [
        'deep',
        'hole',
        'wow',
      ]),
      procedure('BIN', 'Bin Enforcement', 'Bin Enforcement Service', 'sanitation', ['bin']),
    ];

    it('mysociety-services.xml: alphabetical elements, "false" as a string', async () => {
      const services = readServices(await sample('mysociety-services.xml'));
      expect(services.map((s) => s.metadata)).to.deep.equal([true, true, false]);
      expect(services.map(toProcedure)).to.deep.equal(mysociety);
    });

    it('mysociety-services.transcribed.json: the same services', async () => {
      const services = readServices(await sample('mysociety-services.transcribed.json'));
      expect(services.map((s) => s.metadata)).to.deep.equal([true, true, false]);
      expect(services.map(toProcedure)).to.deep.equal(mysociety);
      expect(toThemes(services)).to.deep.equal([
        { id: 'highways', title: 'highways' },
        { id: 'sanitation', title: 'sanitation' },
      ]);
    });
  });

  describe('service definitions', () => {
    it('open311-spec/service-definition.xml and .json read alike', async () => {
      const expected = {
        serviceCode: 'DMV66',
        attributes: [
          {
            code: 'WHISHETN',
            variable: true,
            datatype: 'singlevaluelist',
            required: true,
            order: 1,
            description: 'What is the ticket/tag/DL number?',
            values: [
              { key: '123', name: 'Ford' },
              { key: '124', name: 'Chrysler' },
            ],
          },
        ],
      };
      expect(readServiceDefinition(await sample('open311-spec/service-definition.xml'))).to.deep.equal(expected);
      expect(readServiceDefinition(await sample('open311-spec/service-definition.json'))).to.deep.equal(expected);
    });

    it('mysociety-service-definition-POT: booleans as strings, elements in alphabetical order', async () => {
      const expected = {
        serviceCode: 'POT',
        attributes: [
          {
            code: 'depth',
            variable: true,
            datatype: 'number',
            required: true,
            datatypeDescription: 'an integer',
            order: 1,
            description: 'depth of pothole, in centimetres',
            values: [],
          },
          {
            code: 'shape',
            variable: true,
            datatype: 'singlevaluelist',
            required: false,
            datatypeDescription: 'square | circle | triangle',
            order: 2,
            description: 'shape of the pothole',
            values: [
              { key: 'circle', name: 'Circle' },
              { key: 'square', name: 'Square' },
              { key: 'triangle', name: 'Triangle' },
            ],
          },
        ],
      };
      expect(readServiceDefinition(await sample('mysociety-service-definition-POT.xml'))).to.deep.equal(expected);
      expect(readServiceDefinition(await sample('mysociety-service-definition-POT.transcribed.json'))).to.deep.equal(
        expected,
      );
    });
  });

  describe('discovery', () => {
    it('open311-spec/discovery.xml and .json read alike', async () => {
      const expected = {
        changeset: '2011-02-03 14:18',
        contact: 'You can email or call for assistance api@mycity.org +1 (555) 555-5555',
        keyService: 'You can request a key here: http://api.mycity.gov/api_key/request',
        endpoints: [
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url: 'http://open311.mycity.gov/v2',
            changeset: '2010-11-23 09:01',
            type: 'production',
            formats: ['text/xml'],
          },
          {
            specification: 'http://wiki.open311.org/GeoReport_v2',
            url: 'http://open311.mycity.gov/test/v2',
            changeset: '2010-10-02 09:01',
            type: 'test',
            formats: ['text/xml', 'application/json'],
          },
          {
            specification: 'http://wiki.open311.org/GeoReport_v3',
            url: 'http://open311.mycity.gov/v3',
            changeset: '2011-02-03 14:18',
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
      expect(discoveryFormat(discovery, 'http://open311.mycity.gov/v2/')).to.equal('xml');
      expect(discoveryFormat(discovery, 'http://open311.mycity.gov/test/v2/')).to.equal('json');
      expect(discoveryFormat(discovery, 'https://OPEN311.mycity.gov/test/v2')).to.equal('json');
      // A proxy's URL matches no entry: the production GeoReport v2 entry says XML only.
      expect(discoveryFormat(discovery, 'https://city.example/api/open311/')).to.equal('xml');
      expect(discoveryFormat(undefined, 'http://open311.mycity.gov/test/v2/')).to.equal('xml');
    });
  });

  describe('requests', () => {
    const first = {
      id: '638344',
      status: 'closed',
      serviceName: 'Sidewalk and Curb Issues',
      serviceCode: '006',
      requested: '2010-04-14T06:37:38-08:00',
      updated: '2010-04-14T06:37:38-08:00',
      expected: '2010-04-15T06:37:38-08:00',
      unreadableDates: [],
      address: '8TH AVE and JUDAH ST',
      addressId: '545483',
      zipcode: '94122',
      lat: 37.762221815,
      long: -122.4651145,
      // The sample's trailing space is gone.
      mediaUrl: 'http://city.gov.s3.amazonaws.com/requests/media/638344.jpg',
    };
    const closed = { ...first, statusNotes: 'Duplicate request.' };
    const closedRequest = {
      reference: '638344',
      procedureId: '006',
      procedureTitle: 'Sidewalk and Curb Issues',
      state: 'done',
      stateLabel: 'closed',
      history: [
        { date: '2010-04-14T06:37:38-08:00', state: 'received' },
        { date: '2010-04-14T06:37:38-08:00', state: 'done', stateLabel: 'closed', note: 'Duplicate request.' },
      ],
      expectedDate: '2010-04-15T06:37:38-08:00',
      createdAt: '2010-04-14T06:37:38-08:00',
      updatedAt: '2010-04-14T06:37:38-08:00',
    };
    const open = {
      ...first,
      id: '638349',
      status: 'open',
      requested: '2010-04-19T06:37:38-08:00',
      updated: '2010-04-19T06:37:38-08:00',
      expected: '2010-04-19T06:37:38-08:00',
      mediaUrl: 'http://city.gov.s3.amazonaws.com/requests/media/638349.jpg',
    };
    const openRequest = {
      reference: '638349',
      procedureId: '006',
      procedureTitle: 'Sidewalk and Curb Issues',
      state: 'in-progress',
      stateLabel: 'open',
      history: [{ date: '2010-04-19T06:37:38-08:00', state: 'received' }],
      expectedDate: '2010-04-19T06:37:38-08:00',
      createdAt: '2010-04-19T06:37:38-08:00',
      updatedAt: '2010-04-19T06:37:38-08:00',
    };

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
        id: '4944710',
        status: 'open',
        serviceName: 'Street or Sidewalk Cleaning',
        serviceCode: '518d5892601827e3880000c5',
        description: 'Garbage on sidewalk',
        address: 'Intersection of Mcallister St & Van Ness Ave',
        lat: 37.7797,
        long: -122.42,
        mediaUrl:
          'http://mobile311.sfgov.org/media/san_francisco/report/photos/55b6bda3df86c6d37f6d33a4/photo_20150727_162341.jpg',
      });
      expect(request.notes).to.deep.equal([
        { datetime: '2015-07-27T16:24:19-07:00', description: 'Submitted via Android', type: 'submitted' },
        { datetime: '2015-07-27T16:24:28-07:00', description: 'Opened', type: 'opened' },
      ]);
      expect(toServiceRequest(request)).to.deep.equal({
        reference: '4944710',
        procedureId: '518d5892601827e3880000c5',
        procedureTitle: 'Street or Sidewalk Cleaning',
        state: 'in-progress',
        stateLabel: 'open',
        // The "submitted" note is the receipt: no second one is made up from requested_datetime.
        history: [
          {
            date: '2015-07-27T16:24:19-07:00',
            state: 'received',
            stateLabel: 'submitted',
            note: 'Submitted via Android',
          },
          { date: '2015-07-27T16:24:28-07:00', state: 'in-progress', stateLabel: 'opened', note: 'Opened' },
        ],
        createdAt: '2015-07-27T16:24:28-07:00',
        updatedAt: '2015-07-27T16:24:28-07:00',
      });
    });

    it('mysociety-request-0.xml: id "0", lat/long 0 and empty elements absent, no description', async () => {
      const requests = readRequests(await sample('mysociety-request-0.xml'));
      expect(requests).to.deep.equal([
        {
          id: '0',
          status: 'open',
          serviceName: 'Pothole Repairs',
          serviceCode: 'POT',
          address: '22 Acacia Avenue',
          requested: '2014-01-01T12:00:00Z',
          updated: '2014-01-01T12:00:00Z',
          unreadableDates: [],
        },
      ]);
      expect(toServiceRequest(requests[0])).to.deep.equal({
        reference: '0',
        procedureId: 'POT',
        procedureTitle: 'Pothole Repairs',
        state: 'in-progress',
        stateLabel: 'open',
        history: [{ date: '2014-01-01T12:00:00Z', state: 'received' }],
        createdAt: '2014-01-01T12:00:00Z',
        updatedAt: '2014-01-01T12:00:00Z',
      });
    });

    it('mysociety-requests-empty.xml: no request', async () => {
      expect(readRequests(await sample('mysociety-requests-empty.xml'))).to.deep.equal([]);
    });

    it('fixmystreet-requests-nonstandard-status.xml: "investigating", a missing description, no indentation', async () => {
      const requests = readRequests(await sample('fixmystreet-requests-nonstandard-status.xml'));
      const common = {
        requested: '2010-04-14T06:37:38-08:00',
        updated: '2010-04-14T06:37:38-08:00',
        expected: '2010-04-15T06:37:38-08:00',
        unreadableDates: [],
        lat: 51.4021,
        long: 0.01578,
      };
      expect(requests).to.deep.equal([
        {
          ...common,
          id: '638344',
          status: 'open',
          statusNotes: 'This is a note.',
          serviceName: 'Sidewalk and Curb Issues',
          serviceCode: 'sidewalks',
          description: 'This is a sidewalk problem',
        },
        {
          ...common,
          id: '638345',
          status: 'investigating',
          statusNotes: 'This is a for a different issue.',
          serviceName: 'Not Sidewalk and Curb Issues',
          serviceCode: 'not_sidewalks',
          description: 'This is a problem',
          requested: '2010-04-15T06:37:38-08:00',
          updated: '2010-04-15T06:37:38-08:00',
        },
        {
          ...common,
          id: '638346',
          status: 'open',
          statusNotes: 'This is a note.',
          serviceName: 'Sidewalk and Curb Issues',
          serviceCode: 'sidewalks',
        },
      ]);
      const mapped = requests.map((r) => toServiceRequest(r));
      expect(mapped.map((r) => [r.reference, r.state, r.stateLabel])).to.deep.equal([
        ['638344', 'in-progress', 'open'],
        ['638345', 'in-progress', 'investigating'],
        ['638346', 'in-progress', 'open'],
      ]);
      expect(mapped[1]).to.deep.equal({
        reference: '638345',
        procedureId: 'not_sidewalks',
        procedureTitle: 'Not Sidewalk and Curb Issues',
        state: 'in-progress',
        stateLabel: 'investigating',
        history: [
          { date: '2010-04-15T06:37:38-08:00', state: 'received' },
          {
            date: '2010-04-15T06:37:38-08:00',
            state: 'in-progress',
            stateLabel: 'investigating',
            note: 'This is a for a different issue.',
          },
        ],
        expectedDate: '2010-04-15T06:37:38-08:00',
        createdAt: '2010-04-15T06:37:38-08:00',
        updatedAt: '2010-04-15T06:37:38-08:00',
      });
    });

    for (const name of ['open311-spec/post-response.xml', 'open311-spec/post-response.json']) {
      it(`${name}: the answer to a report, its multi-line notice trimmed`, async () => {
        const requests = readRequests(await sample(name));
        const notice =
          'The City will inspect and require the responsible party to correct within 24 hours and/or issue a Correction Notice or Notice of Violation of the Public Works Code';
        expect(requests).to.deep.equal([{ id: '293944', serviceNotice: notice, unreadableDates: [] }]);
        expect(toServiceRequest(requests[0])).to.deep.equal({
          reference: '293944',
          state: 'received',
          history: [],
          nextStep: notice,
        });
      });
    }

    for (const name of ['open311-spec/token.xml', 'open311-spec/token.json']) {
      it(`${name}: the token's request`, async () => {
        expect(readRequests(await sample(name))).to.deep.equal([{ id: '638344', token: '12345', unreadableDates: [] }]);
      });
    }

    it('open311-spec/post-request.http.txt: the key goes with a POST; codes are sent as read ("001")', async () => {
      const text = await body('open311-spec/post-request.http.txt');
      const form = new URLSearchParams(text.split(/\r?\n\r?\n/)[1].trim());
      expect(text.startsWith('POST ')).to.equal(true);
      expect(form.get('api_key')).to.equal('xyz');
      expect(form.get('jurisdiction_id')).to.equal('city.gov');
      const codes = readServices(await sample('open311-spec/services.json.txt')).map((s) => s.code);
      expect(codes).to.include(form.get('service_code'));
    });
  });

  describe('mySociety updates', () => {
    it('mysociety-servicerequestupdates-aurora.xml: string ids, every status, a multi-line note', async () => {
      const updates = readUpdates(await sample('mysociety-servicerequestupdates-aurora.xml'));
      expect(updates).to.deep.equal([
        {
          id: 'FMS-01_14',
          requestId: 'FMS-01',
          status: 'in_progress',
          updated: '2025-12-02T09:46:55Z',
          externalStatusCode: 'DR02',
        },
        {
          id: 'FMS-03_12',
          requestId: 'FMS-03',
          status: 'closed',
          description: 'Ignored unless CS_CLEAR_CASE\n(Also newlines unescaped)',
          updated: '2025-12-02T09:40:26Z',
          externalStatusCode: 'GN10',
        },
        {
          id: 'FMS-02_13',
          requestId: 'FMS-02',
          status: 'unchanged',
          updated: '2025-12-02T09:40:28Z',
          externalStatusCode: 'CS_CHANGE_QUEUE',
        },
        {
          id: 'FMS-04_11',
          requestId: 'FMS-04',
          status: 'investigating',
          updated: '2025-12-02T09:40:00Z',
          externalStatusCode: 'RANDOM',
        },
        {
          id: 'FMS-05_10',
          requestId: 'FMS-05',
          status: 'fixed',
          updated: '2025-12-02T09:39:54Z',
          externalStatusCode: 'CS_MAINTENANCE_COMPLETED',
        },
      ]);
    });

    it('makes each request’s updates its history, "unchanged" keeping the state', async () => {
      const updates = readUpdates(await sample('mysociety-servicerequestupdates-aurora.xml'));
      const request = (id: string, status: string): Open311Request => ({
        id,
        status,
        serviceCode: 'POT',
        requested: '2025-12-01T08:00:00Z',
        updated: '2025-12-02T09:46:55Z',
        unreadableDates: [],
      });
      const created = { date: '2025-12-01T08:00:00Z', state: 'received' };
      const history = (id: string, status: string) => toServiceRequest(request(id, status), updates).history;
      expect(history('FMS-01', 'in_progress')).to.deep.equal([
        created,
        { date: '2025-12-02T09:46:55Z', state: 'in-progress', stateLabel: 'in progress' },
      ]);
      expect(history('FMS-03', 'closed')).to.deep.equal([
        created,
        {
          date: '2025-12-02T09:40:26Z',
          state: 'done',
          stateLabel: 'closed',
          note: 'Ignored unless CS_CLEAR_CASE\n(Also newlines unescaped)',
        },
        // The request was updated after its last update.
        { date: '2025-12-02T09:46:55Z', state: 'done', stateLabel: 'closed' },
      ]);
      expect(history('FMS-04', 'investigating').slice(1, 2)).to.deep.equal([
        { date: '2025-12-02T09:40:00Z', state: 'in-progress', stateLabel: 'investigating' },
      ]);
      expect(history('FMS-05', 'fixed').slice(1, 2)).to.deep.equal([
        { date: '2025-12-02T09:39:54Z', state: 'done', stateLabel: 'fixed' },
      ]);
      // "unchanged" with nothing to say is not an event; the request's own update is.
      expect(history('FMS-02', 'in_progress')).to.deep.equal([
        created,
        { date: '2025-12-02T09:46:55Z', state: 'in-progress', stateLabel: 'in progress' },
      ]);
      const noted = [
        { requestId: 'FMS-02', status: 'fixed', updated: '2025-12-02T09:00:00Z' },
        { requestId: 'FMS-02', status: 'UNCHANGED', description: 'Crew booked', updated: '2025-12-02T09:30:00Z' },
      ];
      expect(toServiceRequest(request('FMS-02', 'fixed'), noted).history.slice(1, 3)).to.deep.equal([
        { date: '2025-12-02T09:00:00Z', state: 'done', stateLabel: 'fixed' },
        { date: '2025-12-02T09:30:00Z', state: 'done', stateLabel: 'fixed', note: 'Crew booked' },
      ]);
    });
  });

  describe('errors', () => {
    const apiKeyError = "Invalid api_key received -- can't proceed with create_request.";

    for (const name of ['open311-spec/errors-403.xml', 'open311-spec/errors-403.json']) {
      it(`${name} with HTTP 403: unauthorized, with the description`, async () => {
        const error = open311Failure(403, await body(name), 'https://city.example/requests.xml');
        expect([error.code, error.status, error.details]).to.deep.equal(['unauthorized', 403, [apiKeyError]]);
      });
    }

    for (const name of ['open311-spec/errors-403.http.xml.txt', 'open311-spec/errors-403.http.json.txt']) {
      it(`${name}: the transcript's status and body`, async () => {
        const answer = await transcript(name);
        expect(answer.status).to.equal(403);
        const error = open311Failure(answer.status, answer.body, 'https://city.example/requests.xml');
        expect([error.code, error.status, error.details]).to.deep.equal(['unauthorized', 403, [apiKeyError]]);
      });
    }

    it('mysociety-error-500.transcribed.json: http, status kept, description trimmed', async () => {
      const error = open311Failure(
        500,
        await body('mysociety-error-500.transcribed.json'),
        'https://city.example/services.json',
      );
      expect([error.code, error.status, error.details]).to.deep.equal([
        'http',
        500,
        ['Could not find category mapping for GONE'],
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
