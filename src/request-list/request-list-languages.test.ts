import { expect } from '@open-wc/testing';
import { words } from '../../test/harness/dom.js';
import { received } from '../../test/harness/sample-requests.js';
import { en } from '../localization/locales/en.js';
import { RequestListHarness, signedIn } from './request-list.harness.js';

describe('<civic-request-list> languages', () => {
  it('speaks English on an English page', async () => {
    const l = await RequestListHarness.render({ session: signedIn, lang: 'en' });
    expect(words(l.$('[part~=heading]'))).to.equal(en.requestList.heading);
    expect(words(l.item(received.reference).querySelector('.facts'))).to.equal('Last activity March 11, 2026');
    expect(words(l.$('.summary'))).to.equal('One request is waiting for you.');
    expect(l.chips()[0]).to.equal('All (8)');
    expect(words(l.items()[2].querySelector('summary'))).to.equal('See the history (3 steps)');
    await expect(l.el).to.be.accessible();
  });

  it('asks to sign in, in English', async () => {
    const l = await RequestListHarness.render({ lang: 'en' });
    expect(l.error).to.equal('Sign in to see your requests.');
    expect(l.error).not.to.equal(en.common.errors.unauthorized);
  });
});
