import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../index.js';
import { checkEveryState } from '../../test/harness/every-state.js';
import { memoryAdapter } from '../../test/harness/memory-adapter.js';
import {
  nextEvent,
  renderWithAdapter,
  settle,
  shadowText,
  capturingWarnings,
  until,
} from '../../test/harness/render.js';
import { passport } from '../../test/harness/sample-procedures.js';
import type { CivicErrorDetail } from '../base/civic-element.js';
import type { City, Contact, OpeningHours, Procedure } from '../model.js';
import type { CivicInfo } from './info.js';

/** A Tuesday, 10:00 in Paris (the memory adapter's city is French, in Paris time). */
const NOW = '2026-03-10T10:00:00+01:00';
const LEAKS = /undefined|\[object Object\]|NaN|null/;

const helpLineHours: OpeningHours = {
  weekly: {
    mo: ['09:00-12:00', '14:00-17:00'],
    tu: ['09:00-12:00', '14:00-17:00'],
    we: ['09:00-12:00', '14:00-17:00'],
    th: ['09:00-12:00', '14:00-17:00'],
    fr: ['09:00-12:00', '14:00-16:30'],
  },
  publicHolidays: 'closed',
};
const townHall = {
  id: 'hotel-de-ville',
  name: { fr: 'Hôtel de ville', en: 'Town hall' },
  address: {
    lines: ['2 place de la Mairie'],
    postalCode: '44190',
    locality: 'Saint-Aurel-sur-Loire',
    latitude: 47.2104,
    longitude: -1.5532,
  },
  phone: '+33 2 61 91 00 00',
  hours: { weekly: { tu: ['08:30-12:00', '13:30-17:30'], sa: ['09:00-12:00'] } },
};

/** One contact of each kind, in the catalog's order. */
const everyKind: Contact[] = [
  {
    kind: 'phone',
    label: { fr: 'Service état civil', en: 'Civil status department' },
    phone: '+33 2 61 91 00 10',
    hours: helpLineHours,
  },
  { kind: 'email', email: 'etat-civil@saint-aurel.example' },
  {
    kind: 'faq',
    label: { fr: 'Questions sur les titres', en: 'Questions about documents' },
    url: 'https://www.saint-aurel.example/faq/titres',
  },
  { kind: 'guide', url: 'https://www.saint-aurel.example/guide-titres.pdf' },
  { kind: 'office', office: townHall },
  {
    kind: 'legal',
    label: 'Service-public.fr : carte d’identité',
    url: 'https://www.service-public.fr/particuliers/vosdroits/N358',
  },
  { kind: 'web', url: 'https://www.saint-aurel.example/etat-civil' },
];

const withInfo = (information: unknown[], id = 'passeport'): Procedure => ({
  ...passport,
  id,
  information: information as Contact[],
});
const full = withInfo(everyKind);

const info = (id: string, extra: Record<string, string> = {}): TemplateResult => {
  const el = document.createElement('civic-info');
  el.setAttribute('procedure', id);
  el.setAttribute('now', NOW);
  for (const [name, value] of Object.entries(extra)) el.setAttribute(name, value);
  return html`${el}`;
};
const render = (procedures: readonly unknown[], id = 'passeport', extra: Record<string, string> = {}, lang = 'fr') =>
  renderWithAdapter<CivicInfo>(info(id, extra), memoryAdapter(procedures), { lang });

const root = (el: Element) => el.shadowRoot!;
const contacts = (el: Element) => [...root(el).querySelectorAll<HTMLElement>('[part=contact]')];
/** The visible title (a labelled contact also says its kind to screen readers, tested apart). */
const titleOf = (contact: Element) =>
  contact
    .querySelector('.entry-title > a, .entry-title > span:not(.visually-hidden)')!
    .textContent.replace(/\s+/g, ' ')
    .trim();
const spokenKindOf = (contact: Element) =>
  contact.querySelector('.entry-title > .visually-hidden')?.textContent?.trim();
const text = (node: Element) => node.textContent.replace(/\s+/g, ' ').trim();
/** The lines a reader sees (an address is lines separated by <br>). */
const lines = (node: Element) =>
  (node as HTMLElement).innerText
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

