import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../test/harness/render.js';
import './define.js';
import { nextEvent, settle, shadowText, until, capturingWarnings } from '../../test/harness/render.js';
import { requestAdapter, type RequestAdapter, type RequestAdapterOptions } from '../../test/harness/request-adapter.js';
import {
  HTML_NOTE,
  TODAY,
  badData,
  cancelled,
  done,
  inProgress,
  longTimeline,
  received,
  rejected,
  requestProcedures,
  sampleRequests,
  waitingCitizen,
  waitingDecision,
} from '../../test/harness/sample-requests.js';
import type { CivicErrorDetail } from '../base/civic-element.js';
import { en } from '../localization/locales/en.js';
import { fr } from '../localization/locales/fr.js';
import type { SessionHeaders } from '../model.js';
import type { CivicProvider } from '../provider/civic-provider.js';
import type { CivicRequestList, RequestListLoadDetail } from './request-list.js';

const TOKEN = 'Bearer camille-7f3a';
const signedIn: SessionHeaders = () => ({ Authorization: TOKEN });

interface ShowOptions extends RequestAdapterOptions {
  session?: SessionHeaders;
  lang?: string;
  level?: number;
  timeout?: number;
  signInLink?: boolean;
}

/** A <civic-request-list> in a provider over an in-memory backend holding `mine`. */
async function show(options: ShowOptions = {}): Promise<{ el: CivicRequestList; adapter: RequestAdapter }> {
  const adapter = requestAdapter([], { mine: sampleRequests, token: TOKEN, procedures: requestProcedures, ...options });
  const provider = await fixture<CivicProvider>(
    html`<civic-provider .adapter=${adapter} .timeout=${options.timeout ?? 8000} lang=${options.lang ?? 'fr'}
      ><civic-request-list .session=${options.session} heading-level=${options.level ?? 2} now=${TODAY}
        >${options.signInLink ? html`<a slot="sign-in" href="/connexion">Se connecter</a>` : ''}</civic-request-list
      ></civic-provider
    >`,
  );
  const el = provider.querySelector('civic-request-list')!;
  await settle(el);
  return { el, adapter };
}

const $ = <T extends Element = HTMLElement>(el: CivicRequestList, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: CivicRequestList | Element, selector: string) => [
  ...(el.shadowRoot ?? el).querySelectorAll<T>(selector),
];
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const items = (el: CivicRequestList) => $$(el, 'li[part~=request]');
const referencesShown = (el: CivicRequestList) =>
  items(el).map((li) => words(li.querySelector('.reference')).replace('Demande n° ', ''));
const chips = (el: CivicRequestList) => $$(el, '[part~=filter] label').map(words);
const radio = (el: CivicRequestList, label: string) =>
  $$<HTMLLabelElement>(el, '[part~=filter] label')
    .find((l) => words(l).startsWith(label))!
    .querySelector('input')!;

function expectNoLeak(el: Element): void {
  expect(shadowText(el), 'nothing a reader should never see').not.to.match(
    /undefined|NaN|\[object Object\]|null|Invalid Date/,
  );
}

/** Most recent activity first (see the sample requests' last dates). */
/** What waits for the citizen first, then the most recent activity first. */
const BY_ACTIVITY = [
  waitingCitizen,
  received,
  inProgress,
  longTimeline,
  rejected,
  waitingDecision,
  done,
  cancelled,
].map((r) => r.reference);

const quietlyValue = async <T>(run: () => Promise<T>): Promise<T> => (await capturingWarnings(run)).value;

