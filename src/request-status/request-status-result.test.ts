import { expect, fixture, html } from '@open-wc/testing';
import { capturingConsole } from '../../test/harness/console.js';
import { expectNoLeak, words } from '../../test/harness/dom.js';
import { nextEvent, settle } from '../../test/harness/render.js';
import { requestAdapter } from '../../test/harness/request-adapter.js';
import {
  HTML_NOTE,
  HUGE_NOTE,
  badData,
  cancelled,
  done,
  inProgress,
  longTimeline,
  received,
  rejected,
  waitingCitizen,
  waitingDecision,
} from '../../test/harness/sample-requests.js';
import type { CivicErrorDetail } from '../base/civic-element.js';
import { fr } from '../localization/locales/fr.js';
import type { CivicProvider } from '../provider/civic-provider.js';
import type { CivicRequestStatus } from './request-status.js';
import { RequestStatusHarness } from './request-status.harness.js';

describe('<civic-request-status> the request', () => {
  it('shows the procedure from the catalog, the state with the backend wording, facts and history', async () => {
    const s = await RequestStatusHarness.render();
    await s.lookUp(inProgress.reference);
    expect(s.title).to.equal("Carte nationale d'identité et passeport");
    expect(words(s.$('.reference'))).to.equal('Demande n° EC-2026-004211');
    const state = s.$('[part~=state]')!;
    expect(s.state).to.equal('En cours de traitement');
    expect(words(state.querySelector('.original'))).to.equal('Libellé du service : « Instruction du dossier »');
    expect(state.querySelector('svg'), 'a shape, not only a colour').to.exist;
    expect(s.facts()).to.deep.equal({
      'Prochaine étape': 'Vous recevrez un SMS quand le passeport sera disponible en mairie.',
      'Réponse prévue': '15 mars 2026 (dans 3 jours)',
      'Service en charge': 'Service état civil – Mairie de Saint-Aurel',
      'Déposée le': '20 février 2026',
      'Dernière mise à jour': '2 mars 2026',
    });
    expect(s.$('[part~=action-needed]'), 'nothing asked of the citizen').to.equal(null);
    expect(s.announced).to.equal('Demande EC-2026-004211 : En cours de traitement.');
    expectNoLeak(s.el);
    await expect(s.el).to.be.accessible();
  });

  it('uses the backend title when the catalog does not know the procedure', async () => {
    const s = await RequestStatusHarness.render();
    await s.lookUp(waitingDecision.reference);
    expect(s.title).to.equal('Déclaration préalable de travaux');
    expect(s.state).to.equal('En attente de décision');
    expect(s.facts()['Réponse prévue']).to.equal('15 avril 2026 (dans 34 jours)');
  });

  it('says clearly, right under the heading, when the city waits for the citizen, with the next step', async () => {
    const s = await RequestStatusHarness.render();
    await s.lookUp(waitingCitizen.reference);
    const first = s.$('[part~=action-needed]')!;
    // A screen-reader user jumps to the heading then reads on: the call-out must follow it, not precede it.
    const heading = s.$('article [role=heading]')!;
    expect(s.$('article')!.firstElementChild, 'the heading comes first').to.equal(heading);
    expect(heading.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    expect(words(first)).to.equal(
      'Une action est attendue de votre part Déposez un justificatif de domicile de moins de 3 mois dans votre espace, ou à l’accueil de la mairie, avant le 26 mars.',
    );
    expect(first.querySelector('svg')).to.exist;
    expect(s.facts()['Service en charge'], 'the facts are shown').to.equal(
      'Service état civil – Mairie de Saint-Aurel',
    );
    expect(s.facts()['Prochaine étape'], 'the next step is not said twice').to.equal(undefined);
    expect(s.announced).to.equal('Demande EC-2026-004388 : une action est attendue de votre part.');
    await expect(s.el).to.be.accessible();
  });

  it('says what the city waits for in general words when the backend gives no next step', async () => {
    const s = await RequestStatusHarness.render({ requests: [{ ...waitingCitizen, nextStep: undefined }] });
    await s.lookUp(waitingCitizen.reference);
    expect(words(s.$('[part~=action-needed]'))).to.contain(fr.request.actionNeededDefault);
  });

  it('shows the usual processing time of the procedure when the backend gives no expected date', async () => {
    const s = await RequestStatusHarness.render();
    await s.lookUp(received.reference);
    expect(s.facts()['Réponse prévue']).to.equal(undefined);
    expect(s.facts()['Délai habituel']).to.equal('30 jours À compter du rendez-vous en mairie.');
    expect(s.state).to.equal('Reçue');
    expect(s.$('[part~=state] .original'), 'no backend wording to add').to.equal(null);
  });

  it('shows neither an expected date nor a usual time once the request is closed', async () => {
    for (const closed of [done, rejected, cancelled]) {
      const s = await RequestStatusHarness.render();
      await s.lookUp(closed.reference);
      expect(s.state).to.equal(fr.request.states[closed.state]);
      expect(Object.keys(s.facts()), `${closed.state}: facts shown`).not.to.be.empty;
      expect(s.facts()['Réponse prévue'], closed.state).to.equal(undefined);
      expect(s.facts()['Délai habituel'], closed.state).to.equal(undefined);
      await expect(s.el).to.be.accessible();
    }
  });

  it('shows every state in words and a distinct shape', async () => {
    const shapes = new Set<string>();
    for (const r of [received, inProgress, waitingCitizen, waitingDecision, done, rejected, cancelled]) {
      const s = await RequestStatusHarness.render();
      await s.lookUp(r.reference);
      expect(s.state).to.equal(fr.request.states[r.state]);
      shapes.add(s.$('[part~=state] svg')!.innerHTML);
    }
    expect(shapes.size).to.equal(7);
  });

  it('lists the history oldest first in an ordered list, with dates in words and notes', async () => {
    const s = await RequestStatusHarness.render();
    await s.lookUp(inProgress.reference);
    const list = s.$('ol[part~=timeline]')!;
    expect(list.getAttribute('aria-labelledby')).to.equal('history');
    expect(words(s.$('#history'))).to.equal('Historique');
    const events = [...list.querySelectorAll('li[part~=event]')];
    expect(events.map((e) => words(e.querySelector('.event-date')))).to.deep.equal([
      '20 février 2026 à 9:12',
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
    const s = await RequestStatusHarness.render();
    await s.lookUp(longTimeline.reference);
    const times = s.$$('li[part~=event] time').map((t) => Date.parse(t.getAttribute('datetime')!));
    expect(times).to.have.length(40);
    expect([...times].sort((a, b) => a - b)).to.deep.equal(times);
    expectNoLeak(s.el);
    await expect(s.el).to.be.accessible();
  });

  it('shows dates in the city time zone, whatever the visitor clock', async () => {
    const late = { ...inProgress, history: [{ date: '2026-03-01T23:30:00Z', state: 'received' as const }] };
    const s = await RequestStatusHarness.render({ requests: [late] });
    await s.lookUp(inProgress.reference);
    // 23:30 UTC is 00:30 the next day in Paris (the visitor of these tests is in São Paulo or UTC).
    expect(words(s.$('.event-date'))).to.equal('2 mars 2026 à 0:30');
  });
});

describe('<civic-request-status> bad data from the backend', () => {
  it('stays readable: no "Invalid Date", unknown states in the backend words, HTML as text, huge notes folded', async () => {
    const { value: s, logged } = await capturingConsole(async () => {
      const shown = await RequestStatusHarness.render();
      await shown.lookUp(badData.reference);
      return shown;
    });
    expectNoLeak(s.el);
    // The state is none of ours: the backend's word, a neutral shape.
    const state = s.$('[part~=state]')!;
    expect(state.classList.contains('state-unknown')).to.equal(true);
    expect(s.state).to.equal('En cours d’archivage');
    // Unreadable dates are left out.
    expect(s.facts()).to.deep.equal({ 'Service en charge': '<i>Service logement</i>' });
    const events = s.$$('li[part~=event]');
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
    for (const tag of ['b', 'img', 'script', 'i']) expect(s.$(tag), `<${tag}>`).to.equal(null);
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
    await expect(s.el).to.be.accessible();
  });

  it('refuses a request without a reference as invalid data, said as the service being unavailable', async () => {
    const broken = { ...inProgress, reference: undefined };
    const adapter = requestAdapter([], { lookup: {} });
    adapter.getRequest = async () => broken as never;
    const provider = await fixture<CivicProvider>(
      html`<civic-provider .adapter=${adapter}><civic-request-status></civic-request-status></civic-provider>`,
    );
    const el = provider.querySelector<CivicRequestStatus>('civic-request-status')!;
    await settle(el);
    const s = new RequestStatusHarness(el, adapter);
    const failed = nextEvent<CivicErrorDetail>(el, 'civic-error');
    await capturingConsole(() => s.lookUp('EC-2026-004211'));
    const detail = (await failed).detail;
    expect(detail.code).to.equal('invalid-data');
    expect(detail.details).to.deep.equal(['request.reference: is required']);
    expect(s.error).to.equal(fr.request.errors.down);
  });
});
