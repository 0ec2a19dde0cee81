import { expect, fixture, html } from '@open-wc/testing';
import { words } from '../../test/harness/dom.js';
import { checkEveryState, literal, type StateCase } from '../../test/harness/every-state.js';
import { shadowText } from '../../test/harness/render.js';
import { inProgress, lookupWithEmail } from '../../test/harness/sample-requests.js';
import { fr } from '../localization/locales/fr.js';
import type { CivicRequestStatus } from './request-status.js';
import {
  RequestStatusHarness,
  requestStatusAdapter,
  requestStatusTemplate,
  withEmail,
} from './request-status.harness.js';

describe('<civic-request-status> states', () => {
  it('while the lookup definition loads: busy, with a loading text', async () => {
    const s = await RequestStatusHarness.render({ delay: Infinity, lookup: lookupWithEmail });
    expect(s.$('[part~=base]')!.getAttribute('aria-busy')).to.equal('true');
    expect(shadowText(s.el)).to.contain('Chargement…');
    await expect(s.el).to.be.accessible();
  });

  it('while looking up: busy, says so, and ignores a second Enter', async () => {
    const s = await RequestStatusHarness.render({ requestDelay: 300 });
    await s.typeInto(s.referenceInput, inProgress.reference);
    await s.pressKey('Enter');
    expect(words(s.result)).to.equal('Recherche de la demande…');
    expect(s.announced).to.equal('Recherche de la demande…');
    expect(s.result!.getAttribute('aria-busy')).to.equal('true');
    expect(s.$('[part~=base]')!.hasAttribute('aria-busy'), 'the live region is not inside a busy region').to.equal(
      false,
    );
    expect(s.$('[part~=submit]')!.getAttribute('aria-disabled')).to.equal('true');
    await s.pressKey('Enter');
    await expect(s.el).to.be.accessible();
    await s.until(() => !!s.$('article'), 'the request');
    expect(s.lookups()).to.have.length(1);
    expect(s.result!.hasAttribute('aria-busy')).to.equal(false);
  });

  it('says when there is no provider', async () => {
    const el = await fixture<CivicRequestStatus>(html`<civic-request-status></civic-request-status>`);
    const s = new RequestStatusHarness(el, requestStatusAdapter());
    await s.until(() => !!s.$('[part~=error]'), 'the error', 3000);
    expect(s.error).to.equal(fr.common.errors['no-provider']);
  });
});

describe('<civic-request-status> every state', () => {
  const template = requestStatusTemplate();
  const lookUp = (reference: string, proof?: string) => (el: CivicRequestStatus) =>
    new RequestStatusHarness(el, requestStatusAdapter()).lookUp(reference, proof);
  const states: StateCase<CivicRequestStatus>[] = [
    {
      name: 'loading',
      template,
      adapter: requestStatusAdapter({ delay: Infinity }),
      shows: literal(fr.common.loading),
    },
    { name: 'the form', template, adapter: requestStatusAdapter(), shows: literal('Suivre ma demande') },
    {
      name: 'looking up',
      template,
      adapter: requestStatusAdapter({ requestDelay: Infinity }),
      setup: async (el) => {
        const s = new RequestStatusHarness(el, requestStatusAdapter());
        await s.typeInto(s.referenceInput, inProgress.reference);
        await s.pressKey('Enter');
      },
      shows: literal(fr.requestStatus.searching),
    },
    {
      name: 'found',
      template,
      adapter: requestStatusAdapter(),
      setup: lookUp(inProgress.reference),
      shows: literal('En cours de traitement'),
    },
    {
      name: 'not found',
      template,
      adapter: requestStatusAdapter(),
      setup: lookUp('EC-2026-000001'),
      shows: literal(fr.request.errors.notFound),
    },
    {
      name: 'wrong proof',
      template,
      adapter: requestStatusAdapter(withEmail()),
      setup: lookUp(inProgress.reference, 'someone@example.org'),
      shows: literal(fr.requestStatus.proofs.email.wrong),
    },
    {
      name: 'offline',
      template,
      adapter: requestStatusAdapter({ requestFailWith: 'network' }),
      setup: lookUp(inProgress.reference),
      shows: literal(fr.request.errors.down),
    },
    {
      name: 'time-out',
      template,
      adapter: requestStatusAdapter({ requestDelay: Infinity }),
      timeout: 80,
      setup: lookUp(inProgress.reference),
      shows: literal(fr.request.errors.timeout),
    },
    {
      name: 'unsupported',
      template,
      adapter: requestStatusAdapter({ noLookup: true }),
      shows: literal(fr.request.errors.unsupported),
    },
    { name: 'no provider', template, noProvider: true, shows: literal(fr.common.errors['no-provider']) },
  ];
  for (const state of states) it(`${state.name}: readable and accessible`, () => checkEveryState([state]));
});
