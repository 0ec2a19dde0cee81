import { expect } from '@open-wc/testing';
import { nextEvent } from '../../test/harness/render.js';
import type { CivicErrorDetail } from '../base/civic-element.js';
import { fr } from '../localization/locales/fr.js';
import type { RequestListLoadDetail } from './request-list.js';
import { BY_ACTIVITY, RequestListHarness, signedIn, TOKEN } from './request-list.harness.js';

describe('<civic-request-list> signed out, signed in', () => {
  it('says the citizen must sign in, shows the page sign-in link, and sends civic-error unauthorized', async () => {
    const failed = nextEvent<CivicErrorDetail>(document, 'civic-error');
    const l = await RequestListHarness.render({ signInLink: true });
    const { detail } = await failed;
    expect(detail.code).to.equal('unauthorized');
    expect(detail.message).to.equal('Connectez-vous pour voir vos demandes.');
    expect(l.error).to.equal('Connectez-vous pour voir vos demandes.');
    const slot = l.$<HTMLSlotElement>('slot[name=sign-in]')!;
    expect(slot.assignedElements().map((a) => a.getAttribute('href'))).to.deep.equal(['/connexion']);
    expect(l.adapter.calls, 'nothing asked without a session').to.deep.equal([]);
    await expect(l.el).to.be.accessible();
  });

  it('says the session expired when the backend refuses it', async () => {
    const l = await RequestListHarness.render({ session: () => ({ Authorization: 'Bearer expired' }) });
    expect(l.error).to.equal(fr.common.errors.unauthorized);
    expect(l.adapter.sessions, 'the backend was asked').to.deep.equal([{ Authorization: 'Bearer expired' }]);
    await expect(l.el).to.be.accessible();
  });

  it('loads as soon as the page gives a session, and again for another session', async () => {
    const l = await RequestListHarness.render();
    expect(l.items()).to.have.length(0);
    const loaded = nextEvent<RequestListLoadDetail>(l.el, 'civic-load');
    await l.signIn(async () => ({ Authorization: TOKEN }));
    expect((await loaded).detail, 'the page-wide event carries no reference, no notes').to.deep.equal({
      count: BY_ACTIVITY.length,
    });
    await l.until(() => l.items().length === BY_ACTIVITY.length, 'the requests');
    expect(l.references()).to.deep.equal(BY_ACTIVITY);
    expect(l.adapter.sessions).to.deep.equal([{ Authorization: TOKEN }]);
    await l.signIn(() => ({ Authorization: 'Bearer someone-else' }));
    await l.until(() => l.error === fr.common.errors.unauthorized, 'the refused session');
    expect(l.items()).to.have.length(0);
  });

  it('never stores the session: not in an attribute, not in storage', async () => {
    const before = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie };
    const l = await RequestListHarness.render({ session: signedIn });
    expect(l.items(), 'signed in').to.have.length(BY_ACTIVITY.length);
    expect(l.el.getAttributeNames().filter((a) => a.includes('session'))).to.deep.equal([]);
    expect(l.el.outerHTML).not.to.contain(TOKEN);
    expect(l.el.shadowRoot!.innerHTML).not.to.contain(TOKEN);
    expect({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }).to.deep.equal(
      before,
    );
  });
});
