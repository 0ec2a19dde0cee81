import { expect } from '@open-wc/testing';
import { words } from '../../test/harness/dom.js';
import { EMAIL, inProgress, received } from '../../test/harness/sample-requests.js';
import { en } from '../localization/locales/en.js';
import { RequestStatusHarness, withEmail } from './request-status.harness.js';

describe('<civic-request-status> languages', () => {
  it('speaks English on an English page, with English dates', async () => {
    const s = await RequestStatusHarness.render({ lang: 'en' });
    expect(words(s.$('[part~=heading]'))).to.equal(en.requestStatus.heading);
    expect(words(s.$('label[for=reference]'))).to.equal('Request number');
    await s.lookUp(inProgress.reference);
    expect(s.title).to.equal('National identity card and passport');
    expect(s.state).to.equal('In progress');
    expect(s.facts()['Answer expected']).to.equal('March 15, 2026 (in 3 days)');
    expect(s.facts()['Next step']).to.equal('You will get a text message when the passport is ready at the town hall.');
    expect(words(s.$('.event-date'))).to.match(/^February 20, 2026 at 9:12\sAM$/);
    expect(s.announced).to.equal('Request EC-2026-004211: In progress.');
    await expect(s.el).to.be.accessible();
  });

  it('gives English error and validation messages', async () => {
    const s = await RequestStatusHarness.render({ lang: 'en', ...withEmail() });
    await s.lookUp('EC-2026-000003', EMAIL);
    expect(s.error).to.equal(en.request.errors.notFound);
    await s.typeInto(s.referenceInput, 'x');
    await s.pressKey('Enter');
    expect(words(s.$('#reference-error'))).to.equal(
      'This number is not in the right form: it should look like EC-2026-004211.',
    );
  });

  it('shows the usual time in English', async () => {
    const s = await RequestStatusHarness.render({ lang: 'en' });
    await s.lookUp(received.reference);
    expect(s.facts()['Usual processing time']).to.equal('30 days From the appointment at the town hall.');
  });
});