describe('<civic-request-list>', () => {
  describe('signed out', () => {
    it('says the citizen must sign in, shows the page sign-in link, and sends civic-error unauthorized', async () => {
      const failed = new Promise<CivicErrorDetail>((resolve) =>
        document.addEventListener('civic-error', (e) => resolve((e as CustomEvent).detail), { once: true }),
      );
      const { el, adapter } = await show({ signInLink: true });
      const detail = await failed;
      expect(detail.code).to.equal('unauthorized');
      expect(detail.message).to.equal('Connectez-vous pour voir vos demandes.');
      expect(words($(el, '[part~=error]'))).to.equal('Connectez-vous pour voir vos demandes.');
      const slot = $<HTMLSlotElement>(el, 'slot[name=sign-in]')!;
      expect(slot.assignedElements().map((a) => a.getAttribute('href'))).to.deep.equal(['/connexion']);
      expect(adapter.calls, 'nothing asked without a session').to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('says the session expired when the backend refuses it', async () => {
      const { el } = await show({ session: () => ({ Authorization: 'Bearer expired' }) });
      expect(words($(el, '[part~=error]'))).to.equal(fr.common.errors.unauthorized);
      await expect(el).to.be.accessible();
    });

    it('loads as soon as the page gives a session, and again for another session', async () => {
      const { el, adapter } = await show();
      expect(items(el)).to.have.length(0);
      const loaded = nextEvent<RequestListLoadDetail>(el, 'civic-load');
      el.session = async () => ({ Authorization: TOKEN });
      await settle(el);
      expect((await loaded).detail, 'the page-wide event carries no reference, no notes').to.deep.equal({
        count: BY_ACTIVITY.length,
      });
      expect(referencesShown(el)).to.deep.equal(BY_ACTIVITY);
      expect(adapter.sessions).to.deep.equal([{ Authorization: TOKEN }]);
      el.session = () => ({ Authorization: 'Bearer someone-else' });
      await settle(el);
      expect(words($(el, '[part~=error]'))).to.equal(fr.common.errors.unauthorized);
      expect(items(el)).to.have.length(0);
    });

    it('never stores the session: not in an attribute, not in storage', async () => {
      const before = { local: localStorage.length, session: sessionStorage.length, cookie: document.cookie };
      const { el } = await show({ session: signedIn });
      expect(el.getAttributeNames().filter((a) => a.includes('session'))).to.deep.equal([]);
      expect(el.outerHTML).not.to.contain(TOKEN);
      expect({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }).to.deep.equal(
        before,
      );
    });
  });

  describe('the list', () => {
    it('lists every request, most recent activity first, with state, facts and a heading each', async () => {
      const { el } = await show({ session: signedIn });
      expect(words($(el, '[part~=heading]'))).to.equal('Mes demandes');
      expect(referencesShown(el)).to.deep.equal(BY_ACTIVITY);
      const first = items(el)[BY_ACTIVITY.indexOf(received.reference)];
      expect(words(first.querySelector('[role=heading]'))).to.equal("Carte nationale d'identité et passeport");
      expect(first.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('3');
      expect(words(first.querySelector('[part~=state] .state-words'))).to.equal('Reçue');
      expect(words(first.querySelector('.facts'))).to.equal('Dernière activité 11 mars 2026');
      const decision = items(el)[BY_ACTIVITY.indexOf(waitingDecision.reference)];
      expect(words(decision.querySelector('[role=heading]'))).to.equal('Déclaration préalable de travaux');
      expect(words(decision.querySelector('.facts'))).to.contain('Réponse prévue 15 avril 2026 (dans 34 jours)');
      expectNoLeak(el);
      await expect(el).to.be.accessible();
    });

    it('says first that the city waits for the citizen, and what for, on the request', async () => {
      const { el } = await show({ session: signedIn });
      const summary = $(el, '.summary[part~=action-needed]')!;
      expect(words(summary)).to.equal('Une demande attend une action de votre part.');
      expect(summary.compareDocumentPosition(items(el)[0]) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
      const waiting = items(el)[0];
      expect(words(waiting.querySelector('[part~=action-needed]')))
        .to.contain(fr.request.actionNeeded)
        .and.contain('Déposez un justificatif de domicile');
    });

    it('says when the citizen has no requests', async () => {
      const { el } = await show({ session: signedIn, mine: [] });
      expect(words($(el, '.message'))).to.equal("Vous n'avez aucune demande en cours.");
      expect($(el, '[part~=filter]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('opens each request history from its summary, with the keyboard', async () => {
      const { el } = await show({ session: signedIn });
      const item = items(el)[BY_ACTIVITY.indexOf(inProgress.reference)];
      const details = item.querySelector<HTMLDetailsElement>('details[part~=details]')!;
      const summary = details.querySelector('summary')!;
      expect(words(summary)).to.equal("Voir l'historique (3 étapes)");
      expect(details.open).to.equal(false);
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      const events = $$(details, 'ol[part~=timeline] > li[part~=event]');
      expect(events.map((e) => words(e.querySelector('.event-date')))).to.deep.equal([
        '20 février 2026 à 09:12',
        '27 février 2026 à 14:30',
        '2 mars 2026 à 11:05',
      ]);
      await expect(el).to.be.accessible();
    });

    it('folds a long history behind its summary, whole and in order once opened', async () => {
      const { el } = await show({ session: signedIn, mine: [longTimeline] });
      const details = $<HTMLDetailsElement>(el, 'details')!;
      expect(words(details.querySelector('summary'))).to.equal("Voir l'historique (40 étapes)");
      details.open = true;
      const times = $$(details, 'time').map((t) => Date.parse(t.getAttribute('datetime')!));
      expect(times).to.have.length(40);
      expect([...times].sort((a, b) => a - b)).to.deep.equal(times);
    });
  });

  describe('filter by state', () => {
    it('offers the states present, with their counts, and filters with the keyboard', async () => {
      const { el } = await show({
        session: signedIn,
        mine: [...sampleRequests, { ...done, reference: 'EC-2026-003951' }],
      });
      const filter = $(el, 'fieldset[part~=filter]')!;
      expect(words(filter.querySelector('legend'))).to.equal('Afficher');
      expect(chips(el)).to.deep.equal([
        'Toutes (9)',
        'Reçue (1)',
        'En cours de traitement (2)',
        'En attente de votre part (1)',
        'En attente de décision (1)',
        'Terminée (2)',
        'Refusée (1)',
        'Annulée (1)',
      ]);
      expect(radio(el, 'Toutes').checked).to.equal(true);
      radio(el, 'Toutes').focus();
      // Arrow keys move within a radio group: Toutes -> Reçue -> En cours de traitement.
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'ArrowRight' });
      await settle(el);
      expect(radio(el, 'En cours de traitement').checked).to.equal(true);
      expect(referencesShown(el)).to.deep.equal([inProgress.reference, longTimeline.reference]);
      expect(words($(el, '[role=status]'))).to.equal('2 demandes affichées');
      await expect(el).to.be.accessible();
      radio(el, 'Terminée').click();
      await settle(el);
      expect(referencesShown(el)).to.deep.equal([done.reference, 'EC-2026-003951']);
      radio(el, 'Toutes').click();
      await settle(el);
      expect(items(el)).to.have.length(9);
      expect(words($(el, '[role=status]'))).to.equal('9 demandes affichées');
    });

    it('has no filter when every request is in the same state', async () => {
      const { el } = await show({ session: signedIn, mine: [done, { ...done, reference: 'EC-2026-003951' }] });
      expect($(el, '[part~=filter]')).to.equal(null);
      expect(items(el)).to.have.length(2);
    });
  });

  describe('states', () => {
    it('while loading: busy, with a loading text', async () => {
      const { el } = await show({ session: signedIn, requestDelay: Infinity });
      expect($(el, '[part~=base]')!.getAttribute('aria-busy')).to.equal('true');
      expect(shadowText(el)).to.contain('Chargement…');
      await expect(el).to.be.accessible();
    });

    const errors: { name: string; options: ShowOptions; code: string; message: string; retry: boolean }[] = [
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
        const failed = new Promise<CivicErrorDetail>((resolve) =>
          document.addEventListener('civic-error', (e) => resolve((e as CustomEvent).detail), { once: true }),
        );
        const { el } = await show({ session: signedIn, ...c.options });
        await until(el, () => !!$(el, '[part~=error]'), 'the error');
        expect((await failed).code).to.equal(c.code);
        expect(words($(el, '[part~=error]'))).to.equal(c.message);
        expect(!!$(el, 'button'), 'a button to try again').to.equal(c.retry);
        await expect(el).to.be.accessible();
      });
    }

    it('tries again with the button', async () => {
      const { el, adapter } = await show({ session: signedIn, requestFailWith: 'http' });
      $<HTMLButtonElement>(el, 'button')!.click();
      await settle(el);
      expect(adapter.calls.filter((c) => c === 'listMyRequests')).to.have.length(2);
    });
  });

  describe('bad data', () => {
    it('keeps readable requests, leaves out the ones without a reference, shows no "Invalid Date"', async () => {
      const { el } = await quietlyValue(() =>
        show({ session: signedIn, mine: [badData, { state: 'done' }, inProgress] }),
      );
      expect(referencesShown(el)).to.deep.equal([inProgress.reference, badData.reference]);
      const bad = items(el)[1];
      expect(words(bad.querySelector('[part~=state] .state-words'))).to.equal('En cours d’archivage');
      expect(bad.querySelector('[part~=state]')!.classList.contains('state-unknown')).to.equal(true);
      expect(chips(el)).to.deep.equal(['Toutes (2)', 'En cours de traitement (1)', 'Autre état (1)']);
      bad.querySelector('details')!.open = true;
      expect(shadowText(el)).to.contain(HTML_NOTE);
      expect(el.shadowRoot!.querySelector('b, img, script, i')).to.equal(null);
      expectNoLeak(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('languages', () => {
    it('speaks English on an English page', async () => {
      const { el } = await show({ session: signedIn, lang: 'en' });
      expect(words($(el, '[part~=heading]'))).to.equal(en.requestList.heading);
      expect(words(items(el)[BY_ACTIVITY.indexOf(received.reference)].querySelector('.facts'))).to.equal(
        'Last activity March 11, 2026',
      );
      expect(words($(el, '.summary'))).to.equal('One request is waiting for you.');
      expect(chips(el)[0]).to.equal('All (8)');
      expect(words(items(el)[2].querySelector('summary'))).to.equal('See the history (3 steps)');
      await expect(el).to.be.accessible();
    });

    it('asks to sign in, in English', async () => {
      const { el } = await show({ lang: 'en' });
      expect(words($(el, '[part~=error]'))).to.equal('Sign in to see your requests.');
      expect(words($(el, '[part~=error]'))).not.to.equal(en.common.errors.unauthorized);
    });
  });

  it('lists the same requests in any order the backend gives', async () => {
    const { el } = await show({ session: signedIn, mine: [...sampleRequests].reverse() });
    expect(referencesShown(el)).to.deep.equal(BY_ACTIVITY);
    expect(referencesShown(el)).to.include(rejected.reference);
  });
});
