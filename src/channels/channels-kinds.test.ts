import { expect } from '@open-wc/testing';
import { capturingWarnings } from '../../test/harness/console.js';
import { $, $$, words, expectNoLeak } from '../../test/harness/dom.js';
import {
  SATURDAY_16,
  weekdays,
  URLS,
  online,
  counter,
  phone,
  mail,
  live,
  app,
  ALL,
  KIND_HEADINGS,
  show,
  entries,
  kindOf,
  entry,
  stateLine,
  rows,
} from './channels.harness.js';

/**
 * `<civic-channels>`: each kind of channel as the adapter gives it (online, counter, phone, mail,
 * e-mail, live consultation, messaging app, short number), in the order of the data, everything
 * the catalog gives shown.
 */

describe('<civic-channels>', () => {
  describe('shows each kind of channel from the adapter data', () => {
    it('online: what to have ready, the sign-in note and the link', async () => {
      const el = await show(ALL);
      const li = entry(el, 'En ligne');
      expect(words(li.querySelector('.label'))).to.equal('Pré-demande sur le site de la ville');
      expect(words(li)).to.contain('À préparer :');
      expect([...li.querySelectorAll('ul.needed li')].map(words)).to.deep.equal([
        "Une photo d'identité numérique",
        'Un justificatif de domicile',
      ]);
      expect(words(li)).to.contain('Connexion requise (compte usager ou FranceConnect).');
      const link = li.querySelector<HTMLAnchorElement>('a.action')!;
      expect(link.getAttribute('href')).to.equal(URLS.online);
      expect(words(link)).to.equal('Faire la démarche en ligne');
      expectNoLeak(el);
      await expect(el).to.be.accessible();
    });

    it('counter: office, address, map, open now, the week in a table, appointment', async () => {
      const el = await show(ALL);
      const li = entry(el, 'Au guichet');
      expect(words(li.querySelector('.place'))).to.equal('Hôtel de ville');
      expect(words(li.querySelector('address'))).to.equal('1 place de la Mairie 44000 Saint-Aurel-sur-Loire');
      const map = li.querySelector<HTMLAnchorElement>('a.map')!;
      expect(map.href.startsWith('https://www.openstreetmap.org/')).to.equal(true);
      expect(map.href).to.contain('mlat=47.2').and.contain('mlon=-1.55');
      expect(words(map)).to.equal('Voir sur la carte : Hôtel de ville');

      const state = li.querySelector('[part~=hours-state]')!;
      expect(words(state)).to.equal('Ouvert · ferme à 12:00');
      expect(state.classList.contains('open')).to.equal(true);

      const details = li.querySelector<HTMLDetailsElement>('details[part~=hours-details]')!;
      expect(details.open, 'the table is folded').to.equal(false);
      expect(words(details.querySelector('summary'))).to.equal('Voir tous les horaires');
      const table = details.querySelector('table')!;
      expect(words(table.querySelector('caption'))).to.match(/^Horaires d'ouverture/);
      const cols = [...table.querySelectorAll('thead th')];
      expect(cols.map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col']);
      expect(cols.map(words)).to.deep.equal(['Jour', 'Horaires']);
      const rowHeads = [...table.querySelectorAll('tbody th')];
      expect(rowHeads.map((th) => th.getAttribute('scope'))).to.deep.equal(Array(7).fill('row'));
      expect(rows(li)).to.deep.equal([
        ['lundi', '8:30 – 12:00, 13:30 – 17:00'],
        ['mardi', '8:30 – 12:00, 13:30 – 17:00'],
        ['mercredi', '8:30 – 12:00, 13:30 – 17:00'],
        ['jeudi', '8:30 – 12:00, 13:30 – 17:00'],
        ['vendredi', '8:30 – 12:00, 13:30 – 17:00'],
        ['samedi', '9:00 – 12:00'],
        ['dimanche', 'fermé'],
      ]);
      const current = [...table.querySelectorAll('tbody tr')].filter((tr) => tr.hasAttribute('aria-current'));
      expect(current.length, 'one current day').to.equal(1);
      expect(current[0].getAttribute('aria-current')).to.equal('date');
      expect(words(current[0].querySelector('th'))).to.equal('lundi');

      expect(words(li.querySelector('.appointment'))).to.equal('Sur rendez-vous uniquement.');
      const book = [...li.querySelectorAll<HTMLAnchorElement>('a.action')].find(
        (a) => words(a) === 'Prendre rendez-vous',
      )!;
      expect(book.getAttribute('href')).to.equal(URLS.book);
      const byPhone = li.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(byPhone.getAttribute('href')).to.equal('tel:+33261910011');
      expect(words(byPhone.parentElement)).to.equal('Rendez-vous par téléphone : 02 61 91 00 11');
      expectNoLeak(el);
      await expect(el).to.be.accessible();
    });

    it('counter, closed on Saturday afternoon: says when it opens again', async () => {
      const el = await show(ALL, { now: SATURDAY_16 });
      const li = entry(el, 'Au guichet');
      const state = li.querySelector('[part~=hours-state]')!;
      expect(words(state)).to.equal('Fermé · ouvre lundi à 8:30');
      expect(state.classList.contains('closed')).to.equal(true);
      expect(words(li.querySelector('tr[aria-current=date] th'))).to.equal('samedi');
      await expect(el).to.be.accessible();
    });

    it('phone: a tel: link written the French way, with its hours and cost', async () => {
      const el = await show(ALL);
      const li = entry(el, 'Par téléphone');
      const link = li.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(link.getAttribute('href')).to.equal('tel:+33261910010');
      expect(words(link)).to.equal('02 61 91 00 10');
      expect(stateLine(li)).to.equal('Ouvert · ferme à 12:00');
      expect(words(li)).to.contain("Prix d'un appel local");
    });

    it('counter without an office: the map link is named after the address', async () => {
      const el = await show([{ kind: 'counter', address: mail.address }]);
      const map = entry(el, 'Au guichet').querySelector<HTMLAnchorElement>('a.map')!;
      expect(map.href).to.equal(
        `https://www.openstreetmap.org/search?query=${encodeURIComponent('Mairie – Service état civil, 1 place de la Mairie, 44000 Saint-Aurel-sur-Loire')}`,
      );
      // The visually hidden part tells which place the map shows: never an empty " : ".
      expect(words(map)).to.equal(
        'Voir sur la carte : Mairie – Service état civil, 1 place de la Mairie, 44000 Saint-Aurel-sur-Loire',
      );
    });

    it('mail: the postal address, without a map link or hours', async () => {
      const el = await show(ALL);
      const li = entry(el, 'Par courrier');
      expect(words(li.querySelector('address'))).to.equal(
        'Mairie – Service état civil 1 place de la Mairie 44000 Saint-Aurel-sur-Loire',
      );
      expect(li.querySelector('a'), 'nothing to click').to.equal(null);
      expect(li.querySelector('[part~=hours]')).to.equal(null);
    });

    it('e-mail: a mailto: link', async () => {
      const el = await show(ALL);
      const link = entry(el, 'Par e-mail').querySelector<HTMLAnchorElement>('a')!;
      expect(link.getAttribute('href')).to.equal('mailto:etat-civil@saint-aurel.example');
      expect(words(link)).to.equal('etat-civil@saint-aurel.example');
    });

    it('live consultation, during its hours: the three modes, until when, and the start link', async () => {
      const el = await show(ALL);
      const li = entry(el, 'Avec un conseiller en direct');
      expect([...li.querySelectorAll('ul.modes li')].map(words)).to.deep.equal([
        'Montrer (vidéo)',
        'Parler (appel)',
        'Écrire (messagerie)',
      ]);
      expect(stateLine(li)).to.equal("Disponible maintenant, jusqu'à 17:00");
      const start = li.querySelector<HTMLAnchorElement>('a.action')!;
      expect(words(start)).to.equal('Démarrer la consultation');
      expect(start.getAttribute('href')).to.equal(URLS.live);
    });

    it('live consultation, outside its hours: when it is available again, and no start link', async () => {
      const el = await show(ALL, { now: SATURDAY_16 });
      const li = entry(el, 'Avec un conseiller en direct');
      expect(stateLine(li)).to.equal('Indisponible · disponible lundi à 9:00');
      expect(li.querySelector('a.action'), 'no start link when nobody answers').to.equal(null);
      expect(words(li)).not.to.contain('Démarrer la consultation');
      await expect(el).to.be.accessible();
    });

    it('app: the link to open it', async () => {
      const el = await show(ALL);
      const link = entry(el, 'Par messagerie').querySelector<HTMLAnchorElement>('a.action')!;
      expect(link.getAttribute('href')).to.equal(URLS.app);
      expect(words(link)).to.equal("Ouvrir l'application");
    });

    it('short number: tel:3939, shown as written', async () => {
      const el = await show(ALL);
      const link = entry(el, 'Numéro court').querySelector<HTMLAnchorElement>('a')!;
      expect(link.getAttribute('href')).to.equal('tel:3939');
      expect(words(link)).to.equal('3939');
    });
  });

  describe('order and count', () => {
    it('follows the order of the data and marks the recommended channel', async () => {
      const el = await show(ALL);
      expect(entries(el).map(kindOf)).to.deep.equal(KIND_HEADINGS);
      const first = entries(el)[0];
      expect(first.classList.contains('recommended')).to.equal(true);
      expect(words(first.querySelector('.entry-title .tag'))).to.equal('Recommandé');
      expect($$(el, '.tag').length, 'one recommended channel').to.equal(1);
      expect($$(el, 'li.recommended').length).to.equal(1);
    });

    it('keeps the order of the data in reverse too, wherever the recommended channel is', async () => {
      const reversed = [...ALL].reverse().map((c) => ({ ...c, recommended: c.kind === 'phone' }));
      const el = await show(reversed);
      expect(entries(el).map(kindOf)).to.deep.equal([...KIND_HEADINGS].reverse());
      const marked = entries(el).filter((li) => li.classList.contains('recommended'));
      expect(marked.map(kindOf)).to.deep.equal(['Par téléphone']);
      expect(words(marked[0].querySelector('.tag'))).to.equal('Recommandé');
    });

    it('renders a single channel', async () => {
      const el = await show([phone]);
      expect(entries(el).map(kindOf)).to.deep.equal(['Par téléphone']);
      expect($(el, '.tag')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('renders ten channels, in order', async () => {
      const ten = Array.from({ length: 10 }, (_, i) => ({
        kind: i % 2 ? 'phone' : 'online',
        label: `Canal ${i + 1}`,
        url: `https://example.org/${i + 1}`,
        phone: `+33 2 61 91 00 ${10 + i}`,
      }));
      const el = await show(ten);
      expect(entries(el).map((li) => words(li.querySelector('.label')))).to.deep.equal(ten.map((c) => c.label));
      expectNoLeak(el);
      await expect(el).to.be.accessible();
    });
  });
});

describe('<civic-channels>: everything the catalog gives is shown', () => {
  it('says that a channel’s own hours could not be read, and does not show the office’s instead', async () => {
    const { value: el } = await capturingWarnings(() =>
      show([
        { ...counter, hours: { weekly: { mo: ['8h-12h'] } } },
        { ...phone, hours: { weekly: 'lundi' } },
      ]),
    );
    const [desk, line] = entries(el);
    for (const li of [desk, line]) {
      expect(words(li)).to.contain("Les horaires n'ont pas pu être chargés");
      expect(li.querySelector('[part~=hours-state]'), 'no open-now line from other hours').to.equal(null);
    }
    await expect(el).to.be.accessible();
  });

  it('shows what to bring to a counter, the booking of a live consultation and the hours of a messaging app', async () => {
    const el = await show([
      { ...counter, needed: ['Votre ancien titre'] },
      { ...live, appointment: { required: true, url: 'https://rdv.saint-aurel.example/visio' } },
      { ...app, hours: { weekly: weekdays('09:00-18:00') } },
    ]);
    const [desk, video, messaging] = entries(el);
    expect(words(desk)).to.contain('À préparer').and.to.contain('Votre ancien titre');
    expect([...video.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.include(
      'https://rdv.saint-aurel.example/visio',
    );
    expect(stateLine(messaging)).to.contain('Ouvert');
  });

  it('marks a recommended channel only when there is a choice', async () => {
    const single = await show([{ ...online, recommended: true }]);
    expect($(single, '.tag, .recommended')).to.equal(null);
  });
});
