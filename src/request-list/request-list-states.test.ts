import { expect, fixture, html } from '@open-wc/testing';
import { capturingWarnings } from '../../test/harness/console.js';
import { expectNoLeak, words } from '../../test/harness/dom.js';
import { checkEveryState, literal, type StateCase } from '../../test/harness/every-state.js';
import { nextEvent, shadowText } from '../../test/harness/render.js';
import { HTML_NOTE, badData, inProgress } from '../../test/harness/sample-requests.js';
import type { CivicErrorDetail } from '../base/civic-element.js';
import { CivicError } from '../core/civic-error.js';
import { fr } from '../localization/locales/fr.js';
import type { CivicRequestList } from './request-list.js';
import {
  BY_ACTIVITY,
  RequestListHarness,
  requestListAdapter,
  requestListTemplate,
  signedIn,
  type RequestListOptions,
} from './request-list.harness.js';

describe('<civic-request-list> states', () => {
  it('while loading: busy, with a loading text', async () => {
    const l = await RequestListHarness.render({ session: signedIn, requestDelay: Infinity });
    expect(l.$('[part~=base]')!.getAttribute('aria-busy')).to.equal('true');
    expect(shadowText(l.el)).to.contain('Chargement…');
    await expect(l.el).to.be.accessible();
  });

  const errors: { name: string; options: RequestListOptions; code: string; message: string; retry: boolean }[] = [
    {
      name: 'backend down',
      options: { requestFailWith: 'network' },
      code: 'network',
      message: fr.request.errors.down,
      retry: true,
    },
    {
      name: 'time-out',
      options: { requestDelay: Infinity, timeout: 80 },
      code: 'timeout',
      message: fr.request.errors.timeout,
      retry: true,
    },
    {
      name: 'unsupported',
      options: { noList: true },
      code: 'unsupported',
      message: fr.request.errors.unsupported,
      retry: false,
    },
  ];
  for (const c of errors) {
    it(`says so when the list cannot be loaded: ${c.name}`, async () => {
      const failed = nextEvent<CivicErrorDetail>(document, 'civic-error');
      const l = await RequestListHarness.render({ session: signedIn, ...c.options });
      await l.until(() => !!l.$('[part~=error]'), 'the error');
      expect((await failed).detail.code).to.equal(c.code);
      expect(l.error).to.equal(c.message);
      expect(!!l.$('button'), 'a button to try again').to.equal(c.retry);
      await expect(l.el).to.be.accessible();
    });
  }

  it('tries again with the button, and shows the list once the backend answers', async () => {
    const adapter = requestListAdapter();
    const list = adapter.listMyRequests!;
    let tries = 0;
    adapter.listMyRequests = (options) =>
      ++tries === 1 ? Promise.reject(new CivicError('http', 'down', { status: 503 })) : list(options);
    const l = await RequestListHarness.render({ session: signedIn, adapter });
    expect(l.error).to.equal(fr.request.errors.down);
    l.$<HTMLButtonElement>('button')!.click();
    await l.until(() => l.items().length === BY_ACTIVITY.length, 'the requests');
    expect(tries).to.equal(2);
    expect(l.$('[part~=error]')).to.equal(null);
  });

  it('says when there is no provider', async () => {
    const el = await fixture<CivicRequestList>(html`<civic-request-list></civic-request-list>`);
    const l = new RequestListHarness(el, requestListAdapter());
    await l.until(() => !!l.$('[part~=error]'), 'the error');
    expect(l.error).to.equal(fr.common.errors['no-provider']);
    await expect(el).to.be.accessible();
  });
});

describe('<civic-request-list> bad data', () => {
  it('keeps readable requests, leaves out the ones without a reference, shows no "Invalid Date"', async () => {
    const { value: l, warnings } = await capturingWarnings(() =>
      RequestListHarness.render({ session: signedIn, mine: [badData, { state: 'done' }, inProgress] }),
    );
    expect(warnings, 'the web team is told').not.to.be.empty;
    expect(l.references()).to.deep.equal([inProgress.reference, badData.reference]);
    const bad = l.items()[1];
    expect(words(bad.querySelector('[part~=state] .state-words'))).to.equal('En cours d’archivage');
    expect(bad.querySelector('[part~=state]')!.classList.contains('state-unknown')).to.equal(true);
    expect(l.chips()).to.deep.equal(['Toutes (2)', 'En cours de traitement (1)', 'Autre état (1)']);
    bad.querySelector('details')!.open = true;
    expect(shadowText(l.el)).to.contain(HTML_NOTE);
    expect(l.$('b, img, script, i')).to.equal(null);
    expectNoLeak(l.el);
    await expect(l.el).to.be.accessible();
  });
});

describe('<civic-request-list> every state', () => {
  const states: StateCase<CivicRequestList>[] = [
    {
      name: 'signed out',
      template: requestListTemplate(),
      adapter: requestListAdapter(),
      shows: literal(fr.requestList.signIn),
    },
    {
      name: 'loading',
      template: requestListTemplate({ session: signedIn }),
      adapter: requestListAdapter({ requestDelay: Infinity }),
      shows: literal(fr.common.loading),
    },
    {
      name: 'the list',
      template: requestListTemplate({ session: signedIn }),
      adapter: requestListAdapter(),
      shows: literal('Mes demandes'),
    },
    {
      name: 'empty',
      template: requestListTemplate({ session: signedIn }),
      adapter: requestListAdapter({ mine: [] }),
      shows: literal("Vous n'avez aucune demande en cours."),
    },
    {
      name: 'session expired',
      template: requestListTemplate({ session: () => ({ Authorization: 'Bearer expired' }) }),
      adapter: requestListAdapter(),
      shows: literal(fr.common.errors.unauthorized),
    },
    {
      name: 'offline',
      template: requestListTemplate({ session: signedIn }),
      adapter: requestListAdapter({ requestFailWith: 'network' }),
      shows: literal(fr.request.errors.down),
    },
    {
      name: 'time-out',
      template: requestListTemplate({ session: signedIn }),
      adapter: requestListAdapter({ requestDelay: Infinity }),
      timeout: 80,
      shows: literal(fr.request.errors.timeout),
    },
    {
      name: 'unsupported',
      template: requestListTemplate({ session: signedIn }),
      adapter: requestListAdapter({ noList: true }),
      shows: literal(fr.request.errors.unsupported),
    },
    {
      name: 'no provider',
      template: requestListTemplate(),
      noProvider: true,
      shows: literal(fr.common.errors['no-provider']),
    },
  ];
  for (const state of states) it(`${state.name}: readable and accessible`, () => checkEveryState([state]));
});
