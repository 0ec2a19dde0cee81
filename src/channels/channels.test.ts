import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../index.js';
import { checkEveryState } from '../../test/harness/every-state.js';
import { memoryAdapter, type MemoryAdapterOptions } from '../../test/harness/memory-adapter.js';
import {
  nextEvent,
  renderWithAdapter,
  settle,
  shadowText,
  until,
  capturingWarnings,
} from '../../test/harness/render.js';
import type { CivicErrorDetail } from '../base/civic-element.js';
import type { CivicAdapter, City, Office, Procedure } from '../model.js';
import type { CivicProvider } from '../provider/civic-provider.js';
import type { CivicChannels } from './channels.js';

/* ------------------------------------------------------------------------------------------ */
/* Data                                                                                        */

/** Monday 23 November 2026, 10:00 in Paris (UTC+1 in November); 06:00 in São Paulo. */
const MONDAY_10 = '2026-11-23T09:00:00Z';
/** Saturday 28 November 2026, 16:00 in Paris: every place of the data is closed until Monday. */
const SATURDAY_16 = '2026-11-28T15:00:00Z';

const saintAurel: City = {
  name: { fr: 'Ville de Saint-Aurel-sur-Loire', en: 'City of Saint-Aurel-sur-Loire' },
  country: 'FR',
  timeZone: 'Europe/Paris',
  defaultLanguage: 'fr',
};

const weekdays = (...ranges: string[]) => ({ mo: ranges, tu: ranges, we: ranges, th: ranges, fr: ranges });

const townHall: Office = {
  id: 'hotel-de-ville',
  name: 'Hôtel de ville',
  address: {
    lines: ['1 place de la Mairie'],
    postalCode: '44000',
    locality: 'Saint-Aurel-sur-Loire',
    latitude: 47.2,
    longitude: -1.55,
  },
  hours: { weekly: { ...weekdays('08:30-12:00', '13:30-17:00'), sa: ['09:00-12:00'] } },
};

const URLS = {
  online: 'https://demarches.saint-aurel.example/passeport',
  book: 'https://rdv.saint-aurel.example/titres',
  live: 'https://visio.saint-aurel.example/etat-civil',
  app: 'https://wa.me/33639981234',
};

const online = {
  kind: 'online',
  recommended: true,
  url: URLS.online,
  label: { fr: 'Pré-demande sur le site de la ville', en: 'Pre-application on the city website' },
  accountRequired: true,
  needed: [{ fr: "Une photo d'identité numérique", en: 'A digital ID photo' }, 'Un justificatif de domicile'],
};
const counter = {
  kind: 'counter',
  office: townHall,
  appointment: { required: true, url: URLS.book, phone: '+33 2 61 91 00 11' },
};
const phone = {
  kind: 'phone',
  phone: '+33 2 61 91 00 10',
  hours: { weekly: weekdays('09:00-12:00', '14:00-17:00') },
  cost: "Prix d'un appel local",
};
const mail = {
  kind: 'mail',
  address: {
    lines: ['Mairie – Service état civil', '1 place de la Mairie'],
    postalCode: '44000',
    locality: 'Saint-Aurel-sur-Loire',
  },
};
const email = { kind: 'email', email: 'etat-civil@saint-aurel.example' };
const live = {
  kind: 'live',
  url: URLS.live,
  modes: ['video', 'voice', 'chat'],
  hours: { weekly: weekdays('09:00-17:00') },
};
const app = { kind: 'app', url: URLS.app };
const shortNumber = { kind: 'short-number', phone: '3939' };

const ALL = [online, counter, phone, mail, email, live, app, shortNumber];
const KIND_HEADINGS = [
  'En ligne',
  'Au guichet',
  'Par téléphone',
  'Par courrier',
  'Par e-mail',
  'Avec un conseiller en direct',
  'Par messagerie',
  'Numéro court',
];

const procedureWith = (channels: readonly unknown[], id = 'passeport') =>
  ({
    id,
    title: { fr: "Carte nationale d'identité et passeport", en: 'National identity card and passport' },
    themes: [],
    audiences: [],
    online: { availability: 'partial', url: URLS.online },
    channels,
    information: [],
    related: [],
  }) as unknown as Procedure;

/** A memory adapter that also tells its city. */
function cityAdapter(
  procedures: readonly unknown[],
  options: MemoryAdapterOptions & { city?: Partial<City> } = {},
): CivicAdapter {
  const base = memoryAdapter(procedures, options);
  return { getProcedure: base.getProcedure, getCity: async () => options.city ?? saintAurel };
}

interface ShowOptions {
  now?: string;
  lang?: string;
  level?: string;
  directory?: string;
  city?: Partial<City>;
  timeout?: number;
}

