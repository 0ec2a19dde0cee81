import { expect } from '@open-wc/testing';
import { expectNoLeak, words } from '../../test/harness/dom.js';
import {
  done,
  inProgress,
  longTimeline,
  received,
  rejected,
  sampleRequests,
  waitingDecision,
} from '../../test/harness/sample-requests.js';
import { fr } from '../localization/locales/fr.js';
import { BY_ACTIVITY, RequestListHarness, signedIn } from './request-list.harness.js';

/** The elements of a light-DOM part of the list (a request's details) that match `selector`. */
const within = <T extends Element = HTMLElement>(node: Element, selector: string): T[] => [
  ...node.querySelectorAll<T>(selector),
];

describe('<civic-request-list> the list', () => {
  it('lists every request, most recent activity first, with state, facts and a heading each', async () => {
    const l = await RequestListHarness.render({ session: signedIn });
    expect(words(l.$('[part~=heading]'))).to.equal('Mes demandes');
    expect(l.references()).to.deep.equal(BY_ACTIVITY);
    const first = l.item(received.reference);
    expect(words(first.querySelector('[role=heading]'))).to.equal("Carte nationale d'identité et passeport");
    expect(first.querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('3');
    expect(words(first.querySelector('[part~=state] .state-words'))).to.equal('Reçue');
    expect(words(first.querySelector('.facts'))).to.equal('Dernière activité 11 mars 2026');
    const decision = l.item(waitingDecision.reference);
    expect(words(decision.querySelector('[role=heading]'))).to.equal('Déclaration préalable de travaux');
    expect(words(decision.querySelector('.facts'))).to.contain('Réponse prévue 15 avril 2026 (dans 34 jours)');
    expectNoLeak(l.el);
    await expect(l.el).to.be.accessible();
  });

  it('says first that the city waits for the citizen, and what for, on the request', async () => {
    const l = await RequestListHarness.render({ session: signedIn });
    const summary = l.$('.summary[part~=action-needed]')!;
    expect(words(summary)).to.equal('Une demande attend une action de votre part.');
    expect(summary.compareDocumentPosition(l.items()[0]) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    expect(words(l.items()[0].querySelector('[part~=action-needed]')))
      .to.contain(fr.request.actionNeeded)
      .and.contain('Déposez un justificatif de domicile');
  });

  it('announces how many requests there are once they have loaded', async () => {
    const l = await RequestListHarness.render({ session: signedIn });
    expect(l.items()).to.have.length(8);
    await l.until(() => l.announced === '8 demandes affichées', 'the count announced');
    const none = await RequestListHarness.render({ session: signedIn, mine: [] });
    await none.until(() => none.announced === "Vous n'avez aucune demande en cours.", 'no request announced');
  });

  it('says when the citizen has no requests', async () => {
    const l = await RequestListHarness.render({ session: signedIn, mine: [] });
    expect(words(l.$('.message'))).to.equal("Vous n'avez aucune demande en cours.");
    expect(l.adapter.calls, 'the backend was asked').to.include('listMyRequests');
    expect(l.$('[part~=filter]')).to.equal(null);
    await expect(l.el).to.be.accessible();
  });

  it('opens each request history from its summary, with the keyboard', async () => {
    const l = await RequestListHarness.render({ session: signedIn });
    const details = l.item(inProgress.reference).querySelector<HTMLDetailsElement>('details[part~=details]')!;
    const summary = details.querySelector('summary')!;
    expect(words(summary)).to.equal("Voir l'historique (3 étapes)");
    expect(details.open).to.equal(false);
    summary.focus();
    await l.pressKey('Enter');
    await l.until(() => details.open, 'the history open');
    const events = within(details, 'ol[part~=timeline] > li[part~=event]');
    expect(events.map((e) => words(e.querySelector('.event-date')))).to.deep.equal([
      '20 février 2026 à 9:12',
      '27 février 2026 à 14:30',
      '2 mars 2026 à 11:05',
    ]);
    await expect(l.el).to.be.accessible();
  });

  it('folds a long history behind its summary, whole and in order once opened', async () => {
    const l = await RequestListHarness.render({ session: signedIn, mine: [longTimeline] });
    const details = l.$<HTMLDetailsElement>('details')!;
    expect(words(details.querySelector('summary'))).to.equal("Voir l'historique (40 étapes)");
    details.open = true;
    const times = within(details, 'time').map((t) => Date.parse(t.getAttribute('datetime')!));
    expect(times).to.have.length(40);
    expect([...times].sort((a, b) => a - b)).to.deep.equal(times);
  });

  it('lists the same requests in any order the backend gives', async () => {
    const l = await RequestListHarness.render({ session: signedIn, mine: [...sampleRequests].reverse() });
    expect(l.references()).to.deep.equal(BY_ACTIVITY);
  });
});

describe('<civic-request-list> filter by state', () => {
  it('offers the states present, with their counts, and filters with the keyboard', async () => {
    const l = await RequestListHarness.render({
      session: signedIn,
      mine: [...sampleRequests, { ...done, reference: 'EC-2026-003951' }],
    });
    expect(words(l.$('fieldset[part~=filter] legend'))).to.equal('Afficher');
    expect(l.chips()).to.deep.equal([
      'Toutes (9)',
      'Reçue (1)',
      'En cours de traitement (2)',
      'En attente de votre part (1)',
      'En attente de décision (1)',
      'Terminée (2)',
      'Refusée (1)',
      'Annulée (1)',
    ]);
    expect(l.radio('Toutes').checked).to.equal(true);
    l.radio('Toutes').focus();
    // Arrow keys move within a radio group: Toutes -> Reçue -> En cours de traitement.
    await l.pressKey('ArrowRight');
    await l.pressKey('ArrowRight');
    expect(l.radio('En cours de traitement').checked).to.equal(true);
    expect(l.references()).to.deep.equal([inProgress.reference, longTimeline.reference]);
    expect(l.announced).to.equal('2 demandes affichées');
    await expect(l.el).to.be.accessible();
    l.radio('Terminée').click();
    await l.until(() => l.references()[0] === done.reference, 'the finished requests');
    expect(l.references()).to.deep.equal([done.reference, 'EC-2026-003951']);
    l.radio('Toutes').click();
    await l.until(() => l.items().length === 9, 'every request');
    expect(l.announced).to.equal('9 demandes affichées');
    expect(l.references()).to.include(rejected.reference);
  });

  it('has no filter when every request is in the same state', async () => {
    const l = await RequestListHarness.render({
      session: signedIn,
      mine: [done, { ...done, reference: 'EC-2026-003951' }],
    });
    expect(l.$('[part~=filter]')).to.equal(null);
    expect(l.items()).to.have.length(2);
  });
});
