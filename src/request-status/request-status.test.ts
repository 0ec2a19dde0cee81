import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../test/harness/render.js';
import './define.js';
import { nextEvent, settle, shadowText, until } from '../../test/harness/render.js';
import { requestAdapter, type RequestAdapter, type RequestAdapterOptions } from '../../test/harness/request-adapter.js';
import {
  EMAIL,
  HTML_NOTE,
  HUGE_NOTE,
  TODAY,
  badData,
  cancelled,
  done,
  inProgress,
  longTimeline,
  lookupWithEmail,
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
import type { CivicProvider } from '../provider/civic-provider.js';
import type { CivicRequestStatus, RequestLoadDetail } from './request-status.js';

/* ------------------------------------------------------------------------------------------ */
/* Rendering and reading                                                                       */

interface ShowOptions extends RequestAdapterOptions {
  requests?: readonly unknown[];
  reference?: string;
  proofValue?: string;
  autoload?: boolean;
  urlParam?: string;
  level?: number;
  lang?: string;
  timeout?: number;
  now?: string;
}

/** A <civic-request-status> in a provider over an in-memory backend of the sample requests. */
async function show(options: ShowOptions = {}): Promise<{ el: CivicRequestStatus; adapter: RequestAdapter }> {
  const adapter = requestAdapter(options.requests ?? [...sampleRequests, badData], {
    lookup: { referencePattern: lookupWithEmail.referencePattern, referenceExample: lookupWithEmail.referenceExample },
    procedures: requestProcedures,
    ...options,
  });
  const provider = await fixture<CivicProvider>(
    html`<civic-provider .adapter=${adapter} .timeout=${options.timeout ?? 8000} lang=${options.lang ?? 'fr'}
      ><civic-request-status
        reference=${ifDefined(options.reference)}
        proof=${ifDefined(options.proofValue)}
        ?autoload=${options.autoload}
        url-param=${ifDefined(options.urlParam)}
        heading-level=${options.level ?? nothing}
        now=${options.now ?? TODAY}
      ></civic-request-status
    ></civic-provider>`,
  );
  const el = provider.querySelector('civic-request-status')!;
  await settle(el);
  return { el, adapter };
}

const $ = <T extends Element = HTMLElement>(el: CivicRequestStatus, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: CivicRequestStatus, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const words = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const referenceInput = (el: CivicRequestStatus) => $<HTMLInputElement>(el, '#reference')!;
const proofInput = (el: CivicRequestStatus) => $<HTMLInputElement>(el, '#proof');
const announced = (el: CivicRequestStatus) => words($(el, '[role=status]'));
const result = (el: CivicRequestStatus) => $(el, '[part~=result]');
const facts = (el: CivicRequestStatus) =>
  Object.fromEntries(
    $$(el, '[part~=facts] > div').map((d) => [words(d.querySelector('dt')), words(d.querySelector('dd'))]),
  );

/** Types into a field with the keyboard, as a citizen does. */
async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  await sendKeys({ type: text });
}

/** Types the reference (and proof), presses Enter, and waits until the lookup has ended. */
async function lookUp(el: CivicRequestStatus, reference: string, proof?: string): Promise<void> {
  const input = referenceInput(el);
  input.select();
  await typeInto(input, reference);
  if (proof !== undefined) {
    const field = proofInput(el)!;
    field.select();
    await typeInto(field, proof);
  }
  await sendKeys({ press: 'Enter' });
  await settle(el);
  await until(el, () => !!result(el) && !result(el)!.classList.contains('searching'), 'the end of the lookup');
}

function expectNoLeak(el: Element): void {
  expect(shadowText(el), 'nothing a reader should never see').not.to.match(
    /undefined|NaN|\[object Object\]|null|Invalid Date/,
  );
}

/** Console output of a block, kept out of the test log. */
async function capturingConsole<T>(run: () => Promise<T>): Promise<{ value: T; logged: string[] }> {
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = methods.map((m) => console[m]);
  const logged: string[] = [];
  for (const m of methods)
    console[m] = (...args: unknown[]) =>
      void logged.push(
        args.map((a) => (a instanceof Error ? `${a.message} ${JSON.stringify(a)}` : String(a))).join(' '),
      );
  try {
    return { value: await run(), logged };
  } finally {
    methods.forEach((m, i) => (console[m] = originals[i]));
  }
}

const withEmail = (options: ShowOptions = {}): ShowOptions => ({
  lookup: lookupWithEmail,
  proofs: Object.fromEntries([...sampleRequests].map((r) => [r.reference, EMAIL])),
  ...options,
});

/* ------------------------------------------------------------------------------------------ */

describe('<civic-request-status>', () => {
  describe('the form', () => {
    it('asks for the reference, with the backend example as a hint', async () => {
      const { el } = await show();
      expect(words($(el, '[part~=heading]'))).to.equal('Suivre une demande');
      expect($(el, '[part~=heading]')!.getAttribute('aria-level')).to.equal('2');
      const input = referenceInput(el);
      expect(words($(el, 'label[for=reference]'))).to.equal('Numéro de la demande');
      expect(words($(el, '#reference-hint'))).to.equal(
        "Il figure sur l'accusé de réception, par exemple : EC-2026-004211",
      );
      expect(input.getAttribute('aria-describedby')).to.equal('reference-hint');
      expect(input.autocomplete).to.equal('off');
      expect(input.required).to.equal(true);
      expect(proofInput(el), 'no proof asked').to.equal(null);
      expect(words($(el, '[part~=submit]'))).to.equal('Suivre ma demande');
      await expect(el).to.be.accessible();
    });

    it('asks for the e-mail address when the backend wants it, with the right input type', async () => {
      const { el } = await show(withEmail());
      const input = proofInput(el)!;
      expect(words($(el, 'label[for=proof]'))).to.equal('Adresse e-mail');
      expect(input.type).to.equal('email');
      expect(input.autocomplete).to.equal('email');
      expect(input.getAttribute('inputmode')).to.equal('email');
      await expect(el).to.be.accessible();
    });

    it('asks for a postcode or a code with their own fields', async () => {
      const { el: postcode } = await show({ lookup: { proof: 'postcode' } });
      expect(words($(postcode, 'label[for=proof]'))).to.equal('Code postal');
      expect(proofInput(postcode)!.autocomplete).to.equal('postal-code');
      expect(words($(postcode, '#reference-hint')), 'no example given').to.equal(
        "Il figure sur l'accusé de réception.",
      );
      const { el: code } = await show({ lookup: { proof: 'code' } });
      expect(words($(code, 'label[for=proof]'))).to.equal('Code de suivi');
      expect(proofInput(code)!.autocomplete).to.equal('off');
      await expect(code).to.be.accessible();
    });

    it('asks no proof and checks no format with an adapter without getRequestLookup', async () => {
      const { el, adapter } = await show({ lookup: undefined });
      expect(proofInput(el)).to.equal(null);
      await lookUp(el, 'EC-2026-004211');
      expect(adapter.calls).to.include('getRequest:EC-2026-004211:');
    });

    it('puts its heading at the level asked and the request title one below', async () => {
      const { el } = await show({ level: 3 });
      await lookUp(el, inProgress.reference);
      expect($(el, '[part~=heading]')!.getAttribute('aria-level')).to.equal('3');
      expect($(el, '#result-title')!.getAttribute('aria-level')).to.equal('4');
      expect($(el, '#history')!.getAttribute('aria-level')).to.equal('5');
    });
  });

  describe('keyboard', () => {
    it('looks the request up with the reference typed and Enter, and keeps focus in the field', async () => {
      const { el, adapter } = await show();
      const submitted = nextEvent<unknown>(el, 'civic-request-submit');
      const loaded = nextEvent<RequestLoadDetail>(el, 'civic-load');
      await lookUp(el, 'EC-2026-004211');
      expect((await submitted).detail).to.deep.equal({});
      expect((await loaded).detail, 'the page-wide event carries no reference, no notes').to.deep.equal({
        state: 'in-progress',
      });
      expect(adapter.calls.filter((c) => c.startsWith('getRequest:'))).to.deep.equal(['getRequest:EC-2026-004211:']);
      expect(el.shadowRoot!.activeElement, 'focus did not move').to.equal(referenceInput(el));
      expect(words($(el, '#result-title'))).to.equal("Carte nationale d'identité et passeport");
    });

    it('sends the proof typed in the second field', async () => {
      const { el, adapter } = await show(withEmail());
      await lookUp(el, waitingCitizen.reference, EMAIL);
      expect(adapter.calls).to.include(`getRequest:${waitingCitizen.reference}:${EMAIL}`);
      expect(words($(el, '#result-title'))).to.equal("Carte nationale d'identité et passeport");
    });

    it('starts a new search with the button: fields emptied, focus in the reference field', async () => {
      const { el } = await show(withEmail());
      await lookUp(el, inProgress.reference, EMAIL);
      const button = $<HTMLButtonElement>(el, '[part~=new-search]')!;
      expect(words(button)).to.equal('Nouvelle recherche');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(result(el)).to.equal(null);
      expect(referenceInput(el).value).to.equal('');
      expect(proofInput(el)!.value).to.equal('');
      expect(el.shadowRoot!.activeElement).to.equal(referenceInput(el));
      await expect(el).to.be.accessible();
    });
  });

  describe('checks before sending', () => {
    it('says the reference is missing, without asking the backend', async () => {
      const { el, adapter } = await show();
      referenceInput(el).focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(words($(el, '#reference-error'))).to.equal('Saisissez le numéro de votre demande.');
      expect(referenceInput(el).getAttribute('aria-invalid')).to.equal('true');
      expect(referenceInput(el).getAttribute('aria-describedby')).to.equal('reference-hint reference-error');
      expect(adapter.calls.some((c) => c.startsWith('getRequest:'))).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('refuses a malformed reference with the example, sends nothing and keeps what was typed', async () => {
      const { el, adapter } = await show();
      const submitted: Event[] = [];
      el.addEventListener('civic-request-submit', (e) => submitted.push(e));
      await typeInto(referenceInput(el), 'EC-26-42');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(words($(el, '#reference-error'))).to.equal(
        "Ce numéro n'a pas la bonne forme : il doit ressembler à EC-2026-004211.",
      );
      expect(adapter.calls.some((c) => c.startsWith('getRequest:'))).to.equal(false);
      expect(submitted).to.have.length(0);
      expect(referenceInput(el).value).to.equal('EC-26-42');
      expect(el.shadowRoot!.activeElement).to.equal(referenceInput(el));
      await expect(el).to.be.accessible();
      // The message goes as soon as the reference is right.
      referenceInput(el).select();
      await sendKeys({ type: 'EC-2026-004211' });
      await settle(el);
      expect($(el, '#reference-error')).to.equal(null);
      expect(referenceInput(el).hasAttribute('aria-invalid')).to.equal(false);
    });

    it('accepts a reference typed in lower case and with spaces around, and sends it as printed', async () => {
      const { el, adapter } = await show();
      await lookUp(el, '  ec-2026-004211 ');
      expect(adapter.calls).to.include('getRequest:EC-2026-004211:');
      expect(words($(el, '.reference'))).to.equal('Demande n° EC-2026-004211');
    });

    it('asks for the proof and checks an e-mail address before sending', async () => {
      const { el, adapter } = await show(withEmail());
      await typeInto(referenceInput(el), inProgress.reference);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(words($(el, '#proof-error'))).to.equal("Saisissez l'adresse e-mail donnée en faisant la demande.");
      expect(el.shadowRoot!.activeElement, 'focus on the field to fill').to.equal(proofInput(el));
      await sendKeys({ type: 'camille.martin' });
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(words($(el, '#proof-error'))).to.equal(
        'Cette adresse e-mail est incomplète : elle doit ressembler à nom@exemple.fr.',
      );
      expect(proofInput(el)!.getAttribute('aria-invalid')).to.equal('true');
      expect(adapter.calls.some((c) => c.startsWith('getRequest:'))).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('ignores an unreadable pattern from the backend (the backend still checks)', async () => {
      const { value: shown } = await capturingConsole(() =>
        show({ lookup: { referencePattern: '([A-Z', referenceExample: 'EC-2026-004211' } }),
      );
      await lookUp(shown.el, 'anything-at-all');
      expect(shown.adapter.calls).to.include('getRequest:anything-at-all:');
      expect(words($(shown.el, '[part~=error]'))).to.equal(
        "Aucune demande ne correspond à ce numéro. Vérifiez-le sur l'accusé de réception.",
      );
    });
  });

  describe('errors: a distinct message each, announced, the typed reference kept', () => {
    const cases: {
      name: string;
      options: ShowOptions;
      reference: string;
      proof?: string;
      code: string;
      message: string;
    }[] = [
      {
        name: 'not found',
        options: {},
        reference: 'EC-2026-000001',
        code: 'not-found',
        message: fr.request.errors.notFound,
      },
      {
        name: 'wrong proof',
        options: withEmail(),
        reference: inProgress.reference,
        proof: 'someone@example.org',
        code: 'wrong-proof',
        message: fr.requestStatus.proofs.email.wrong,
      },
      {
        name: 'too many attempts',
        options: withEmail({ maxAttempts: 0 }),
        reference: inProgress.reference,
        proof: EMAIL,
        code: 'too-many-attempts',
        message: fr.request.errors.tooManyAttempts,
      },
      {
        name: 'backend down (network)',
        options: { requestFailWith: 'network' },
        reference: inProgress.reference,
        code: 'network',
        message: fr.request.errors.down,
      },
      {
        name: 'backend down (HTTP 503)',
        options: { requestFailWith: 'http' },
        reference: inProgress.reference,
        code: 'http',
        message: fr.request.errors.down,
      },
      {
        name: 'HTTP 429 read as too many attempts',
        options: { requestFailWith: 'http', status: 429 },
        reference: inProgress.reference,
        code: 'http',
        message: fr.request.errors.tooManyAttempts,
      },
      {
        name: 'time-out',
        options: { requestDelay: Infinity, timeout: 80 },
        reference: inProgress.reference,
        code: 'timeout',
        message: fr.request.errors.timeout,
      },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const { el } = await show(c.options);
        const failed = nextEvent<CivicErrorDetail>(el, 'civic-error');
        await lookUp(el, c.reference, c.proof);
        const detail = (await failed).detail;
        expect(detail.code).to.equal(c.code);
        expect(detail.message).to.equal(c.message);
        expect(words($(el, '[part~=error]'))).to.equal(c.message);
        expect(announced(el)).to.equal(c.message);
        expect(referenceInput(el).value, 'the reference typed is still there').to.equal(c.reference);
        if (c.proof) expect(proofInput(el)!.value).to.equal(c.proof);
        expect(JSON.stringify(detail), 'no reference in the event').not.to.contain(c.reference);
        expect(el.shadowRoot!.activeElement, 'focus did not move').to.equal(
          c.proof ? proofInput(el) : referenceInput(el),
        );
        expectNoLeak(el);
        await expect(el).to.be.accessible();
      });
    }

    it('blocks after too many failed attempts, and says so distinctly from a wrong proof', async () => {
      const { el } = await show(withEmail({ maxAttempts: 2 }));
      await lookUp(el, inProgress.reference, 'wrong@example.org');
      expect(words($(el, '[part~=error]'))).to.equal(fr.requestStatus.proofs.email.wrong);
      await lookUp(el, inProgress.reference, 'wrong@example.org');
      await lookUp(el, inProgress.reference, EMAIL);
      expect(words($(el, '[part~=error]'))).to.equal(fr.request.errors.tooManyAttempts);
    });

    it('says the site offers no tracking when the adapter cannot look requests up', async () => {
      const failed = new Promise<CivicErrorDetail>((resolve) =>
        document.addEventListener('civic-error', (e) => resolve((e as CustomEvent).detail), { once: true }),
      );
      const { el } = await show({ noLookup: true });
      expect((await failed).code).to.equal('unsupported');
      expect(words($(el, '[part~=error]'))).to.equal(fr.request.errors.unsupported);
      expect(referenceInput(el)).to.equal(null);
      expect($(el, 'button'), 'nothing to retry').to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('offers to try again when the lookup definition could not be loaded', async () => {
      const { el, adapter } = await show({ lookup: 'fails' });
      expect(words($(el, '[part~=error]'))).to.equal(fr.request.errors.down);
      const retry = $<HTMLButtonElement>(el, 'button')!;
      expect(words(retry)).to.equal('Réessayer');
      await expect(el).to.be.accessible();
      retry.click();
      await settle(el);
      expect(adapter.calls.filter((c) => c === 'getRequestLookup')).to.have.length(2);
    });

    it('announces a second identical error again (the live region changes in between)', async () => {
      const { el } = await show();
      const said: string[] = [];
      const region = $(el, '[role=status]')!;
      new MutationObserver(() => said.push(words(region))).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      await lookUp(el, 'EC-2026-000001');
      referenceInput(el).focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      await until(el, () => said.length >= 4, 'four announcements');
      expect(said.filter((s, i) => s && s !== said[i - 1])).to.deep.equal([
        fr.requestStatus.searching,
        fr.request.errors.notFound,
        fr.requestStatus.searching,
        fr.request.errors.notFound,
      ]);
    });
  });

  describe('the request', () => {
    it('shows the procedure from the catalog, the state with the backend wording, facts and history', async () => {
      const { el } = await show();
      await lookUp(el, inProgress.reference);
      expect(words($(el, '#result-title'))).to.equal("Carte nationale d'identité et passeport");
      expect(words($(el, '.reference'))).to.equal('Demande n° EC-2026-004211');
      const state = $(el, '[part~=state]')!;
      expect(words(state.querySelector('.state-words'))).to.equal('En cours de traitement');
      expect(words(state.querySelector('.original'))).to.equal('Libellé du service : « Instruction du dossier »');
      expect(state.querySelector('svg'), 'a shape, not only a colour').to.exist;
      expect(facts(el)).to.deep.equal({
        'Prochaine étape': 'Vous recevrez un SMS quand le passeport sera disponible en mairie.',
        'Réponse prévue': '15 mars 2026 (dans 3 jours)',
        'Service en charge': 'Service état civil – Mairie de Saint-Aurel',
        'Déposée le': '20 février 2026',
        'Dernière mise à jour': '2 mars 2026',
      });
      expect($(el, '[part~=action-needed]'), 'nothing asked of the citizen').to.equal(null);
      expect(announced(el)).to.equal('Demande EC-2026-004211 : En cours de traitement.');
      expectNoLeak(el);
      await expect(el).to.be.accessible();
    });

    it('uses the backend title when the catalog does not know the procedure', async () => {
      const { el } = await show();
      await lookUp(el, waitingDecision.reference);
      expect(words($(el, '#result-title'))).to.equal('Déclaration préalable de travaux');
      expect(words($(el, '[part~=state] .state-words'))).to.equal('En attente de décision');
      expect(facts(el)['Réponse prévue']).to.equal('15 avril 2026 (dans 34 jours)');
    });

    it('says first and clearly when the city waits for the citizen, with the next step', async () => {
      const { el } = await show();
      await lookUp(el, waitingCitizen.reference);
      const article = $(el, 'article')!;
      const first = article.firstElementChild!;
      expect(first.getAttribute('part')).to.equal('action-needed');
      expect(words(first)).to.equal(
        'Une action est attendue de votre part Déposez un justificatif de domicile de moins de 3 mois dans votre espace, ou à l’accueil de la mairie, avant le 26 mars.',
      );
      expect(first.querySelector('svg')).to.exist;
      expect(facts(el)['Prochaine étape'], 'the next step is not said twice').to.equal(undefined);
      expect(announced(el)).to.equal('Demande EC-2026-004388 : une action est attendue de votre part.');
      await expect(el).to.be.accessible();
    });

    it('says what the city waits for in general words when the backend gives no next step', async () => {
      const { el } = await show({ requests: [{ ...waitingCitizen, nextStep: undefined }] });
      await lookUp(el, waitingCitizen.reference);
      expect(words($(el, '[part~=action-needed]'))).to.contain(fr.request.actionNeededDefault);
    });

    it('shows the usual processing time of the procedure when the backend gives no expected date', async () => {
      const { el } = await show();
      await lookUp(el, received.reference);
      expect(facts(el)['Réponse prévue']).to.equal(undefined);
      expect(facts(el)['Délai habituel']).to.equal('30 jours À compter du rendez-vous en mairie.');
      expect(words($(el, '[part~=state] .state-words'))).to.equal('Reçue');
      expect($(el, '[part~=state] .original'), 'no backend wording to add').to.equal(null);
    });

    it('shows neither an expected date nor a usual time once the request is closed', async () => {
      for (const closed of [done, rejected, cancelled]) {
        const { el } = await show();
        await lookUp(el, closed.reference);
        expect(facts(el)['Réponse prévue'], closed.state).to.equal(undefined);
        expect(facts(el)['Délai habituel'], closed.state).to.equal(undefined);
        expect(words($(el, '[part~=state] .state-words'))).to.equal(fr.request.states[closed.state]);
        await expect(el).to.be.accessible();
      }
    });

    it('shows every state in words and a distinct shape', async () => {
      const shapes = new Set<string>();
      for (const r of [received, inProgress, waitingCitizen, waitingDecision, done, rejected, cancelled]) {
        const { el } = await show();
        await lookUp(el, r.reference);
        const state = $(el, '[part~=state]')!;
        expect(words(state.querySelector('.state-words'))).to.equal(fr.request.states[r.state]);
        shapes.add(state.querySelector('svg')!.innerHTML);
      }
      expect(shapes.size).to.equal(7);
    });

    it('lists the history oldest first in an ordered list, with dates in words and notes', async () => {
      const { el } = await show();
      await lookUp(el, inProgress.reference);
      const list = $(el, 'ol[part~=timeline]')!;
      expect(list.getAttribute('aria-labelledby')).to.equal('history');
      expect(words($(el, '#history'))).to.equal('Historique');
      const events = [...list.querySelectorAll('li[part~=event]')];
      expect(events.map((e) => words(e.querySelector('.event-date')))).to.deep.equal([
        '20 février 2026 à 09:12',
        '27 février 2026 à 14:30',
        '2 mars 2026 à 11:05',
      ]);
      expect(events.map((e) => e.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(
        inProgress.history.map((h) => h.date),
      );
      expect(words(events[0].querySelector('.event-state'))).to.equal('Reçue');
      expect(words(events[0].querySelector('.original'))).to.equal('Libellé du service : « Dossier déposé »');
      expect(words(events[2].querySelector('.note'))).to.equal('Dossier transmis au centre d’instruction.');
    });

    it('shows a long history whole, in order', async () => {
      const { el } = await show();
      await lookUp(el, longTimeline.reference);
      const times = $$(el, 'li[part~=event] time').map((t) => Date.parse(t.getAttribute('datetime')!));
      expect(times).to.have.length(40);
      expect([...times].sort((a, b) => a - b)).to.deep.equal(times);
      expectNoLeak(el);
      await expect(el).to.be.accessible();
    });

    it('shows dates in the city time zone, whatever the visitor clock', async () => {
      const late = { ...inProgress, history: [{ date: '2026-03-01T23:30:00Z', state: 'received' as const }] };
      const { el } = await show({ requests: [late] });
      await lookUp(el, inProgress.reference);
      // 23:30 UTC is 00:30 the next day in Paris (the visitor of these tests is in São Paulo or UTC).
      expect(words($(el, '.event-date'))).to.equal('2 mars 2026 à 00:30');
    });
  });

  describe('bad data from the backend', () => {
    it('stays readable: no "Invalid Date", unknown states in the backend words, HTML as text, huge notes folded', async () => {
      const { value: shown, logged } = await capturingConsole(async () => {
        const s = await show();
        await lookUp(s.el, badData.reference);
        return s;
      });
      const { el } = shown;
      expectNoLeak(el);
      // The state is none of ours: the backend's word, a neutral shape.
      const state = $(el, '[part~=state]')!;
      expect(state.classList.contains('state-unknown')).to.equal(true);
      expect(words(state.querySelector('.state-words'))).to.equal('En cours d’archivage');
      // Unreadable dates are left out.
      expect(facts(el)).to.deep.equal({ 'Service en charge': '<i>Service logement</i>' });
      const events = $$(el, 'li[part~=event]');
      expect(events).to.have.length(4);
      expect(events.map((e) => words(e.querySelector('.event-date')))).to.deep.equal([
        'Date non précisée',
        'Date non précisée',
        'Date non précisée',
        '1 mars 2026 à 10:00',
      ]);
      expect(words(events[1].querySelector('.event-state'))).to.equal('En cours de traitement');
      expect(words(events[2].querySelector('.event-state'))).to.equal('escalated');
      // HTML is text.
      expect(words(events[1].querySelector('.note'))).to.equal(HTML_NOTE);
      for (const tag of ['b', 'img', 'script', 'i'])
        expect(el.shadowRoot!.querySelector(tag), `<${tag}>`).to.equal(null);
      // The huge note shows its beginning, and the whole text behind a disclosure.
      const preview = events[2].querySelector('.note-preview')!;
      expect(words(preview).length).to.be.below(400);
      expect(words(preview).endsWith('…')).to.equal(true);
      const details = events[2].querySelector<HTMLDetailsElement>('details')!;
      expect(words(details.querySelector('summary'))).to.equal('Lire le message en entier');
      expect(details.querySelector('.note')!.textContent).to.equal(HUGE_NOTE);
      expect(getComputedStyle(preview).display).not.to.equal('none');
      details.open = true;
      expect(getComputedStyle(preview).display, 'the preview gives way to the whole text').to.equal('none');
      // The web team is told, by field, without the request's data.
      expect(logged.join('\n')).to.contain('request.history[0].date');
      expect(logged.join('\n')).not.to.contain(badData.reference);
      await expect(el).to.be.accessible();
    });

    it('refuses a request without a reference as invalid data, said as the service being unavailable', async () => {
      const broken = { ...inProgress, reference: undefined };
      const adapter = requestAdapter([], { lookup: {} });
      adapter.getRequest = async () => broken as never;
      const provider = await fixture<CivicProvider>(
        html`<civic-provider .adapter=${adapter}><civic-request-status></civic-request-status></civic-provider>`,
      );
      const el = provider.querySelector('civic-request-status')!;
      await settle(el);
      const failed = nextEvent<CivicErrorDetail>(el, 'civic-error');
      await capturingConsole(() => lookUp(el, 'EC-2026-004211'));
      const detail = (await failed).detail;
      expect(detail.code).to.equal('invalid-data');
      expect(detail.details).to.deep.equal(['request.reference: is required']);
      expect(words($(el, '[part~=error]'))).to.equal(fr.request.errors.down);
    });
  });

  describe('privacy', () => {
    it('never logs the reference or the proof, whatever happens', async () => {
      const { logged } = await capturingConsole(async () => {
        const { el } = await show(withEmail({ maxAttempts: 3 }));
        await lookUp(el, inProgress.reference, EMAIL);
        await lookUp(el, inProgress.reference, 'other@example.org');
        await lookUp(el, 'EC-2026-000002', EMAIL);
        await lookUp(el, inProgress.reference, EMAIL);
      });
      const all = logged.join('\n');
      for (const secret of [inProgress.reference, 'EC-2026-000002', EMAIL, 'other@example.org'])
        expect(all).not.to.contain(secret);
    });

    it('changes no URL without url-param', async () => {
      const before = location.href;
      const length = history.length;
      const { el } = await show({ reference: inProgress.reference, autoload: true });
      await until(el, () => !!$(el, 'article'), 'the request');
      await lookUp(el, waitingCitizen.reference);
      $<HTMLButtonElement>(el, '[part~=new-search]')!.click();
      await settle(el);
      expect(location.href).to.equal(before);
      expect(history.length).to.equal(length);
    });

    describe('with url-param', () => {
      let original: string;
      beforeEach(() => (original = location.href));
      afterEach(() => history.replaceState(history.state, '', original));

      it('reads the reference from the page URL, keeps it up to date, and removes it on a new search', async () => {
        const url = new URL(location.href);
        url.searchParams.set('demande', inProgress.reference);
        url.searchParams.set('other', 'kept');
        history.replaceState(history.state, '', url);
        const length = history.length;
        const { el } = await show(withEmail({ urlParam: 'demande' }));
        expect(referenceInput(el).value).to.equal(inProgress.reference);
        await lookUp(el, waitingCitizen.reference, EMAIL);
        const after = new URL(location.href);
        expect(after.searchParams.get('demande')).to.equal(waitingCitizen.reference);
        expect(after.searchParams.get('other')).to.equal('kept');
        expect(location.href, 'never the proof').not.to.contain(encodeURIComponent(EMAIL)).and.not.to.contain(EMAIL);
        expect(history.length, 'no new history entry').to.equal(length);
        $<HTMLButtonElement>(el, '[part~=new-search]')!.click();
        await settle(el);
        expect(new URL(location.href).searchParams.has('demande')).to.equal(false);
        expect(new URL(location.href).searchParams.get('other')).to.equal('kept');
      });

      it('looks up at once with autoload when the URL has the reference', async () => {
        const url = new URL(location.href);
        url.searchParams.set('ref', done.reference);
        history.replaceState(history.state, '', url);
        const { el } = await show({ urlParam: 'ref', autoload: true });
        await until(el, () => !!$(el, 'article'), 'the request');
        expect(words($(el, '[part~=state] .state-words'))).to.equal('Terminée');
      });
    });
  });

  describe('prefilled from a receipt link', () => {
    it('fills the fields from the attributes and waits for the citizen without autoload', async () => {
      const { el, adapter } = await show(withEmail({ reference: inProgress.reference, proofValue: EMAIL }));
      expect(referenceInput(el).value).to.equal(inProgress.reference);
      expect(proofInput(el)!.value).to.equal(EMAIL);
      expect(adapter.calls.some((c) => c.startsWith('getRequest:'))).to.equal(false);
    });

    it('looks up at once with autoload, without moving focus, and announces the result', async () => {
      const submitted = new Promise<CustomEvent>((resolve) =>
        document.addEventListener('civic-request-submit', (e) => resolve(e as CustomEvent), { once: true }),
      );
      const { el } = await show(withEmail({ reference: inProgress.reference, proofValue: EMAIL, autoload: true }));
      await until(el, () => !!$(el, 'article'), 'the request');
      expect((await submitted).detail).to.deep.equal({});
      expect(el.shadowRoot!.activeElement).to.equal(null);
      expect(announced(el)).to.equal('Demande EC-2026-004211 : En cours de traitement.');
    });

    it('only fills the reference in with autoload when the proof asked is not prefilled', async () => {
      const { el, adapter } = await show(withEmail({ reference: inProgress.reference, autoload: true }));
      expect(referenceInput(el).value).to.equal(inProgress.reference);
      expect($(el, '#proof-error'), 'no error before the citizen acts').to.equal(null);
      expect(adapter.calls.some((c) => c.startsWith('getRequest:'))).to.equal(false);
    });

    it('says what is wrong with a prefilled malformed reference, without moving focus', async () => {
      const { el, adapter } = await show({ reference: 'nope', autoload: true });
      expect(words($(el, '#reference-error'))).to.match(/^Ce numéro n'a pas la bonne forme/);
      expect(el.shadowRoot!.activeElement).to.equal(null);
      expect(adapter.calls.some((c) => c.startsWith('getRequest:'))).to.equal(false);
    });
  });

  describe('states', () => {
    it('while the lookup definition loads: busy, with a loading text', async () => {
      const { el } = await show({ delay: Infinity, lookup: lookupWithEmail });
      expect($(el, '[part~=base]')!.getAttribute('aria-busy')).to.equal('true');
      expect(shadowText(el)).to.contain('Chargement…');
      await expect(el).to.be.accessible();
    });

    it('while looking up: busy, says so, and ignores a second Enter', async () => {
      const { el, adapter } = await show({ requestDelay: 300 });
      await typeInto(referenceInput(el), inProgress.reference);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(words(result(el))).to.equal('Recherche de la demande…');
      expect(announced(el)).to.equal('Recherche de la demande…');
      expect(result(el)!.getAttribute('aria-busy')).to.equal('true');
      expect($(el, '[part~=base]')!.hasAttribute('aria-busy'), 'the live region is not inside a busy region').to.equal(
        false,
      );
      expect($(el, '[part~=submit]')!.getAttribute('aria-disabled')).to.equal('true');
      await sendKeys({ press: 'Enter' });
      await expect(el).to.be.accessible();
      await until(el, () => !!$(el, 'article'), 'the request');
      expect(adapter.calls.filter((c) => c.startsWith('getRequest:'))).to.have.length(1);
      expect(result(el)!.hasAttribute('aria-busy')).to.equal(false);
    });

    it('says when there is no provider', async () => {
      const el = await fixture<CivicRequestStatus>(html`<civic-request-status></civic-request-status>`);
      await until(el, () => !!$(el, '[part~=error]'), 'the error', 3000);
      expect(words($(el, '[part~=error]'))).to.equal(fr.common.errors['no-provider']);
    });
  });

  describe('languages', () => {
    it('speaks English on an English page, with English dates', async () => {
      const { el } = await show({ lang: 'en' });
      expect(words($(el, '[part~=heading]'))).to.equal(en.requestStatus.heading);
      expect(words($(el, 'label[for=reference]'))).to.equal('Request number');
      await lookUp(el, inProgress.reference);
      expect(words($(el, '#result-title'))).to.equal('National identity card and passport');
      expect(words($(el, '[part~=state] .state-words'))).to.equal('In progress');
      expect(facts(el)['Answer expected']).to.equal('March 15, 2026 (in 3 days)');
      expect(facts(el)['Next step']).to.equal(
        'You will get a text message when the passport is ready at the town hall.',
      );
      expect(words($(el, '.event-date'))).to.match(/^February 20, 2026 at 9:12\sAM$/);
      expect(announced(el)).to.equal('Request EC-2026-004211: In progress.');
      await expect(el).to.be.accessible();
    });

    it('gives English error and validation messages', async () => {
      const { el } = await show({ lang: 'en', ...withEmail() });
      await lookUp(el, 'EC-2026-000003', EMAIL);
      expect(words($(el, '[part~=error]'))).to.equal(en.request.errors.notFound);
      await typeInto(referenceInput(el), 'x');
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(words($(el, '#reference-error'))).to.equal(
        'This number is not in the right form: it should look like EC-2026-004211.',
      );
    });

    it('shows the usual time in English', async () => {
      const { el } = await show({ lang: 'en' });
      await lookUp(el, received.reference);
      expect(facts(el)['Usual processing time']).to.equal('30 days From the appointment at the town hall.');
    });
  });
});
