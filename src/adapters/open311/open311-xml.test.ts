import { expect } from '@open-wc/testing';
import type { CivicError } from '../../core/civic-error.js';
import { parseOpen311Xml } from './open311-xml.js';

function failure(body: string): CivicError {
  try {
    parseOpen311Xml(body, 'requests.xml');
  } catch (error) {
    return error as CivicError;
  }
  throw new Error('expected a CivicError');
}

describe('parseOpen311Xml', () => {
  it('reads elements as the JSON form: repeated ones as a list, one alone as an object', () => {
    const { root, value } = parseOpen311Xml(`<?xml version="1.0" encoding="utf-8"?>
      <service_requests>
        <request><service_request_id>1</service_request_id><status>open</status></request>
        <request><service_request_id>2</service_request_id><description></description><zipcode/></request>
      </service_requests>`);
    expect(root).to.equal('service_requests');
    expect(value).to.deep.equal({
      service_requests: {
        request: [
          { service_request_id: '1', status: 'open' },
          { service_request_id: '2', description: '', zipcode: '' },
        ],
      },
    });
    expect(
      parseOpen311Xml('<services><service><service_code>001</service_code></service></services>').value,
    ).to.deep.equal({
      services: { service: { service_code: '001' } },
    });
  });

  it('keeps text as text: entities decoded, CDATA, HTML inside a note as its text only', () => {
    const { value } = parseOpen311Xml(`<r>
      <a>&lt;b&gt;bold&lt;/b&gt; &amp; co</a>
      <b><![CDATA[<img src=x onerror=alert(1)>]]></b>
      <c>Filled <b>today</b>, see <a href="javascript:alert(1)">here</a></c>
      <d>line one
line two</d>
    </r>`);
    expect(value).to.deep.equal({
      r: {
        a: '<b>bold</b> & co',
        b: '<img src=x onerror=alert(1)>',
        c: 'Filled today, see here',
        d: 'line one\nline two',
      },
    });
  });

  it('makes an element named __proto__ a plain field', () => {
    const { value } = parseOpen311Xml('<r><__proto__><polluted>yes</polluted></__proto__><x>1</x></r>');
    const r = (value as { r: Record<string, unknown> }).r;
    expect(Object.getPrototypeOf(r)).to.equal(Object.prototype);
    expect(Object.keys(r)).to.deep.equal(['__proto__', 'x']);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('reports what is not well-formed as invalid-data', () => {
    for (const bad of [
      '<services><service></services>',
      'not xml',
      '<a>&nbsp;</a>',
      '<?xml version="1.0"?>',
      '<a></a><b></b>',
    ]) {
      const error = failure(bad);
      expect(error.code, bad).to.equal('invalid-data');
      expect(error.message).to.contain('requests.xml');
      expect(error.details.join(' ')).to.not.equal('');
    }
  });

  it('does not fetch or run anything (external entities, scripts)', async () => {
    const before = performance.getEntriesByType('resource').length;
    const body = `<?xml version="1.0"?>
      <!DOCTYPE r [<!ENTITY ext SYSTEM "/__status/200?xxe">]>
      <r xmlns:h="http://www.w3.org/1999/xhtml"><h:script>window.__pwned = 1</h:script><x>&ext;</x></r>`;
    try {
      parseOpen311Xml(body);
    } catch {
      // refusing the document is fine too
    }
    await new Promise((r) => setTimeout(r, 50));
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('xxe')).length).to.equal(0);
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });
});
