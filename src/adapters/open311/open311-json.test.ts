import { expect } from '@open-wc/testing';
import type { CivicError } from '../../core/civic-error.js';
import { parseOpen311Json, quoteLeadingZeroNumbers } from './open311-json.js';

describe('parseOpen311Json', () => {
  it('reads valid JSON as JSON', () => {
    expect(parseOpen311Json('[{"service_code":"001","lat":0.5,"n":-0.25,"z":0}]')).to.deep.equal([
      { service_code: '001', lat: 0.5, n: -0.25, z: 0 },
    ]);
  });

  it('reads zero-led numbers as the codes they are', () => {
    expect(parseOpen311Json('[{"service_code":001},{"service_code": 006 ,"x":[007, 0]}]')).to.deep.equal([
      { service_code: '001' },
      { service_code: '006', x: ['007', 0] },
    ]);
  });

  it('leaves strings alone, escaped quotes included', () => {
    const text = '{"a":"x\\": 001","b":001,"c":"\\\\","d":002}';
    expect(quoteLeadingZeroNumbers(text)).to.equal('{"a":"x\\": 001","b":"001","c":"\\\\","d":"002"}');
    expect(parseOpen311Json(text)).to.deep.equal({ a: 'x": 001', b: '001', c: '\\', d: '002' });
  });

  it('skips a byte order mark', () => {
    expect(parseOpen311Json('\uFEFF[]')).to.deep.equal([]);
  });

  it('reports what is not JSON as invalid-json, with the parser error', () => {
    for (const bad of ['<html>', '[{"a":1,}]', '{"service_code":001', '']) {
      let error: CivicError | undefined;
      try {
        parseOpen311Json(bad, 'services.json');
      } catch (e) {
        error = e as CivicError;
      }
      expect(error?.code, bad).to.equal('invalid-json');
      expect(error?.message).to.contain('services.json');
      expect(error?.details).to.have.length(1);
    }
  });
});
