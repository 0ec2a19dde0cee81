import { expect } from '@open-wc/testing';
import type { CivicError } from '../core/civic-error.js';
import { checkChannels, checkContacts } from './channel-check.js';
import { checkProcedure } from './procedure-check.js';

const valid = {
  id: 'p',
  title: { fr: 'Passeport', en: 'Passport' },
  online: { availability: 'full', url: 'https://example.org/' },
};

function problemsOf(value: unknown): string[] {
  try {
    checkProcedure(value, 'p');
  } catch (error) {
    return [...(error as CivicError).details];
  }
  return [];
}

describe('checkProcedure', () => {
  it('accepts a minimal procedure and fills absent lists', () => {
    const { procedure, warnings } = checkProcedure(valid);
    expect(procedure).to.deep.include({ id: 'p', themes: [], channels: [], related: [] });
    expect(warnings).to.deep.equal([]);
  });

  it('names the field of each problem', () => {
    expect(problemsOf({ id: 'p', online: { availability: 'maybe' } })).to.deep.equal([
      'p.title: is required',
      'p.online.availability: must be one of full, partial, none',
    ]);
  });

  it('refuses HTML in texts and unsafe links', () => {
    const problems = problemsOf({
      ...valid,
      title: { fr: '<img src=x onerror=alert(1)>' },
      url: 'javascript:alert(1)',
      online: { availability: 'full', url: 'data:text/html,x' },
    });
    expect(problems).to.have.length(3);
    expect(problems[0]).to.equal('p.title.fr: must be plain text, not HTML');
    expect(problems[1]).to.match(/^p\.url: is not an allowed link/);
    expect(problems[2]).to.match(/^p\.online\.url: is not an allowed link/);
  });

  it('keeps text with a "<" that is not markup', () => {
    expect(problemsOf({ ...valid, title: 'Enfants < 3 ans' })).to.deep.equal([]);
  });

  it('refuses wrong types and huge strings', () => {
    expect(problemsOf({ ...valid, title: 42 })).to.deep.equal([
      'p.title: must be text or translations like {"fr": "…", "en": "…"}',
    ]);
    expect(problemsOf({ ...valid, summary: 'x'.repeat(6000) })).to.deep.equal([
      'p.summary: is longer than 5000 characters',
    ]);
    expect(problemsOf('not an object')).to.deep.equal(['p: must be an object']);
  });

  it('leaves out bad list items with a warning instead of refusing the procedure', () => {
    const { procedure, warnings } = checkProcedure({
      ...valid,
      related: ['a', 7, 'b'],
      channels: [{ kind: 'phone' }, 'oops'],
    });
    expect(procedure.related).to.deep.equal(['a', 'b']);
    expect(procedure.channels).to.have.length(1);
    expect(warnings).to.have.length(2);
  });

  it('treats null as absent (sloppy servers send null for empty)', () => {
    expect(problemsOf({ ...valid, summary: null, url: null })).to.deep.equal([]);
  });
});

describe('checkChannels and checkContacts', () => {
  it('keeps good channels, leaves out unknown kinds and unsafe links with warnings', () => {
    const { items, warnings } = checkChannels([
      { kind: 'phone', phone: '+33 2 61 91 00 00' },
      { kind: 'fax', phone: '01' },
      { kind: 'online', url: 'javascript:alert(1)' },
      { kind: 'counter', office: 'ghost' },
      { kind: 'counter', hours: { weekly: 'mo-fr' }, appointment: { required: true, url: 'https://rdv.example/' } },
    ]);
    expect(items.map((c) => c.kind)).to.deep.equal(['phone', 'counter']);
    expect(items[1].hours, 'bad hours left out of the channel only').to.equal(undefined);
    expect(items[1].appointment?.url).to.equal('https://rdv.example/');
    expect(warnings.join('\n'))
      .to.contain('channels[1].kind: must be one of')
      .and.to.contain('channels[2].url')
      .and.to.contain('refers to no known office: "ghost"');
  });

  it('checks information contacts the same way', () => {
    const { items } = checkContacts([{ kind: 'faq', url: 'https://example.org/faq' }, { kind: 'pigeon' }]);
    expect(items).to.deep.equal([{ kind: 'faq', url: 'https://example.org/faq' }]);
  });
});