/** Renders `<civic-channels>` for a procedure with these channels, in a provider. */
async function show(channels: readonly unknown[], options: ShowOptions = {}): Promise<CivicChannels> {
  const adapter = cityAdapter([procedureWith(channels)], { city: options.city });
  const provider = await fixture<CivicProvider>(
    html`<civic-provider
      .adapter=${adapter}
      .timeout=${options.timeout ?? 8000}
      .directory=${options.directory}
      lang=${options.lang ?? 'fr'}
      ><civic-channels
        procedure="passeport"
        heading-level=${options.level ?? '2'}
        now=${options.now ?? MONDAY_10}
      ></civic-channels
    ></civic-provider>`,
  );
  const element = provider.querySelector('civic-channels')!;
  await settle(element);
  return element;
}

/* ------------------------------------------------------------------------------------------ */
/* Reading the element                                                                         */

/**
 * The text of a node as read: a line break counts as a space, whitespace collapsed. Hours lose a
 * leading zero ("08:30" -> "8:30"): Intl writes French times either way depending on its CLDR
 * version (ICU 78 writes "8:30"), and the tests check the 24-hour clock, not that zero.
 */
function words(node: Node | null | undefined): string {
  if (!node) return '';
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll?.('br').forEach((br) => br.replaceWith(' '));
  return (copy.textContent ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(^|[^\d:])0(\d:\d\d)/g, '$1$2');
}
const entries = (el: CivicChannels) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('li[part~=channel]')];
const kindOf = (li: Element) => words(li.querySelector('.entry-title .kind'));
function entry(el: CivicChannels, kind: string): HTMLElement {
  const found = entries(el).find((li) => kindOf(li) === kind);
  expect(found, `a "${kind}" channel`).to.exist;
  return found!;
}
const stateLine = (li: Element) => words(li.querySelector('[part~=hours-state]'));
const rows = (li: Element) =>
  [...li.querySelectorAll('tbody tr')].map((tr) => [words(tr.querySelector('th')), words(tr.querySelector('td'))]);

function expectNoLeak(el: Element): void {
  expect(shadowText(el), 'nothing a reader should never see').not.to.match(/undefined|NaN|\[object Object\]|null/);
}

/** Records every fetch of the page while it runs. */
function spyOnFetch(): { urls: string[]; restore: () => void } {
  const original = window.fetch;
  const urls: string[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    urls.push(input instanceof Request ? input.url : String(input));
    return original.call(window, input, init);
  };
  return { urls, restore: () => void (window.fetch = original) };
}

let unique = 0;
/** The fixture route ignores the query string: a new one per test defeats the page-wide cache. */
const fresh = (path: string) => `${location.origin}${path}?case=${Date.now()}-${++unique}`;

/** The office of test/fixtures/annuaire/api-records-by-siret.json (a directory API answer). */
const DIRECTORY_ID = '5e0c7a1d-2b4f-4c8e-9a36-d71f0b2c4e85';
const DIRECTORY_FIXTURE = '/__fixtures/annuaire/api-records-by-siret.json';
const franceServices = {
  kind: 'counter',
  office: { id: 'france-services', name: 'Maison France services de Saint-Aurel', directoryId: DIRECTORY_ID },
};