describe('<civic-info>', () => {
  describe('renders every kind of contact from the adapter', () => {
    it('says the kind of a labelled contact to screen readers, since the icon is decorative', async () => {
      const el = await render([
        withInfo([
          { kind: 'phone', phone: '+33 2 61 91 00 10', label: 'Service état civil' },
          { kind: 'faq', url: 'https://example.org/faq' },
        ]),
      ]);
      const [labelled, plain] = contacts(el);
      expect(spokenKindOf(labelled)).to.equal('Par téléphone :');
      expect(titleOf(labelled)).to.equal('Service état civil');
      expect(spokenKindOf(plain), 'no label: the title is the kind already').to.equal(undefined);
    });

    it('titles each contact with its label or the kind’s words, in order', async () => {
      const el = await render([full]);
      expect(text(root(el).querySelector('.heading')!)).to.equal('Pour en savoir plus');
      expect(contacts(el).map(titleOf)).to.deep.equal([
        'Service état civil',
        'Par e-mail',
        'Questions sur les titres',
        'Guide pratique',
        'Sur place',
        'Service-public.fr : carte d’identité',
        'En savoir plus',
      ]);
      expect(shadowText(el)).not.to.match(LEAKS);
      await expect(el).to.be.accessible();
    });

    it('makes the title of link kinds a link, and only theirs', async () => {
      const el = await render([full]);
      const titleLinks = contacts(el).map((c) => c.querySelector('.entry-title a')?.getAttribute('href') ?? null);
      expect(titleLinks).to.deep.equal([
        null,
        null,
        'https://www.saint-aurel.example/faq/titres',
        'https://www.saint-aurel.example/guide-titres.pdf',
        null,
        'https://www.service-public.fr/particuliers/vosdroits/N358',
        'https://www.saint-aurel.example/etat-civil',
      ]);
    });

    it('gives each contact title a heading one level below the box', async () => {
      const el = await render([full]);
      for (const contact of contacts(el)) {
        const title = contact.querySelector('.entry-title')!;
        expect(title.getAttribute('role')).to.equal('heading');
        expect(title.getAttribute('aria-level')).to.equal('3');
      }
    });

    it('phone: a tel: link written the French way, and whether the line is open now', async () => {
      const [phone] = contacts(await render([full]));
      const link = phone.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(link.getAttribute('href')).to.equal('tel:+33261910010');
      expect(text(link)).to.equal('02 61 91 00 10');
      expect(text(phone.querySelector('[part=hours-state]')!)).to.equal('Ouvert · ferme à 12:00');
      const details = phone.querySelector('details')!;
      expect(details.open).to.equal(false);
      expect(text(details.querySelector('summary')!)).to.equal('Voir tous les horaires');
      const rows = [...details.querySelectorAll('tbody tr')];
      expect(rows).to.have.length(7);
      // The leading zero of "9:00" is left to Intl (see the report); the ranges and closed days are not.
      expect(rows.map((r) => text(r.querySelector('td')!).replace(/\b0(\d:)/g, '$1'))).to.deep.equal([
        '9:00 – 12:00, 14:00 – 17:00',
        '9:00 – 12:00, 14:00 – 17:00',
        '9:00 – 12:00, 14:00 – 17:00',
        '9:00 – 12:00, 14:00 – 17:00',
        '9:00 – 12:00, 14:00 – 16:30',
        'fermé',
        'fermé',
      ]);
      expect(rows[1].getAttribute('aria-current'), 'today is Tuesday').to.equal('date');
    });

    it('email: a mailto: link', async () => {
      const email = contacts(await render([full]))[1];
      const link = email.querySelector('a')!;
      expect(link.getAttribute('href')).to.equal('mailto:etat-civil@saint-aurel.example');
      expect(text(link)).to.equal('etat-civil@saint-aurel.example');
    });

    it('office: name, address with a map link, phone and opening hours', async () => {
      const office = contacts(await render([full]))[4];
      expect(text(office.querySelector('.place')!)).to.equal('Hôtel de ville');
      expect(lines(office.querySelector('address')!)).to.deep.equal([
        '2 place de la Mairie',
        '44190 Saint-Aurel-sur-Loire',
      ]);
      const map = office.querySelector<HTMLAnchorElement>('a.map')!;
      expect(map.getAttribute('href')).to.equal(
        'https://www.openstreetmap.org/?mlat=47.2104&mlon=-1.5532#map=18/47.2104/-1.5532',
      );
      expect(text(map)).to.equal('Voir sur la carte : Hôtel de ville');
      const phone = office.querySelector('a[href^="tel:"]')!;
      expect(phone.getAttribute('href')).to.equal('tel:+33261910000');
      expect(text(phone)).to.equal('02 61 91 00 00');
      expect(text(office.querySelector('[part=hours-state]')!)).to.equal('Ouvert · ferme à 12:00');
      expect(office.querySelectorAll('details tbody tr')).to.have.length(7);
    });

    it('legal: shows the host name of the reference', async () => {
      const legal = contacts(await render([full]))[5];
      expect(text(legal.querySelector('.muted')!)).to.equal('service-public.fr');
    });

    it('is in English on an English page', async () => {
      const el = await render([full], 'passeport', {}, 'en');
      expect(text(root(el).querySelector('.heading')!)).to.equal('More information');
      expect(contacts(el).map(titleOf)).to.deep.equal([
        'Civil status department',
        'By e-mail',
        'Questions about documents',
        'Practical guide',
        'In person',
        'Service-public.fr : carte d’identité',
        'More information',
      ]);
      expect(text(contacts(el)[0].querySelector('[part=hours-state]')!)).to.equal('Open · closes at 12:00 PM');
      expect(text(contacts(el)[4].querySelector('.place')!)).to.equal('Town hall');
      expect(shadowText(el)).not.to.match(LEAKS);
      await expect(el).to.be.accessible();
    });

    it('says when the line is closed and when it opens', async () => {
      const el = await render([full], 'passeport', { now: '2026-03-10T12:30:00+01:00' });
      expect(text(contacts(el)[0].querySelector('[part=hours-state]')!)).to.equal('Fermé · ouvre aujourd’hui à 14:00');
    });
  });

  describe('states', () => {
    for (const lang of ['fr', 'en']) {
      it(`passes axe and shows real words in every state (${lang})`, async () => {
        const invalid = { id: 'bad', title: '<b>x</b>', online: { availability: 'full' } };
        const fr = lang === 'fr';
        await checkEveryState(
          [
            {
              name: 'loading',
              template: info('passeport'),
              procedures: [full],
              delay: Infinity,
              shows: fr ? /^Pour en savoir plus Chargement…$/ : /^More information Loading…$/,
            },
            {
              name: 'ready',
              template: info('passeport'),
              procedures: [full],
              shows: fr ? /Service état civil/ : /Civil status department/,
            },
            {
              name: 'empty',
              template: info('passeport'),
              procedures: [withInfo([])],
              shows: fr
                ? /Aucune autre source d'information n'est indiquée\./
                : /No other source of information is given\./,
            },
            {
              name: 'not found',
              template: info('nope'),
              procedures: [full],
              shows: fr ? /Démarche introuvable\./ : /Procedure not found\./,
            },
            {
              name: 'network',
              template: info('passeport'),
              failWith: 'network',
              shows: fr ? /Le service est injoignable pour le moment\./ : /cannot be reached/,
            },
            {
              name: 'http',
              template: info('passeport'),
              failWith: 'http',
              shows: fr ? /Le service est indisponible pour le moment\./ : /unavailable/,
            },
            {
              name: 'invalid data',
              template: info('bad'),
              procedures: [invalid],
              shows: fr ? /Les données de cette démarche sont invalides\./ : /The data of this procedure is invalid\./,
            },
            {
              name: 'missing attribute',
              template: info(''),
              procedures: [full],
              shows: fr ? /Attribut « procedure » manquant\./ : /The "procedure" attribute is missing\./,
            },
          ],
          lang,
        );
      });
    }

    it('is busy while loading, with a skeleton and the loading words for screen readers', async () => {
      const el = await renderWithAdapter<CivicInfo>(info('passeport'), memoryAdapter([full], { delay: Infinity }));
      const section = root(el).querySelector('section')!;
      expect(section.getAttribute('aria-busy')).to.equal('true');
      expect(root(el).querySelectorAll('.skeleton').length).to.be.greaterThan(0);
      expect(text(root(el).querySelector('.visually-hidden')!)).to.equal('Chargement…');
      await expect(el).to.be.accessible();
    });

    it('is no longer busy once ready', async () => {
      const el = await render([full]);
      expect(root(el).querySelector('section')!.hasAttribute('aria-busy')).to.equal(false);
      expect(root(el).querySelector('.skeleton')).to.equal(null);
    });

    it('ends a request with no answer with a time-out message', async () => {
      const el = await renderWithAdapter<CivicInfo>(info('passeport'), memoryAdapter([full], { delay: Infinity }), {
        timeout: 40,
      });
      await until(el, () => shadowText(el).includes('trop de temps'), 'the time-out message');
      expect(shadowText(el)).to.equal('Pour en savoir plus Le service met trop de temps à répondre.');
      expect(root(el).querySelector('[role=status]')).to.exist;
      expect(root(el).querySelector('section')!.hasAttribute('aria-busy')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('keeps its heading in every error state', async () => {
      const el = await render([full], 'nope');
      expect(text(root(el).querySelector('[role=heading]')!)).to.equal('Pour en savoir plus');
      expect(text(root(el).querySelector('.message.error')!)).to.equal('Démarche introuvable.');
      await expect(el).to.be.accessible();
    });

    it('loads again when its procedure changes', async () => {
      const other = withInfo([{ kind: 'web', label: 'Autre page', url: 'https://autre.example/' }], 'autre');
      const el = await render([full, other]);
      el.setAttribute('procedure', 'autre');
      await settle(el);
      expect(contacts(el).map(titleOf)).to.deep.equal(['Autre page']);
    });
  });

  describe('events', () => {
    it('sends civic-load with the procedure and the city', async () => {
      const el = document.createElement('civic-info');
      el.procedure = 'passeport';
      const loaded = nextEvent<{ procedure: Procedure; city: City }>(el, 'civic-load');
      await fixture(html`<civic-provider .adapter=${memoryAdapter([full])}>${el}</civic-provider>`);
      const { detail } = await loaded;
      expect(detail.procedure.id).to.equal('passeport');
      expect(detail.procedure.information).to.have.length(everyKind.length);
      expect(detail.city.timeZone).to.equal('Europe/Paris');
      expect(detail.city.country).to.equal('FR');
    });

    it('sends civic-error with the code, the shown message and the HTTP status, through shadow roots', async () => {
      const el = document.createElement('civic-info');
      el.procedure = 'passeport';
      const host = await fixture(html`<div></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      const heard = nextEvent<CivicErrorDetail>(document, 'civic-error');
      const provider = document.createElement('civic-provider');
      provider.adapter = memoryAdapter([full], { failWith: 'http' });
      provider.append(el);
      shadow.append(provider);
      const { detail } = await heard;
      expect(detail.code).to.equal('http');
      expect(detail.message).to.equal('Le service est indisponible pour le moment.');
      expect(detail.status).to.equal(500);
      expect(shadowText(el)).to.contain(detail.message);
    });

    it('sends civic-error not-found for an unknown procedure, and the invalid fields for bad data', async () => {
      const missing = document.createElement('civic-info');
      missing.procedure = 'nope';
      const notFound = nextEvent<CivicErrorDetail>(missing, 'civic-error');
      const bad = document.createElement('civic-info');
      bad.procedure = 'bad';
      const invalid = nextEvent<CivicErrorDetail>(bad, 'civic-error');
      await capturingWarnings(async () => {
        await fixture(
          html`<civic-provider
            .adapter=${memoryAdapter([{ id: 'bad', title: 'x', online: { availability: 'sometimes' } }])}
            >${missing}${bad}</civic-provider
          >`,
        );
        await Promise.all([notFound, invalid]);
      });
      expect((await notFound).detail).to.include({ code: 'not-found', message: 'Démarche introuvable.' });
      const { detail } = await invalid;
      expect(detail.code).to.equal('invalid-data');
      expect(detail.details.join()).to.contain('online.availability');
    });

    it('sends civic-error missing-attribute without a procedure', async () => {
      const el = document.createElement('civic-info');
      const heard = nextEvent<CivicErrorDetail>(el, 'civic-error');
      await fixture(html`<civic-provider .adapter=${memoryAdapter([full])}>${el}</civic-provider>`);
      const { detail } = await heard;
      expect(detail.code).to.equal('missing-attribute');
      expect(detail.message).to.equal('Attribut « procedure » manquant.');
      expect(detail.details).to.deep.equal(['procedure']);
    });
  });

  describe('keyboard', () => {
    const keyboardProcedure = withInfo([
      { kind: 'legal', label: 'Texte officiel', url: 'https://www.service-public.fr/N358' },
      { kind: 'faq', label: 'FAQ', url: 'https://www.saint-aurel.example/faq' },
      { kind: 'phone', label: 'Accueil téléphonique', phone: '+33 2 61 91 00 10', hours: helpLineHours },
      { kind: 'office', office: townHall },
    ]);
    const renderAfterButton = async () => {
      const page = await fixture(
        html`<div>
          <button>avant</button>
          <civic-provider .adapter=${memoryAdapter([keyboardProcedure])}
            ><civic-info procedure="passeport" now=${NOW}></civic-info
          ></civic-provider>
        </div>`,
      );
      const el = page.querySelector('civic-info')!;
      await settle(el);
      page.querySelector('button')!.focus();
      return el;
    };
    const focused = (el: Element) => {
      const active = root(el).activeElement as HTMLElement | null;
      if (!active) return 'outside';
      return active.localName === 'summary' ? 'summary' : active.getAttribute('href')!;
    };

    it('Tab goes through the links and hours disclosures in reading order', async () => {
      const el = await renderAfterButton();
      const order: string[] = [];
      for (let i = 0; i < 7; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(focused(el));
      }
      expect(order).to.deep.equal([
        'https://www.service-public.fr/N358',
        'https://www.saint-aurel.example/faq',
        'tel:+33261910010',
        'summary',
        'https://www.openstreetmap.org/?mlat=47.2104&mlon=-1.5532#map=18/47.2104/-1.5532',
        'tel:+33261910000',
        'summary',
      ]);
    });

    it('the hours summary opens with Enter and shows the week table', async () => {
      const el = await renderAfterButton();
      for (let i = 0; i < 4; i++) await sendKeys({ press: 'Tab' });
      const summary = root(el).activeElement as HTMLElement;
      expect(summary.localName).to.equal('summary');
      const details = summary.closest('details')!;
      expect(details.open).to.equal(false);
      expect(details.querySelector('table')!.checkVisibility(), 'table hidden while closed').to.equal(false);
      await sendKeys({ press: 'Enter' });
      await until(el, () => details.open, 'the hours open');
      expect(details.querySelector('table')!.checkVisibility()).to.equal(true);
      expect(getComputedStyle(summary).outlineStyle, 'visible focus').not.to.equal('none');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Enter' });
      await until(el, () => !details.open, 'the hours closed');
    });
  });

  describe('bad data', () => {
    it('never links a javascript: url, and keeps the good contacts', async () => {
      const { value: el, warnings } = await capturingWarnings(() =>
        render([
          withInfo([
            { kind: 'faq', label: 'Piège', url: 'javascript:window.__pwned=1' },
            { kind: 'web', label: 'Bonne page', url: 'https://ok.example/' },
          ]),
        ]),
      );
      const links = [...root(el).querySelectorAll('a')];
      expect(links.map((a) => a.protocol)).to.deep.equal(['https:']);
      expect(contacts(el).map(titleOf)).to.include('Bonne page');
      expect(warnings.join('\n')).to.contain('information[0]');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('shows special characters of labels as text, and never turns HTML into elements', async () => {
      const { value: el } = await capturingWarnings(() =>
        render([
          withInfo([
            { kind: 'web', label: 'Horaires < 18 h & week-end &lt;b&gt;', url: 'https://ok.example/' },
            { kind: 'guide', label: '<img src=x onerror="window.__pwned=1">Guide', url: 'https://ok.example/guide' },
            { kind: 'faq', label: { fr: '<script>window.__pwned=1</script>' }, url: 'https://ok.example/faq' },
          ]),
        ]),
      );
      const titles = contacts(el).map(titleOf);
      expect(titles[0]).to.equal('Horaires < 18 h & week-end &lt;b&gt;');
      expect(root(el).querySelector('img, script, b')).to.equal(null);
      // A label with markup is either left out or shown as the very characters the city typed.
      for (const title of titles.slice(1))
        expect(title).to.be.oneOf(['<img src=x onerror="window.__pwned=1">Guide', '<script>window.__pwned=1</script>']);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(shadowText(el)).not.to.match(LEAKS);
    });

    it('shows a phone that is not a phone number as text, without a link', async () => {
      const { value: el } = await capturingWarnings(() =>
        render([withInfo([{ kind: 'phone', label: 'Accueil', phone: 'Demandez à l’accueil' }])]),
      );
      const [phone] = contacts(el);
      expect(phone.querySelector('a')).to.equal(null);
      expect(text(phone)).to.equal('Par téléphone : Accueil Demandez à l’accueil');
      await expect(el).to.be.accessible();
    });

    it('shows an e-mail that is not an address as text, without a link', async () => {
      const { value: el } = await capturingWarnings(() =>
        render([withInfo([{ kind: 'email', email: 'écrire à la mairie' }])]),
      );
      const [email] = contacts(el);
      expect(email.querySelector('a')).to.equal(null);
      expect(text(email)).to.equal('Par e-mail écrire à la mairie');
    });

    it('leaves out a contact of an unknown kind, with a console warning', async () => {
      const { value: el, warnings } = await capturingWarnings(() =>
        render([
          withInfo([
            { kind: 'fax', label: 'Télécopie', phone: '+33 2 61 91 00 99' },
            { kind: 'web', label: 'Site', url: 'https://ok.example/' },
          ]),
        ]),
      );
      expect(contacts(el).map(titleOf)).to.deep.equal(['Site']);
      expect(shadowText(el)).not.to.contain('Télécopie');
      expect(warnings.join('\n')).to.contain('information[0].kind');
    });

    it('says it is empty when every contact is left out', async () => {
      const { value: el } = await capturingWarnings(() => render([withInfo([{ kind: 'fax' }, 'a string', null])]));
      expect(shadowText(el)).to.equal("Pour en savoir plus Aucune autre source d'information n'est indiquée.");
      await expect(el).to.be.accessible();
    });

    it('shows no "undefined" for an office address without a postal code (optional in the schema)', async () => {
      const office = { ...townHall, address: { lines: ['2 place de la Mairie'], locality: 'Saint-Aurel-sur-Loire' } };
      const el = await render([withInfo([{ kind: 'office', office }])]);
      expect(lines(contacts(el)[0].querySelector('address')!)).to.deep.equal([
        '2 place de la Mairie',
        'Saint-Aurel-sur-Loire',
      ]);
      expect(shadowText(el)).not.to.match(LEAKS);
    });

    it('searches the map by the address itself when the office has neither postal code nor coordinates', async () => {
      const office = { ...townHall, address: { lines: ['2 place de la Mairie'], locality: 'Saint-Aurel-sur-Loire' } };
      const el = await render([withInfo([{ kind: 'office', office }])]);
      const map = root(el).querySelector<HTMLAnchorElement>('a.map')!;
      expect(map.getAttribute('href')).to.equal(
        `https://www.openstreetmap.org/search?query=${encodeURIComponent('2 place de la Mairie, Saint-Aurel-sur-Loire')}`,
      );
    });

    it('shows no leaked values for sparse contacts', async () => {
      const el = await render([
        withInfo([
          { kind: 'office', office: { id: 'annexe', name: 'Annexe' } },
          { kind: 'phone', phone: '3939' },
          { kind: 'legal', url: 'https://legifrance.gouv.fr/loi' },
          { kind: 'web', label: { en: 'Only in English' }, url: 'https://ok.example/' },
        ]),
      ]);
      expect(contacts(el).map(titleOf)).to.deep.equal([
        'Sur place',
        'Par téléphone',
        'Texte de référence',
        'Only in English',
      ]);
      expect(root(el).querySelector('a[href="tel:3939"]')).to.exist;
      expect(shadowText(el)).not.to.match(LEAKS);
      await expect(el).to.be.accessible();
    });
  });

  describe('heading-level', () => {
    const levels = (el: Element) =>
      [...root(el).querySelectorAll('[role=heading]')].map((h) => h.getAttribute('aria-level'));

    it('sets the level of the box heading and of the contact titles', async () => {
      const el = await render([full], 'passeport', { 'heading-level': '4' });
      expect(levels(el)).to.deep.equal(['4', ...everyKind.map(() => '5')]);
      await expect(el).to.be.accessible();
    });

    it('keeps contact titles at level 6 under a level-6 box', async () => {
      const el = await render([full], 'passeport', { 'heading-level': '6' });
      expect(levels(el)).to.deep.equal(['6', ...everyKind.map(() => '6')]);
    });

    it('falls back to 2 for a level outside 2–6', async () => {
      for (const level of ['1', '9', 'deux']) {
        const el = await render([full], 'passeport', { 'heading-level': level });
        expect(levels(el)[0], level).to.equal('2');
      }
    });

    it('is respected in error states too', async () => {
      const el = await render([full], 'nope', { 'heading-level': '3' });
      expect(levels(el)).to.deep.equal(['3']);
    });

    it('labels the box by its heading', async () => {
      const el = await render([full]);
      const section = root(el).querySelector('section')!;
      const heading = root(el).getElementById(section.getAttribute('aria-labelledby')!)!;
      expect(text(heading)).to.equal('Pour en savoir plus');
    });
  });
});
