import { expect } from '@open-wc/testing';
import type { FetchFunction } from '../../core/http-json.js';
import { checkProcedure } from '../../data/procedure-check.js';
import { checkRequest } from '../../data/request-check.js';
import { ResourceStore } from '../../data/resource-store.js';
import { Open311Adapter } from './open311-adapter.js';
import { themeId } from './open311-mapping.js';

/**
 * Sloppy and hostile servers, with inline samples written in the shapes real servers use: every
 * one must read correctly, and what the adapter gives must pass the library's own checks.
 */
let unique = 0;
const options = () => ({ signal: new AbortController().signal });

/** An adapter whose server answers `body` to every URL. */
function serving(body: string, format: 'json' | 'xml' = 'xml'): Open311Adapter {
  const fetchImpl: FetchFunction = async () => new Response(body);
  return new Open311Adapter({
    endpoint: `https://sloppy.example/q${Date.now()}-${++unique}/`,
    format,
    fetch: fetchImpl,
  });
}

const xmlRequest = (fields: string) => `<?xml version="1.0" encoding="utf-8"?><service_requests><request>
  <service_request_id>R-1</service_request_id><service_code>POT</service_code>${fields}</request></service_requests>`;

describe('Open311 sloppy and hostile servers', () => {
  describe('services', () => {
    it('reads empty elements as absent and drops services without a code', async () => {
      const a = serving(`<services>
        <service><service_code> GRAF </service_code><service_name>Graffiti</service_name><description></description><keywords>, paint ,,tag,</keywords><group></group><metadata>false</metadata></service>
        <service><service_code></service_code><service_name>No code</service_name></service>
        <service><service_name>No code either</service_name></service>
        <service><service_code>NONAME</service_code></service>
        <service><service_code>GRAF</service_code><service_name>Duplicate</service_name></service>
      </services>`);
      const all = await a.listProcedures({}, options());
      expect(all).to.deep.equal([
        {
          id: 'GRAF',
          title: 'Graffiti',
          themes: [],
          audiences: [],
          online: { availability: 'full' },
          channels: [],
          information: [],
          related: [],
          keywords: ['paint', 'tag'],
        },
        // No name: the code stands for it, so the service can still be shown.
        {
          id: 'NONAME',
          title: 'NONAME',
          themes: [],
          audiences: [],
          online: { availability: 'full' },
          channels: [],
          information: [],
          related: [],
        },
      ]);
      for (const p of all) expect(checkProcedure(p).warnings).to.deep.equal([]);
    });

    it('makes theme ids of groups that are not ids, and lists them with their words', async () => {
      expect(themeId('Roads & Pavements')).to.equal('roads-pavements');
      expect(themeId(' Éclairage public ')).to.equal('eclairage-public');
      expect(themeId('sanitation')).to.equal('sanitation');
      expect(themeId('!!!')).to.equal('group');
      const a = serving(
        '[{"service_code":"L1","service_name":"Street light out","group":"Street Lights & Signs"},{"service_code":"L2","service_name":"Sign down","group":"Street Lights & Signs"}]',
        'json',
      );
      expect((await a.getProcedure('L1', options()))?.themes).to.deep.equal(['street-lights-signs']);
      expect(await a.getThemes(options())).to.deep.equal([
        { id: 'street-lights-signs', title: 'Street Lights & Signs' },
      ]);
      expect((await a.listProcedures({ theme: 'street-lights-signs' }, options())).map((p) => p.id)).to.deep.equal([
        'L1',
        'L2',
      ]);
    });

    it('passes the data layer: a procedure from Open311 shows', async () => {
      const a = serving(
        '[{"service_code":001,"service_name":"Lamp out","description":null,"keywords":null,"group":null,"metadata":"true"}]',
        'json',
      );
      const procedure = await new ResourceStore(a).procedure('001', options().signal);
      expect(procedure).to.deep.equal({
        id: '001',
        title: 'Lamp out',
        themes: [],
        audiences: [],
        online: { availability: 'full' },
        channels: [],
        information: [],
        related: [],
      });
    });

    it('ignores JSON keys that would pollute prototypes', async () => {
      const a = serving(
        '[{"service_code":"P","service_name":"Proto","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}]',
        'json',
      );
      expect(await a.getProcedure('P', options())).to.have.property('title', 'Proto');
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(await a.getProcedure('__proto__', options())).to.equal(undefined);
      expect(await a.getProcedure('constructor', options())).to.equal(undefined);
    });
  });

  describe('requests', () => {
    it('reads nulls, empty strings, numbers and arrays alike (JSON)', async () => {
      const a = serving(
        JSON.stringify([
          {
            service_request_id: 42,
            status: ['Closed'],
            status_notes: '',
            service_name: null,
            service_code: 7,
            description: '',
            agency_responsible: [],
            service_notice: '   ',
            requested_datetime: '2024-03-01 10:00:00',
            updated_datetime: null,
            expected_datetime: '',
            lat: '0',
            long: 0,
            media_url: 'javascript:alert(1)',
          },
        ]),
        'json',
      );
      expect(await a.getRequest('42', undefined, options())).to.deep.equal({
        reference: '42',
        procedureId: '7',
        state: 'done',
        stateLabel: 'closed',
        history: [{ date: '2024-03-01T10:00:00', state: 'received' }],
        createdAt: '2024-03-01T10:00:00',
      });
    });

    it('keeps no "Invalid Date": an unreadable date leaves its event out unless it says something', async () => {
      const a = serving(
        xmlRequest(`<status>open</status><status_notes>Crew sent</status_notes>
        <requested_datetime>yesterday</requested_datetime><updated_datetime>0000-00-00 00:00:00</updated_datetime><expected_datetime>soon</expected_datetime>`),
      );
      const request = await a.getRequest('R-1', undefined, options());
      // The creation has no date and nothing to say; the update has a note.
      expect(request).to.deep.equal({
        reference: 'R-1',
        procedureId: 'POT',
        state: 'in-progress',
        stateLabel: 'open',
        history: [{ date: '', state: 'in-progress', stateLabel: 'open', note: 'Crew sent' }],
      });
      expect(JSON.stringify(request)).to.not.contain('Invalid');
      const checked = checkRequest(request).value;
      expect(checked.history).to.deep.equal([{ state: 'in-progress', stateLabel: 'open', note: 'Crew sent' }]);
    });

    it('orders notes by date, an undated note staying after the one it followed', async () => {
      const a = serving(
        JSON.stringify([
          {
            service_request_id: 'N-1',
            status: 'closed',
            requested_datetime: '2024-03-01T10:00:00Z',
            updated_datetime: '2024-03-05T10:00:00Z',
            status_notes: 'Done.',
            notes: [
              { datetime: '2024-03-04T10:00:00Z', description: 'Crew on site', type: 'activity' },
              { datetime: 'garbage', description: 'Photo added', type: 'activity' },
              { datetime: 'garbage', type: 'activity' },
              { datetime: '2024-03-02T10:00:00Z', summary: 'Request opened', type: 'opened' },
              { datetime: '2024-03-05T10:00:00Z', description: 'Done.', type: 'closed' },
            ],
          },
        ]),
        'json',
      );
      const request = await a.getRequest('N-1', undefined, options());
      expect(request?.history).to.deep.equal([
        { date: '2024-03-01T10:00:00Z', state: 'received' },
        { date: '2024-03-02T10:00:00Z', state: 'in-progress', stateLabel: 'opened', note: 'Request opened' },
        { date: '2024-03-04T10:00:00Z', note: 'Crew on site' },
        { date: '', note: 'Photo added' },
        { date: '2024-03-05T10:00:00Z', state: 'done', stateLabel: 'closed', note: 'Done.' },
      ]);
    });

    it('reads the notes extension in XML too', async () => {
      const a = serving(
        xmlRequest(`<status>closed</status><requested_datetime>2024-03-01T10:00:00Z</requested_datetime><updated_datetime>2024-03-03T10:00:00Z</updated_datetime>
        <notes><note><datetime>2024-03-01T10:00:00Z</datetime><description>Submitted via web</description><type>submitted</type></note>
        <note><datetime>2024-03-03T10:00:00Z</datetime><description>Closed</description><type>closed</type></note></notes>`),
      );
      expect((await a.getRequest('R-1', undefined, options()))?.history).to.deep.equal([
        { date: '2024-03-01T10:00:00Z', state: 'received', stateLabel: 'submitted', note: 'Submitted via web' },
        { date: '2024-03-03T10:00:00Z', state: 'done', stateLabel: 'closed', note: 'Closed' },
      ]);
      // One note alone is not a list in XML.
      const one = serving(
        xmlRequest(
          `<status>open</status><notes><note><datetime>2024-03-01T10:00:00Z</datetime><description>Seen</description></note></notes>`,
        ),
      );
      expect((await one.getRequest('R-1', undefined, options()))?.history).to.deep.equal([
        { date: '2024-03-01T10:00:00Z', note: 'Seen' },
      ]);
    });

    it('keeps HTML in notes as text, never as markup', async () => {
      const a = serving(
        xmlRequest(`<status>open</status><requested_datetime>2024-03-01T10:00:00Z</requested_datetime><updated_datetime>2024-03-02T10:00:00Z</updated_datetime>
        <status_notes>&lt;img src=x onerror="window.__pwned=1"&gt;Fixed &lt;b&gt;soon&lt;/b&gt;</status_notes><service_notice>Call <a href="javascript:alert(1)">us</a> today</service_notice>`),
      );
      const request = await a.getRequest('R-1', undefined, options());
      expect(request?.history[1].note).to.equal('<img src=x onerror="window.__pwned=1">Fixed <b>soon</b>');
      expect(request?.nextStep).to.equal('Call us today');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('keeps a huge note whole (the element folds it)', async () => {
      const huge = 'Long report. '.repeat(20_000).trim();
      const a = serving(
        JSON.stringify([
          {
            service_request_id: 'H',
            status: 'open',
            requested_datetime: '2024-03-01T10:00:00Z',
            updated_datetime: '2024-03-02T10:00:00Z',
            status_notes: huge,
          },
        ]),
        'json',
      );
      const request = await a.getRequest('H', undefined, options());
      expect(request?.history[1].note).to.have.length(huge.length);
    });

    it('reads a byte order mark, CRLF and upper-case statuses', async () => {
      const a = serving(
        `\uFEFF<?xml version="1.0" encoding="utf-8"?>\r\n<service_requests>\r\n<request>\r\n<service_request_id>U-1</service_request_id>\r\n<status>NOT_COUNCILS_RESPONSIBILITY</status>\r\n</request>\r\n</service_requests>\r\n`,
      );
      expect(await a.getRequest('U-1', undefined, options())).to.deep.equal({
        reference: 'U-1',
        state: 'rejected',
        stateLabel: 'not councils responsibility',
        history: [],
      });
    });

    it('reads agencies however they come', async () => {
      const cases: [string, string][] = [
        ['<agency_responsible>Roads</agency_responsible>', 'Roads'],
        [
          '<agency_responsible><recipient>Roads</recipient><recipient>Contractor</recipient></agency_responsible>',
          'Roads, Contractor',
        ],
        ['<agency_responsible></agency_responsible>', ''],
      ];
      for (const [xml, expected] of cases) {
        const request = await serving(xmlRequest(`<status>open</status>${xml}`)).getRequest(
          'R-1',
          undefined,
          options(),
        );
        expect(request?.handledBy ?? '', xml).to.equal(expected);
      }
    });

    it('passes the data layer untouched', async () => {
      const a = serving(
        xmlRequest(`<status>investigating</status><service_name>Pothole</service_name><agency_responsible>Roads</agency_responsible>
        <service_notice>We aim to fix it within 5 days.</service_notice><requested_datetime>2024-03-01T10:00:00+01:00</requested_datetime>
        <updated_datetime>2024-03-02T10:00:00+01:00</updated_datetime><expected_datetime>2024-03-06</expected_datetime><status_notes>Inspector visited.</status_notes>`),
      );
      const request = (await a.getRequest('R-1', undefined, options()))!;
      const { value, warnings } = checkRequest(request);
      expect(warnings).to.deep.equal([]);
      expect(value).to.deep.equal(request);
      expect(value).to.deep.include({
        expectedDate: '2024-03-06',
        handledBy: 'Roads',
        nextStep: 'We aim to fix it within 5 days.',
        procedureTitle: 'Pothole',
      });
    });
  });
});
