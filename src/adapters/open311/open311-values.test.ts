import { expect } from '@open-wc/testing';
import { coordinate, flag, httpUrl, isoDate, recordsOf, scalar, texts, timeOf } from './open311-values.js';

describe('Open311 loose values', () => {
  it('reads a field whatever its form', () => {
    expect(scalar(' POT ')).to.equal('POT');
    expect(scalar(40217)).to.equal('40217');
    expect(scalar(['in_progress'])).to.equal('in_progress'); // XML::Simple style
    expect(scalar(true)).to.equal('true');
    for (const empty of ['', '   \n ', null, undefined, {}, [], NaN, Infinity])
      expect(scalar(empty), JSON.stringify(empty) ?? 'undefined').to.equal(undefined);
  });

  it('reads booleans sent as strings', () => {
    expect(flag('true')).to.equal(true);
    expect(flag(' FALSE ')).to.equal(false);
    expect(flag(true)).to.equal(true);
    expect(flag('1')).to.equal(true);
    expect(flag('maybe')).to.equal(undefined);
    expect(flag('')).to.equal(undefined);
  });

  it('reads coordinates, 0 and nonsense as absent', () => {
    expect(coordinate('41.508217346', 90)).to.equal(41.508217346);
    expect(coordinate(-90.5781224, 180)).to.equal(-90.5781224);
    for (const absent of ['0', 0, '0.0', '', 'north', '91'])
      expect(coordinate(absent, 90), String(absent)).to.equal(undefined);
  });

  it('trims links and keeps only http(s)', () => {
    expect(httpUrl('http://media.cedarhollow.example/requests/photos/40217.jpg ')).to.equal(
      'http://media.cedarhollow.example/requests/photos/40217.jpg',
    );
    expect(httpUrl(' https://a.example/x y')).to.equal('https://a.example/x%20y');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'ftp://a.example/', '/relative.jpg', '', 'not a url'])
      expect(httpUrl(bad), bad).to.equal(undefined);
  });

  it('lists records however they are wrapped', () => {
    const a = { service_request_id: '1' };
    const b = { service_request_id: '2' };
    const names = ['service_requests', 'requests', 'request'];
    expect(recordsOf([a, b], names)).to.deep.equal([a, b]);
    expect(recordsOf({ service_requests: { request: [a, b] } }, names)).to.deep.equal([a, b]);
    expect(recordsOf({ service_requests: { request: a } }, names)).to.deep.equal([a]);
    expect(recordsOf({ requests: [{ request: [a, b] }] }, names)).to.deep.equal([a, b]);
    expect(recordsOf({ service_requests: '\n' }, names)).to.deep.equal([]);
    expect(recordsOf(null, names)).to.deep.equal([]);
    expect(recordsOf([{}, 'x', 3, a], names)).to.deep.equal([a]);
  });

  it('collects texts of nested values', () => {
    expect(texts({ recipient: ['Roads', ' Parks '] })).to.deep.equal(['Roads', 'Parks']);
    expect(texts([['text/xml'], { format: 'application/json' }])).to.deep.equal(['text/xml', 'application/json']);
    expect(texts('')).to.deep.equal([]);
  });

  describe('dates', () => {
    const same: [string, string][] = [
      ['2010-04-14T06:37:38-08:00', '2010-04-14T06:37:38-08:00'],
      ['2014-01-01T12:00:00Z', '2014-01-01T12:00:00Z'],
      [' 2014-01-01T12:00:00z ', '2014-01-01T12:00:00Z'],
      ['2014-01-01 12:00:00', '2014-01-01T12:00:00'],
      ['2014-01-01T12:00', '2014-01-01T12:00:00'],
      ['2014-01-01T12:00:00.123456+0100', '2014-01-01T12:00:00.123+01:00'],
      ['2014-01-01T12:00:00,5+01', '2014-01-01T12:00:00.500+01:00'],
      ['2014-01-01', '2014-01-01'],
    ];
    for (const [input, output] of same) {
      it(`normalises ${JSON.stringify(input)}`, () => {
        expect(isoDate(input)).to.equal(output);
        expect(Number.isNaN(timeOf(output))).to.equal(false);
      });
    }

    it('keeps the instant', () => {
      expect(new Date(timeOf(isoDate('2010-04-14T06:37:38-0800')!)).toISOString()).to.equal('2010-04-14T14:37:38.000Z');
    });

    it('refuses what is not a date', () => {
      for (const bad of [
        'yesterday',
        '0000-00-00 00:00:00',
        '2014-13-01T00:00:00Z',
        '2014-02-30',
        '2014-01-01T25:00:00Z',
        '14/04/2010',
        'Wed, 14 Apr 2010 06:37:38',
        '',
        '2014-01-01T12:00:00+25:00',
      ]) {
        expect(isoDate(bad), bad).to.equal(undefined);
      }
      expect(isoDate(1271252258)).to.equal(undefined);
    });
  });
});