/* ------------------------------------------------------------------------------------------ */

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
      expect(el.shadowRoot!.querySelectorAll('.tag').length, 'one recommended channel').to.equal(1);
      expect(el.shadowRoot!.querySelectorAll('li.recommended').length).to.equal(1);
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
      expect(el.shadowRoot!.querySelector('.tag')).to.equal(null);
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

  describe('states', () => {
    const channels = (id: string, extra = '') => {
      const template = document.createElement('template');
      template.innerHTML = `<civic-channels ${id === '' ? '' : `procedure="${id}"`} now="${MONDAY_10}" ${extra}></civic-channels>`;
      return html`${template.content.firstElementChild}`;
    };
    const procedures = [procedureWith(ALL), procedureWith([], 'vide')];

    it('passes axe and shows real words in every state', async () => {
      await checkEveryState([
        {
          name: 'loading',
          template: channels('passeport'),
          procedures,
          delay: Infinity,
          shows: /^Comment faire cette démarche \? Chargement…$/,
        },
        { name: 'ready', template: channels('passeport'), procedures, shows: /Au guichet/ },
        {
          name: 'no channels',
          template: channels('vide'),
          procedures,
          shows: /Aucun moyen de faire cette démarche n'est indiqué pour le moment\./,
        },
        { name: 'not found', template: channels('nope'), procedures, shows: /Démarche introuvable\./ },
        {
          name: 'network',
          template: channels('passeport'),
          failWith: 'network',
          shows: /Le service est injoignable pour le moment\./,
        },
        {
          name: 'http',
          template: channels('passeport'),
          failWith: 'http',
          shows: /Le service est indisponible pour le moment\./,
        },
        { name: 'missing attribute', template: channels(''), shows: /Attribut « procedure » manquant\./ },
        {
          name: 'invalid procedure',
          template: channels('bad'),
          procedures: [{ id: 'bad', title: '<b>x</b>', online: { availability: 'sometimes' }, channels: [online] }],
          shows: /Les données de cette démarche sont invalides\./,
        },
      ]);
    });

    it('while loading: the heading is there and the box is busy', async () => {
      const el = await renderWithAdapter<CivicChannels>(
        channels('passeport'),
        memoryAdapter([procedureWith(ALL)], { delay: Infinity }),
      );
      const base = el.shadowRoot!.querySelector('[part~=base]')!;
      expect(base.getAttribute('aria-busy')).to.equal('true');
      const heading = el.shadowRoot!.querySelector('[part~=heading]')!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(words(heading)).to.equal('Comment faire cette démarche ?');
      expect(base.getAttribute('aria-labelledby')).to.equal(heading.id);
      expect(el.shadowRoot!.querySelectorAll('.skeleton').length).to.be.greaterThan(0);
      expect(entries(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('once ready: no longer busy, and no skeleton left', async () => {
      const el = await show(ALL);
      const base = el.shadowRoot!.querySelector('[part~=base]')!;
      expect(base.hasAttribute('aria-busy')).to.equal(false);
      expect(el.shadowRoot!.querySelector('.skeleton')).to.equal(null);
      expect(entries(el)).to.have.length(ALL.length);
    });

    it('says when there are no channels', async () => {
      const el = await show([]);
      const message = el.shadowRoot!.querySelector('.message')!;
      expect(words(message)).to.equal("Aucun moyen de faire cette démarche n'est indiqué pour le moment.");
      expect(el.shadowRoot!.querySelector('ul')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('ends a request with no answer with a time-out message', async () => {
      const el = await renderWithAdapter<CivicChannels>(
        channels('passeport'),
        memoryAdapter([procedureWith(ALL)], { delay: Infinity }),
        { timeout: 40 },
      );
      await new Promise((r) => setTimeout(r, 120));
      await settle(el);
      const message = el.shadowRoot!.querySelector('.message.error')!;
      expect(words(message)).to.equal('Le service met trop de temps à répondre.');
      expect(message.getAttribute('role')).to.equal('status');
      expect(el.shadowRoot!.querySelector('[part~=base]')!.hasAttribute('aria-busy')).to.equal(false);
      expect(words(el.shadowRoot!.querySelector('[part~=heading]')), 'the heading stays').to.equal(
        'Comment faire cette démarche ?',
      );
      await expect(el).to.be.accessible();
    });

    it('does not move its heading between loading and loaded', async () => {
      const adapter = memoryAdapter([procedureWith(ALL)], { delay: 150 });
      // A fixed width: a page scrollbar appearing with the content must not count as a shift.
      const page = await fixture(
        html`<div style="inline-size: 30em">
          <civic-provider .adapter=${adapter}
            ><civic-channels procedure="passeport" now=${MONDAY_10}></civic-channels
          ></civic-provider>
        </div>`,
      );
      const el = page.querySelector('civic-channels')!;
      const loaded = nextEvent(el, 'civic-load');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.skeleton'), 'loading').to.exist;
      const heading = () => el.shadowRoot!.querySelector('[part~=heading]')!.getBoundingClientRect();
      const before = heading();
      expect(before.height).to.be.greaterThan(0);
      await loaded;
      await el.updateComplete;
      expect(entries(el).length, 'loaded').to.equal(ALL.length);
      const after = heading();
      expect([after.top, after.left, after.width, after.height]).to.deep.equal([
        before.top,
        before.left,
        before.width,
        before.height,
      ]);
    });

    it('puts its heading at the level asked and the channel headings one below', async () => {
      const el = await show(ALL, { level: '3' });
      expect(el.shadowRoot!.querySelector('[part~=heading]')!.getAttribute('aria-level')).to.equal('3');
      const levels = entries(el).map((li) => li.querySelector('[role=heading]')!.getAttribute('aria-level'));
      expect(levels).to.deep.equal(Array(ALL.length).fill('4'));
      await expect(el).to.be.accessible();
    });

    it('keeps heading levels within 2 to 6', async () => {
      const six = await show([phone], { level: '6' });
      expect(six.shadowRoot!.querySelector('[part~=heading]')!.getAttribute('aria-level')).to.equal('6');
      expect(entries(six)[0].querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('6');
      const wrong = await show([phone], { level: '9' });
      expect(wrong.shadowRoot!.querySelector('[part~=heading]')!.getAttribute('aria-level')).to.equal('2');
      expect(entries(wrong)[0].querySelector('[role=heading]')!.getAttribute('aria-level')).to.equal('3');
    });
  });

  describe('events', () => {
    it('sends civic-load with the procedure and the city', async () => {
      const el = document.createElement('civic-channels');
      el.procedure = 'passeport';
      el.now = MONDAY_10;
      const loaded = nextEvent<{ procedure: Procedure; city: City }>(el, 'civic-load');
      await fixture(html`<civic-provider .adapter=${cityAdapter([procedureWith(ALL)])}>${el}</civic-provider>`);
      const { detail } = await loaded;
      expect(detail.procedure.id).to.equal('passeport');
      expect(detail.procedure.channels).to.have.length(ALL.length);
      expect(detail.city).to.deep.include({ country: 'FR', timeZone: 'Europe/Paris' });
      expect(detail.city.name).to.deep.equal(saintAurel.name);
    });

    it('sends civic-load with the default city when the adapter tells none', async () => {
      const el = document.createElement('civic-channels');
      el.procedure = 'passeport';
      const loaded = nextEvent<{ procedure: Procedure; city: City }>(el, 'civic-load');
      await fixture(html`<civic-provider .adapter=${memoryAdapter([procedureWith(ALL)])}>${el}</civic-provider>`);
      const { detail } = await loaded;
      expect(detail.city).to.deep.include({ country: 'FR', timeZone: 'Europe/Paris', defaultLanguage: 'fr' });
    });

    const errorOf = async (procedure: string, adapter: CivicAdapter) => {
      const el = document.createElement('civic-channels');
      if (procedure) el.procedure = procedure;
      const heard = nextEvent<CivicErrorDetail>(document, 'civic-error');
      await fixture(html`<civic-provider .adapter=${adapter}>${el}</civic-provider>`);
      const { detail } = await heard;
      await settle(el);
      return { detail, shown: words(el.shadowRoot!.querySelector('.message.error')) };
    };

    it('sends civic-error with the code, the shown message, the details and the status', async () => {
      const { detail, shown } = await errorOf('passeport', memoryAdapter([], { failWith: 'http' }));
      expect(detail.code).to.equal('http');
      expect(detail.message).to.equal('Le service est indisponible pour le moment.');
      expect(detail.message).to.equal(shown);
      expect(detail.status).to.equal(500);
      expect(detail.details).to.be.an('array');
    });

    it('sends civic-error for a procedure that does not exist', async () => {
      const { detail, shown } = await errorOf('nope', memoryAdapter([procedureWith(ALL)]));
      expect(detail.code).to.equal('not-found');
      expect(detail.message).to.equal('Démarche introuvable.');
      expect(shown).to.equal(detail.message);
    });

    it('sends civic-error with the exact problems of an invalid procedure', async () => {
      const { value } = await capturingWarnings(() =>
        errorOf('bad', memoryAdapter([{ id: 'bad', title: '<b>x</b>', online: { availability: 'full' } }])),
      );
      expect(value.detail.code).to.equal('invalid-data');
      expect(value.detail.message).to.equal('Les données de cette démarche sont invalides.');
      expect(value.detail.details.join('\n')).to.contain('title');
    });

    it('sends civic-error when the procedure attribute is missing', async () => {
      const { detail, shown } = await errorOf('', memoryAdapter([procedureWith(ALL)]));
      expect(detail.code).to.equal('missing-attribute');
      expect(detail.message).to.equal('Attribut « procedure » manquant.');
      expect(detail.details).to.deep.equal(['procedure']);
      expect(shown).to.equal(detail.message);
    });
  });

  describe('keyboard', () => {
    it('reaches every link and disclosure with Tab, in reading order', async () => {
      const page = await fixture(
        html`<div>
          <button>before</button>
          <civic-provider .adapter=${cityAdapter([procedureWith(ALL)])}
            ><civic-channels procedure="passeport" now=${MONDAY_10}></civic-channels
          ></civic-provider>
        </div>`,
      );
      const before = page.querySelector('button')!;
      const el = page.querySelector('civic-channels')!;
      await settle(el);
      const expected = [...el.shadowRoot!.querySelectorAll<HTMLElement>('a[href], summary')];
      const describe = (n: Element | null) => (n ? `${n.localName} ${n.getAttribute('href') ?? words(n)}` : 'nothing');
      expect(expected.map(describe)).to.deep.equal([
        `a ${URLS.online}`,
        'a https://www.openstreetmap.org/?mlat=47.2&mlon=-1.55#map=18/47.2/-1.55',
        'summary Voir tous les horaires',
        `a ${URLS.book}`,
        'a tel:+33261910011',
        'a tel:+33261910010',
        'summary Voir tous les horaires',
        'a mailto:etat-civil@saint-aurel.example',
        'summary Voir tous les horaires',
        `a ${URLS.live}`,
        `a ${URLS.app}`,
        'a tel:3939',
      ]);
      before.focus();
      const reached: string[] = [];
      for (let i = 0; i < expected.length; i++) {
        await sendKeys({ press: 'Tab' });
        reached.push(describe(el.shadowRoot!.activeElement));
      }
      expect(reached).to.deep.equal(expected.map(describe));
      expect(el.shadowRoot!.activeElement, 'the same element, not a copy').to.equal(expected[expected.length - 1]);
      expect(getComputedStyle(el.shadowRoot!.activeElement!).outlineStyle, 'visible focus').to.equal('solid');
    });

    it('opens the week table with Enter on "Voir tous les horaires"', async () => {
      const el = await show(ALL);
      const details = entry(el, 'Au guichet').querySelector<HTMLDetailsElement>('details')!;
      const table = details.querySelector('table')!;
      expect(table.checkVisibility(), 'hidden while folded').to.equal(false);
      details.querySelector('summary')!.focus();
      expect(el.shadowRoot!.activeElement).to.equal(details.querySelector('summary'));
      await sendKeys({ press: 'Enter' });
      await new Promise((r) => requestAnimationFrame(r));
      expect(details.open).to.equal(true);
      expect(table.checkVisibility(), 'visible once opened').to.equal(true);
      expect(table.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });
  });

  describe('bad data', () => {
    it('leaves out a channel of an unknown kind, with a console warning', async () => {
      const { value: el, warnings } = await capturingWarnings(() =>
        show([phone, { kind: 'fax', phone: '02 61 91 00 99' }, email]),
      );
      expect(entries(el).map(kindOf)).to.deep.equal(['Par téléphone', 'Par e-mail']);
      expect(warnings.join('\n')).to.contain('channels[1].kind').and.contain('must be one of');
      expectNoLeak(el);
    });

    it('shows a phone that is not a number as text, without a link', async () => {
      const { value: el } = await capturingWarnings(() => show([{ kind: 'phone', phone: 'appelez-nous' }]));
      const li = entry(el, 'Par téléphone');
      expect(words(li)).to.contain('appelez-nous');
      expect(li.querySelector('a'), 'no link').to.equal(null);
      expectNoLeak(el);
      await expect(el).to.be.accessible();
    });

    it('leaves out hours it cannot read, and keeps the channel without an open-now line', async () => {
      const { value: el, warnings } = await capturingWarnings(() =>
        show([
          { kind: 'counter', address: mail.address, hours: { weekly: { mo: ['8h-12h'] } } },
          { kind: 'phone', phone: '3939', hours: { weekly: { mo: ['12:00-08:30'] } } },
        ]),
      );
      const li = entry(el, 'Au guichet');
      expect(words(li.querySelector('address'))).to.contain('Saint-Aurel-sur-Loire');
      expect(li.querySelector('[part~=hours-state]'), 'no open-now line').to.equal(null);
      expect(li.querySelector('table')).to.equal(null);
      expect(entry(el, 'Par téléphone').querySelector('[part~=hours]'), 'reversed range left out').to.equal(null);
      expect(warnings.join('\n')).to.contain('8h-12h');
      expectNoLeak(el);
    });

    it('never makes a link of a javascript: URL', async () => {
      const { value: el } = await capturingWarnings(() =>
        show([
          { kind: 'online', url: 'javascript:alert(1)', label: 'Piège' },
          { kind: 'app', url: ' JavaScript:alert(2)' },
          { kind: 'counter', address: mail.address, appointment: { required: true, url: 'javascript:alert(3)' } },
          email,
        ]),
      );
      const hrefs = [...el.shadowRoot!.querySelectorAll('[href]')].map((a) => a.getAttribute('href')!);
      expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).to.deep.equal([]);
      expect(shadowText(el)).not.to.match(/javascript/i);
      expect(entries(el).map(kindOf), 'the other channels stay').to.include.members(['Par e-mail', 'Au guichet']);
      const counterEntry = entry(el, 'Au guichet');
      expect(counterEntry.querySelector('a.action'), 'no booking link').to.equal(null);
      expectNoLeak(el);
    });

    it('never turns HTML of the data into elements', async () => {
      const w = window as unknown as { __civicPwned?: number };
      delete w.__civicPwned;
      const { value: el } = await capturingWarnings(() =>
        show([
          { kind: 'phone', phone: '+33 2 61 91 00 10', label: '<img src=x onerror="window.__civicPwned=1">Accueil' },
          { kind: 'email', email: 'etat-civil@saint-aurel.example', label: 'Réponse en < 48 h & > 2 h' },
          {
            kind: 'online',
            url: URLS.online,
            needed: ['<b>gras</b>', 'Une photo'],
            note: { fr: '<script>window.__civicPwned=2</script>' },
          },
        ]),
      );
      await new Promise((r) => setTimeout(r, 50));
      expect(el.shadowRoot!.querySelector('img, b, script'), 'no element from the data').to.equal(null);
      expect(w.__civicPwned).to.equal(undefined);
      expect(words(entry(el, 'Par e-mail').querySelector('.label'))).to.equal('Réponse en < 48 h & > 2 h');
      expectNoLeak(el);
    });

    it('shows nothing like "undefined" or "NaN" for sparse or odd channels', async () => {
      const { value: el } = await capturingWarnings(() =>
        show([
          { kind: 'phone' },
          { kind: 'counter' },
          { kind: 'mail', office: { id: 'x', name: { en: 'Only in English' } } },
          { kind: 'live' },
          { kind: 'app' },
          { kind: 'email' },
          { kind: 'online', needed: [{ de: 'Nur Deutsch' }], modes: ['video', 'telepathy'] },
          { kind: 'counter', address: { lines: ['1 rue X'], locality: 'Y' }, appointment: { required: false } },
        ]),
      );
      expect(entries(el).length).to.be.greaterThan(0);
      expectNoLeak(el);
      expect(shadowText(el)).to.contain('Only in English').and.contain('Sans rendez-vous.');
      await expect(el).to.be.accessible();
    });

    it('searches the map for an address without a postal code without saying "undefined"', async () => {
      const el = await show([{ kind: 'counter', address: { lines: ['1 rue X'], locality: 'Y' } }]);
      const li = entry(el, 'Au guichet');
      expect(words(li.querySelector('address'))).to.equal('1 rue X Y');
      const map = li.querySelector<HTMLAnchorElement>('a.map')!;
      expect(map.getAttribute('href')).not.to.match(/undefined/);
      expect(new URL(map.href).searchParams.get('query')).to.match(/^1 rue X, ?Y$/);
    });
  });

  describe('national directory', () => {
    it("shows the directory's hours and address for a counter that gives only its directoryId", async () => {
      const el = await show([franceServices], { directory: fresh(DIRECTORY_FIXTURE) });
      const li = entry(el, 'Au guichet');
      await until(el, () => !!li.querySelector('table'), 'the directory hours');
      expect(words(li.querySelector('.place')), 'the catalog name wins').to.equal(
        'Maison France services de Saint-Aurel',
      );
      expect(words(li.querySelector('address'))).to.equal('8 rue des Tanneurs 44000 Saint-Aurel-sur-Loire');
      expect(li.querySelector<HTMLAnchorElement>('a.map')!.href).to.contain('mlat=47.231804');
      const week = rows(li);
      expect(week[0]).to.deep.equal(['lundi', '8:45 – 12:15, 13:45 – 17:15']);
      expect(week[4]).to.deep.equal(['vendredi', '8:45 – 12:15']);
      expect(week[5]).to.deep.equal(['samedi', 'fermé']);
      expect(stateLine(li)).to.equal('Ouvert · ferme à 12:15');
      expectNoLeak(el);
      await expect(el).to.be.accessible();
    });

    it('accepts a directory URL relative to the page, like the catalog src', async () => {
      const el = await show([franceServices], { directory: fresh(DIRECTORY_FIXTURE).slice(location.origin.length) });
      const li = entry(el, 'Au guichet');
      await until(el, () => !!li.querySelector('table'), 'the directory hours');
      expect(rows(li)[0]).to.deep.equal(['lundi', '8:45 – 12:15, 13:45 – 17:15']);
    });

    it('keeps the box and its channels when the directory setting is not a URL', async () => {
      const { value: el } = await capturingWarnings(() =>
        show([franceServices, phone], { directory: 'http://[not a url' }),
      );
      await until(
        el,
        () => shadowText(el).includes("Les horaires n'ont pas pu être chargés"),
        'the failure message',
        1500,
      );
      expect(entries(el).map(kindOf)).to.deep.equal(['Au guichet', 'Par téléphone']);
      expect(words(entry(el, 'Au guichet').querySelector('.place'))).to.equal('Maison France services de Saint-Aurel');
    });

    it('says the hours are loading, then keeps the catalog address over the directory one', async () => {
      const annex = {
        kind: 'counter',
        office: {
          id: 'annexe',
          name: 'Mairie annexe',
          directoryId: 'c0ffee00-0000-4000-8000-00000000a001',
          address: { lines: ['12 quai de Loire'], postalCode: '44100', locality: 'Saint-Aurel-sur-Loire' },
        },
      };
      const el = await show([annex], {
        directory: fresh('/__slow/600/test/fixtures/channels/directory-answer-annex.json'),
      });
      const li = entry(el, 'Au guichet');
      expect(words(li)).to.contain('Chargement des horaires…');
      expect(words(li.querySelector('.place'))).to.equal('Mairie annexe');
      await until(el, () => !!li.querySelector('table'), 'the directory hours');
      expect(words(li)).not.to.contain('Chargement des horaires');
      expect(words(li.querySelector('address'))).to.equal('12 quai de Loire 44100 Saint-Aurel-sur-Loire');
      expect(rows(li)[1]).to.deep.equal(['mardi', '9:00 – 12:30']);
      expect(rows(li)[0]).to.deep.equal(['lundi', 'fermé']);
      expect(stateLine(li)).to.equal('Fermé · ouvre demain à 9:00');
    });

    it('keeps the channel and says so when the directory is down', async () => {
      const { value: el, warnings } = await capturingWarnings(async () => {
        const shown = await show([franceServices], { directory: fresh('/__status/503') });
        const li = entry(shown, 'Au guichet');
        await until(shown, () => words(li).includes("Les horaires n'ont pas pu être chargés"), 'the failure message');
        return shown;
      });
      const li = entry(el, 'Au guichet');
      expect(words(li.querySelector('.place'))).to.equal('Maison France services de Saint-Aurel');
      expect(words(li.querySelector('[role=status]'))).to.equal(
        "Les horaires n'ont pas pu être chargés : renseignez-vous avant de vous déplacer.",
      );
      expect(li.querySelector('[part~=hours-state]')).to.equal(null);
      expect(warnings.join('\n')).to.contain(DIRECTORY_ID);
      expectNoLeak(el);
      await expect(el).to.be.accessible();
    });

    it('says so too when the directory does not know the office', async () => {
      const { value: el } = await capturingWarnings(async () => {
        const shown = await show([franceServices], { directory: fresh('/__fixtures/annuaire/api-records-empty.json') });
        await until(
          shown,
          () => shadowText(shown).includes("Les horaires n'ont pas pu être chargés"),
          'the failure message',
        );
        return shown;
      });
      expect(words(entry(el, 'Au guichet').querySelector('.place'))).to.equal('Maison France services de Saint-Aurel');
    });

    it('asks the directory once for two channels of the same office, in one box or two', async () => {
      const spy = spyOnFetch();
      try {
        const directory = fresh(DIRECTORY_FIXTURE);
        const token = new URL(directory).search.slice(1);
        const adapter = cityAdapter([
          procedureWith([
            franceServices,
            { ...franceServices, kind: 'mail' },
            { ...franceServices, label: 'Second guichet' },
          ]),
        ]);
        const provider = await fixture(
          html`<civic-provider .adapter=${adapter} .directory=${directory}>
            <civic-channels procedure="passeport" now=${MONDAY_10}></civic-channels>
            <civic-channels procedure="passeport" now=${MONDAY_10}></civic-channels>
          </civic-provider>`,
        );
        const boxes = [...provider.querySelectorAll('civic-channels')];
        for (const box of boxes) {
          await settle(box);
          await until(box, () => box.shadowRoot!.querySelectorAll('table').length === 2, 'both tables');
        }
        const calls = spy.urls.filter((u) => u.includes(token));
        expect(calls, calls.join('\n')).to.have.length(1);
        expect(new URL(calls[0]).searchParams.get('where')).to.equal(`id="${DIRECTORY_ID}"`);
        expect(new URL(calls[0]).searchParams.get('limit')).to.equal('1');
      } finally {
        spy.restore();
      }
    });
  });

  describe('languages', () => {
    it('speaks English on an English page, with English times', async () => {
      const el = await show(ALL, { lang: 'en' });
      expect(words(el.shadowRoot!.querySelector('[part~=heading]'))).to.equal('How to do it');
      expect(entries(el).map(kindOf)).to.deep.equal([
        'Online',
        'In person',
        'By phone',
        'By post',
        'By e-mail',
        'With an advisor, live',
        'By messaging app',
        'Short number',
      ]);
      expect(words(el.shadowRoot!.querySelector('.tag'))).to.equal('Recommended');
      const online = entry(el, 'Online');
      expect(words(online.querySelector('.label'))).to.equal('Pre-application on the city website');
      expect(words(online.querySelector('ul.needed li'))).to.equal('A digital ID photo');
      expect(words(online.querySelector('a.action'))).to.equal('Do it online');
      const counterEntry = entry(el, 'In person');
      expect(stateLine(counterEntry)).to.equal('Open · closes at 12:00 PM');
      expect(words(counterEntry.querySelector('summary'))).to.equal('See all opening hours');
      expect(rows(counterEntry)[0]).to.deep.equal(['Monday', '8:30 AM – 12:00 PM, 1:30 PM – 5:00 PM']);
      expect(rows(counterEntry)[6]).to.deep.equal(['Sunday', 'closed']);
      expect(words(counterEntry.querySelector('.appointment'))).to.equal('By appointment only.');
      expect(stateLine(entry(el, 'With an advisor, live'))).to.equal('Available now, until 5:00 PM');
      expect(shadowText(el)).not.to.match(/Ouvert|Fermé|lundi|Voir/);
      await expect(el).to.be.accessible();
    });

    it('says when a closed place opens again in English', async () => {
      const el = await show(ALL, { lang: 'en', now: SATURDAY_16 });
      expect(stateLine(entry(el, 'In person'))).to.equal('Closed · opens Monday at 8:30 AM');
      expect(stateLine(entry(el, 'With an advisor, live'))).to.equal('Unavailable · available Monday at 9:00 AM');
    });

    it('follows a language change of the page', async () => {
      const el = await show([counter]);
      expect(stateLine(entry(el, 'Au guichet'))).to.equal('Ouvert · ferme à 12:00');
      el.closest('civic-provider')!.setAttribute('lang', 'en');
      await until(el, () => entries(el).some((li) => kindOf(li) === 'In person'), 'English');
      expect(stateLine(entry(el, 'In person'))).to.equal('Open · closes at 12:00 PM');
    });
  });

  describe('for a visitor outside the city time zone', () => {
    const visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

    it('runs in a browser that is not in Paris time', () => {
      expect(visitorZone).not.to.equal('Europe/Paris');
    });

    it('is open when Paris is open, whatever the visitor clock says', async () => {
      // 07:45 UTC: 08:45 in Paris (open since 08:30), 04:45 in São Paulo, 07:45 in UTC.
      const el = await show([counter], { now: '2026-11-23T07:45:00Z' });
      expect(stateLine(entry(el, 'Au guichet'))).to.equal('Ouvert · ferme à 12:00');
      expect(rows(entry(el, 'Au guichet'))[0][1], 'wall-clock hours, not shifted').to.equal(
        '8:30 – 12:00, 13:30 – 17:00',
      );
    });

    it('is closed when Paris is closed, whatever the visitor clock says', async () => {
      // 11:15 UTC: 12:15 in Paris (closed over lunch), 08:15 in São Paulo, 11:15 in UTC.
      const el = await show([counter], { now: '2026-11-23T11:15:00Z' });
      expect(stateLine(entry(el, 'Au guichet'))).to.equal('Fermé · ouvre aujourd’hui à 13:30');
    });

    it("takes today from Paris' calendar", async () => {
      // 23:30 UTC on Monday: already Tuesday 00:30 in Paris, still Monday for the visitor.
      const el = await show([counter], { now: '2026-11-23T23:30:00Z' });
      const li = entry(el, 'Au guichet');
      expect(words(li.querySelector('tr[aria-current=date] th'))).to.equal('mardi');
      expect(stateLine(li)).to.equal('Fermé · ouvre aujourd’hui à 8:30');
    });

    it('says in the table caption in which time zone the hours are', async () => {
      const el = await show([counter]);
      const caption = words(entry(el, 'Au guichet').querySelector('caption'));
      expect(caption).to.match(/^Horaires d'ouverture Heures données en \S.*\.$/);
      expect(caption).to.match(/Europe|Paris|France/);
      const en = await show([counter], { lang: 'en' });
      expect(words(entry(en, 'In person').querySelector('caption'))).to.match(/^Opening hours Times given in \S.*\.$/);
    });

    it("says nothing about the time zone when the city is in the visitor's", async () => {
      const el = await show([counter], { city: { ...saintAurel, timeZone: visitorZone } });
      const caption = words(entry(el, 'Au guichet').querySelector('caption'));
      expect(caption).to.equal("Horaires d'ouverture");
    });
  });
});

describe('<civic-channels>: everything the catalog gives is shown', () => {
  const quiet = async <T>(run: () => Promise<T>): Promise<T> => {
    const original = console.warn;
    console.warn = () => undefined;
    try {
      return await run();
    } finally {
      console.warn = original;
    }
  };

  it('says that a channel’s own hours could not be read, and does not show the office’s instead', async () => {
    const el = await quiet(() =>
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
    expect(single.shadowRoot!.querySelector('.tag, .recommended')).to.equal(null);
  });
});

describe('<civic-channels> when only the city cannot be read', () => {
  it('still shows the channels, with hours in Paris time', async () => {
    const adapter: CivicAdapter = {
      getProcedure: async (id) => (id === 'passeport' ? procedureWith([phone]) : undefined),
      getCity: () => Promise.reject(new Error('HTTP 503')),
    };
    const provider = await fixture<CivicProvider>(
      html`<civic-provider .adapter=${adapter}
        ><civic-channels procedure="passeport" now=${MONDAY_10}></civic-channels
      ></civic-provider>`,
    );
    const el = provider.querySelector('civic-channels')!;
    await settle(el);
    expect(entries(el)).to.have.length(1);
    expect(stateLine(entries(el)[0])).to.contain('Ouvert');
  });
});
