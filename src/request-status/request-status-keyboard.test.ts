import { expect } from '@open-wc/testing';
import { words } from '../../test/harness/dom.js';
import { nextEvent } from '../../test/harness/render.js';
import { EMAIL, inProgress, waitingCitizen } from '../../test/harness/sample-requests.js';
import type { RequestLoadDetail } from './request-status.js';
import { RequestStatusHarness, withEmail } from './request-status.harness.js';

describe('<civic-request-status> keyboard and focus', () => {
  it('looks the request up with the reference typed and Enter, and keeps focus in the field', async () => {
    const s = await RequestStatusHarness.render();
    const submitted = nextEvent<unknown>(s.el, 'civic-request-submit');
    const loaded = nextEvent<RequestLoadDetail>(s.el, 'civic-load');
    await s.lookUp('EC-2026-004211');
    expect((await submitted).detail).to.deep.equal({});
    expect((await loaded).detail, 'the page-wide event carries no reference, no notes').to.deep.equal({
      state: 'in-progress',
    });
    expect(s.lookups()).to.deep.equal(['getRequest:EC-2026-004211:']);
    expect(s.focused, 'focus did not move').to.equal(s.referenceInput);
    expect(s.title).to.equal("Carte nationale d'identité et passeport");
  });

  it('sends the proof typed in the second field', async () => {
    const s = await RequestStatusHarness.render(withEmail());
    await s.lookUp(waitingCitizen.reference, EMAIL);
    expect(s.lookups()).to.deep.equal([`getRequest:${waitingCitizen.reference}:${EMAIL}`]);
    expect(s.title).to.equal("Carte nationale d'identité et passeport");
  });

  it('starts a new search with the button: fields emptied, focus in the reference field', async () => {
    const s = await RequestStatusHarness.render(withEmail());
    await s.lookUp(inProgress.reference, EMAIL);
    expect(s.result, 'a request shown').to.exist;
    const button = s.$<HTMLButtonElement>('[part~=new-search]')!;
    expect(words(button)).to.equal('Nouvelle recherche');
    button.focus();
    await s.pressKey('Enter');
    expect(s.result).to.equal(null);
    expect(s.referenceInput.value).to.equal('');
    expect(s.proofInput!.value).to.equal('');
    expect(s.focused).to.equal(s.referenceInput);
    await expect(s.el).to.be.accessible();
  });
});
