import { expect } from '@open-wc/testing';
import { nextEvent } from '../../test/harness/render.js';
import { EMAIL, done, inProgress, waitingCitizen } from '../../test/harness/sample-requests.js';
import { RequestStatusHarness, withEmail } from './request-status.harness.js';

describe('<civic-request-status> with url-param', () => {
  let original: string;
  beforeEach(() => (original = location.href));
  afterEach(() => history.replaceState(history.state, '', original));

  it('reads the reference from the page URL, keeps it up to date, and removes it on a new search', async () => {
    const url = new URL(location.href);
    url.searchParams.set('demande', inProgress.reference);
    url.searchParams.set('other', 'kept');
    history.replaceState(history.state, '', url);
    const length = history.length;
    const s = await RequestStatusHarness.render(withEmail({ urlParam: 'demande' }));
    expect(s.referenceInput.value).to.equal(inProgress.reference);
    await s.lookUp(waitingCitizen.reference, EMAIL);
    const after = new URL(location.href);
    expect(after.searchParams.get('demande')).to.equal(waitingCitizen.reference);
    expect(after.searchParams.get('other')).to.equal('kept');
    expect(location.href, 'never the proof').not.to.contain(encodeURIComponent(EMAIL)).and.not.to.contain(EMAIL);
    expect(history.length, 'no new history entry').to.equal(length);
    s.$<HTMLButtonElement>('[part~=new-search]')!.click();
    await s.until(() => !new URL(location.href).searchParams.has('demande'), 'the reference gone from the URL');
    expect(new URL(location.href).searchParams.get('other')).to.equal('kept');
  });

  it('looks up at once with autoload when the URL has the reference', async () => {
    const url = new URL(location.href);
    url.searchParams.set('ref', done.reference);
    history.replaceState(history.state, '', url);
    const s = await RequestStatusHarness.render({ urlParam: 'ref', autoload: true });
    await s.until(() => !!s.$('article'), 'the request');
    expect(s.state).to.equal('Terminée');
    expect(s.lookups()).to.deep.equal([`getRequest:${done.reference}:`]);
  });
});

describe('<civic-request-status> prefilled from a receipt link', () => {
  it('fills the fields from the attributes and waits for the citizen without autoload', async () => {
    const s = await RequestStatusHarness.render(withEmail({ reference: inProgress.reference, proofValue: EMAIL }));
    expect(s.referenceInput.value).to.equal(inProgress.reference);
    expect(s.proofInput!.value).to.equal(EMAIL);
    expect(s.lookups()).to.deep.equal([]);
  });

  it('looks up at once with autoload, without moving focus, and announces the result', async () => {
    const submitted = nextEvent(document, 'civic-request-submit');
    const s = await RequestStatusHarness.render(
      withEmail({ reference: inProgress.reference, proofValue: EMAIL, autoload: true }),
    );
    await s.until(() => !!s.$('article'), 'the request');
    expect((await submitted).detail).to.deep.equal({});
    expect(s.focused).to.equal(null);
    expect(s.announced).to.equal('Demande EC-2026-004211 : En cours de traitement.');
  });

  it('only fills the reference in with autoload when the proof asked is not prefilled', async () => {
    const s = await RequestStatusHarness.render(withEmail({ reference: inProgress.reference, autoload: true }));
    expect(s.referenceInput.value).to.equal(inProgress.reference);
    expect(s.proofInput, 'the proof field is there').to.exist;
    expect(s.$('#proof-error'), 'no error before the citizen acts').to.equal(null);
    expect(s.lookups()).to.deep.equal([]);
  });

  it('says what is wrong with a prefilled malformed reference, without moving focus', async () => {
    const s = await RequestStatusHarness.render({ reference: 'nope', autoload: true });
    await s.until(() => !!s.$('#reference-error'), 'the message');
    expect(s.$('#reference-error')!.textContent).to.match(/^\s*Ce numéro n'a pas la bonne forme/);
    expect(s.focused).to.equal(null);
    expect(s.lookups()).to.deep.equal([]);
  });
});
