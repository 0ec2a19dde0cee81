import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { nextEvent, settle, shadowText, until, capturingWarnings } from '../../test/harness/render.js';
import './define.js';
import { StaticAdapter } from '../adapters/static/static-adapter.js';
import type { CivicErrorDetail } from '../base/civic-element.js';
import { CivicError, type CivicErrorCode } from '../core/civic-error.js';
import { activeHighlights, catalogData, type CatalogHighlight, type CatalogSynonyms } from '../data/catalog-store.js';
import { ResourceStore } from '../data/resource-store.js';
import { en } from '../localization/locales/en.js';
import { fr } from '../localization/locales/fr.js';
import type { AdapterCallOptions, Audience, CivicAdapter, City, Procedure, Theme } from '../model.js';
import type { CivicProvider } from '../provider/civic-provider.js';
import type { CatalogLoadDetail, CatalogSearchDetail, CivicCatalog } from './catalog.js';

/* ------------------------------------------------------------------------------------------ */
/* Data: a small catalog of Saint-Aurel-sur-Loire                                            */

/** Monday 23 November 2026, 10:00 in Paris. */
const NOW = '2026-11-23T09:00:00Z';

const saintAurel: City = {
  name: 'Saint-Aurel-sur-Loire',
  country: 'FR',
  timeZone: 'Europe/Paris',
  defaultLanguage: 'fr',
};

const themes: Theme[] = [
  { id: 'etat-civil', title: { fr: 'État civil et papiers', en: 'Civil status and documents' } },
  { id: 'ecole', title: { fr: 'Famille et école', en: 'Family and school' } },
  { id: 'animaux', title: { fr: 'Animaux', en: 'Animals' } },
];

const audiences: Audience[] = [
  { id: 'famille', title: { fr: 'Familles', en: 'Families' } },
  { id: 'senior', title: { fr: 'Seniors', en: 'Older people' } },
];

function procedure(
  id: string,
  title: [string, string],
  themeIds: string[],
  audienceIds: string[],
  popularity: number,
  extra: Partial<Procedure> = {},
): Procedure {
  return {
    id,
    title: { fr: title[0], en: title[1] },
    summary: { fr: `Tout savoir sur : ${title[0].toLowerCase()}.`, en: `All about: ${title[1].toLowerCase()}.` },
    url: `https://www.saint-aurel.example/demarches/${id}`,
    themes: themeIds,
    audiences: audienceIds,
    online: { availability: 'full', url: `https://demarches.saint-aurel.example/${id}` },
    channels: [],
    information: [],
    related: [],
    popularity,
    ...extra,
  };
}

const passport = procedure(
  'passeport',
  ['Carte d’identité et passeport', 'Identity card and passport'],
  ['etat-civil'],
  ['famille'],
  980,
  {
    keywords: ['CNI'],
    online: { availability: 'partial', url: 'https://ants.gouv.fr/' },
  },
);
const birth = procedure('acte-naissance', ['Acte de naissance', 'Birth certificate'], ['etat-civil'], ['famille'], 900);
const death = procedure(
  'acte-deces',
  ['Acte de décès', 'Death certificate'],
  ['etat-civil'],
  ['famille', 'senior'],
  480,
);
const canteen = procedure('cantine', ['Inscription à la cantine', 'School canteen'], ['ecole'], ['famille'], 950);
const school = procedure('ecole', ['Inscription à l’école', 'School enrolment'], ['ecole'], ['famille'], 930);
const dog = procedure(
  'chien',
  ['Permis de détention d’un chien dangereux', 'Licence for a dangerous dog'],
  ['animaux'],
  [],
  40,
  { online: { availability: 'none' } },
);
const alarm = procedure('teleassistance', ['Téléassistance', 'Personal alarm'], [], ['senior'], 120);
const vote = procedure(
  'listes',
  ['Inscription sur les listes électorales', 'Registering to vote'],
  ['etat-civil'],
  [],
  860,
);

const procedures: Procedure[] = [passport, birth, death, canteen, school, dog, alarm, vote];

/** Without a query and before 5 March 2027: the highlight, then by popularity. */
const DEFAULT_ORDER = [
  'listes',
  'passeport',
  'cantine',
  'ecole',
  'acte-naissance',
  'acte-deces',
  'teleassistance',
  'chien',
];

const voteHighlight: CatalogHighlight = {
  procedure: 'listes',
  until: '2027-03-05',
  label: { fr: 'Élections : inscrivez-vous avant le 5 mars', en: 'Elections: register by 5 March' },
};

const synonyms: CatalogSynonyms = { papiers: ['carte d’identité'] };

interface AdapterOptions {
  delay?: number;
  failWith?: CivicErrorCode;
  /** Leaves `listProcedures` out: a backend that cannot list procedures. */
  noList?: boolean;
  themes?: unknown;
  audiences?: unknown;
  synonyms?: unknown;
  highlights?: unknown;
  city?: Partial<City>;
}

/** A backend over procedures in memory that lists them, with themes, audiences, synonyms and highlights. */
function catalogAdapter(list: readonly unknown[], options: AdapterOptions = {}): CivicAdapter & { calls: string[] } {
  const calls: string[] = [];
  const answer = <T>(call: string, value: () => T, { signal }: AdapterCallOptions) =>
    new Promise<T>((resolve, reject) => {
      calls.push(call);
      const fail = () => reject(signal.reason ?? new DOMException('Aborted', 'AbortError'));
      if (signal.aborted) return fail();
      signal.addEventListener('abort', fail, { once: true });
      const done = () =>
        options.failWith
          ? reject(new CivicError(options.failWith, `fails with ${options.failWith}`))
          : resolve(structuredClone(value()));
      if (options.delay === Infinity) return;
      if (options.delay) setTimeout(done, options.delay);
      else queueMicrotask(done);
    });
  const adapter: CivicAdapter & { calls: string[] } & Record<string, unknown> = {
    calls,
    getProcedure: (id, o) =>
      answer(`getProcedure:${id}`, () => list.find((p) => (p as Procedure).id === id) as Procedure | undefined, o),
    getCity: (o) => answer('getCity', () => options.city ?? saintAurel, o),
    getThemes: (o) => answer('getThemes', () => (options.themes ?? themes) as Theme[], o),
    getAudiences: (o) => answer('getAudiences', () => (options.audiences ?? audiences) as Audience[], o),
    getSynonyms: (o: AdapterCallOptions) =>
      answer('getSynonyms', () => (options.synonyms ?? synonyms) as CatalogSynonyms, o),
    getHighlights: (o: AdapterCallOptions) =>
      answer(
        'getHighlights',
        () =>
          (options.highlights ??
            (list.some((p) => (p as Procedure).id === 'listes') ? [voteHighlight] : [])) as CatalogHighlight[],
        o,
      ),
  };
  if (!options.noList) adapter.listProcedures = (_query, o) => answer('listProcedures', () => list as Procedure[], o);
  return adapter;
}

/* ------------------------------------------------------------------------------------------ */
/* Rendering and reading                                                                       */

interface ShowOptions extends AdapterOptions {
  procedures?: readonly unknown[];
  adapter?: CivicAdapter;
  lang?: string;
  timeout?: number;
  theme?: string;
  audience?: string;
  limit?: number;
  noSearch?: boolean;
  level?: number;
  linkTemplate?: string;
  now?: string;
  urlState?: boolean;
}

const template = (o: ShowOptions) =>
  html`<civic-catalog
    theme=${ifDefined(o.theme)}
    audience=${ifDefined(o.audience)}
    limit=${o.limit ?? nothing}
    ?no-search=${o.noSearch}
    heading-level=${o.level ?? nothing}
    link-template=${ifDefined(o.linkTemplate)}
    now=${o.now ?? NOW}
    ?url-state=${o.urlState}
  ></civic-catalog>`;

/** A <civic-catalog> in a provider over an in-memory backend (or `adapter`), once it has rendered. */
async function show(o: ShowOptions = {}): Promise<CivicCatalog> {
  const adapter = o.adapter ?? catalogAdapter(o.procedures ?? procedures, o);
  const provider = await fixture<CivicProvider>(
    html`<civic-provider .adapter=${adapter} .timeout=${o.timeout ?? 8000} lang=${o.lang ?? 'fr'}
      >${template(o)}</civic-provider
    >`,
  );
  const el = provider.querySelector('civic-catalog')!;
  await settle(el);
  return el;
}

let unique = 0;
/** The demo catalog through the static adapter, at a URL no other test used. */
const demoSrc = () => `/demo/data/catalog.json?catalog-test=${Date.now()}-${++unique}`;

async function showDemo(o: ShowOptions = {}): Promise<CivicCatalog> {
  const provider = await fixture<CivicProvider>(
    html`<civic-provider adapter="static" src=${demoSrc()} lang=${o.lang ?? 'fr'}>${template(o)}</civic-provider>`,
  );
  const el = provider.querySelector('civic-catalog')!;
  await until(el, () => !!$(el, '[part~=result]') || !!$(el, '[part~=error]'), 'the demo catalog');
  return el;
}

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const input = (el: CivicCatalog) => $<HTMLInputElement>(el, 'input#q')!;
const links = (el: CivicCatalog) => $$<HTMLAnchorElement>(el, 'a[part~=link]');
/** The ids of the results shown, in order (each result's badge names its procedure). */
const ids = (el: CivicCatalog) => $$(el, '[part~=result] civic-online-badge').map((b) => b.getAttribute('procedure'));
const titles = (el: CivicCatalog) => $$(el, '[part~=result] .title').map(words);
const counted = (el: CivicCatalog) => words($(el, '[part~=count]'));
const announced = (el: CivicCatalog) => words($(el, 'section > [role=status]'));
const select = (el: CivicCatalog, name: 'theme' | 'audience') => $<HTMLSelectElement>(el, `select[name=${name}]`);
const options = (el: CivicCatalog, name: 'theme' | 'audience') =>
  [...(select(el, name)?.options ?? [])].map((o) => words(o));
const focused = (el: CivicCatalog) => el.shadowRoot!.activeElement;

/** Types into the search box with the keyboard, as a citizen does, and waits for the results. */
async function type(el: CivicCatalog, text: string): Promise<void> {
  input(el).focus();
  await sendKeys({ type: text });
  await settle(el);
}

/** Chooses a filter's option as a reader does (the select's change). */
async function choose(el: CivicCatalog, name: 'theme' | 'audience', value: string): Promise<void> {
  const s = select(el, name)!;
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** Waits for the pause after typing: the results are said to screen readers. */
const saidOnce = (el: CivicCatalog, text: string | RegExp) =>
  until(
    el,
    () => (typeof text === 'string' ? announced(el) === text : text.test(announced(el))),
    `"${String(text)}" said`,
  );

function expectNoLeak(el: Element): void {
  expect(shadowText(el), 'nothing a reader should never see').not.to.match(/undefined|NaN|\[object Object\]|null/);
}

/** The page URL without our parameters, as each test found it. */
const startUrl = location.href;
afterEach(() => history.replaceState(history.state, '', startUrl));

/* ------------------------------------------------------------------------------------------ */

describe('<civic-catalog>', () => {
  describe('rendering', () => {
    it('lists the highlight first, then the most requested, each with its link, summary, theme and compact badge', async () => {
      const el = await show();
      expect(words($(el, '[part~=heading]'))).to.equal(fr.catalog.heading);
      expect($(el, '[part~=heading]')!.getAttribute('aria-level')).to.equal('2');
      expect(ids(el)).to.deep.equal(DEFAULT_ORDER);
      expect(counted(el)).to.equal(fr.catalog.popular);
      const first = $(el, '[part~=result]')!;
      expect(words(first.querySelector('[part~=highlight]'))).to.equal('Élections : inscrivez-vous avant le 5 mars');
      expect(first.querySelector('[part~=highlight] svg'), 'an icon, not colour alone').to.exist;
      const second = $$(el, '[part~=result]')[1];
      const link = second.querySelector<HTMLAnchorElement>('a[part~=link]')!;
      expect(words(link)).to.equal('Carte d’identité et passeport');
      expect(link.getAttribute('href')).to.equal('https://www.saint-aurel.example/demarches/passeport');
      expect(words(second.querySelector('[part~=summary]'))).to.equal(
        'Tout savoir sur : carte d’identité et passeport.',
      );
      expect(words(second.querySelector('[part~=theme]'))).to.equal('État civil et papiers');
      const badge = second.querySelector('civic-online-badge')!;
      expect(badge.getAttribute('variant')).to.equal('compact');
      await until(
        el,
        () => words(badge.shadowRoot?.querySelector('.current')) === fr.badge.compactPartial,
        'the badge',
      );
      expectNoLeak(el);
      await expect(el).to.be.accessible();
    });

    it('links with link-template, the id encoded', async () => {
      const el = await show({ linkTemplate: '/demarches/{id}?from=catalog' });
      expect(links(el)[1].getAttribute('href')).to.equal(
        new URL('/demarches/passeport?from=catalog', location.href).href,
      );
    });

    it('shows a procedure without any link as text', async () => {
      const noUrl = { ...dog, url: undefined };
      const el = await show({ procedures: [noUrl] });
      expect(links(el)).to.have.length(0);
      expect(titles(el)).to.deep.equal(['Permis de détention d’un chien dangereux']);
    });

    it('takes its heading level from heading-level', async () => {
      const el = await show({ level: 3 });
      expect($(el, '[part~=heading]')!.getAttribute('aria-level')).to.equal('3');
    });

    it('reads the demo catalog through the static adapter: highlights until their date, then the most requested', async () => {
      const el = await showDemo({ noSearch: true, limit: 8, linkTemplate: 'procedure.html?id={id}' });
      expect(ids(el)).to.deep.equal([
        'inscription-listes-electorales',
        'inscription-scolaire',
        'carte-identite-passeport',
        'restauration-scolaire',
        'acte-naissance',
        'signalement-voirie',
        'accueil-periscolaire',
        'centre-loisirs',
      ]);
      expect(links(el)[2].getAttribute('href')).to.equal(
        new URL('procedure.html?id=carte-identite-passeport', location.href).href,
      );
      expect(ids(el), 'the heatwave register of summer 2026 is past').not.to.include('registre-canicule');
      await expect(el).to.be.accessible();
    });

    it('searches the demo catalog with its synonyms', async () => {
      const el = await showDemo();
      await type(el, 'nounou');
      expect(ids(el)).to.include('creche');
      input(el).select();
      await type(el, 'passeport');
      expect(ids(el)[0]).to.equal('carte-identite-passeport');
    });
  });

  describe('search as you type', () => {
    it('shows results while typing, with the matched words in <mark>', async () => {
      const el = await show();
      await type(el, 'acte');
      expect(ids(el)).to.have.members(['acte-naissance', 'acte-deces']);
      expect(counted(el)).to.equal('2 résultats pour « acte »');
      const marks = $$(el, '[part~=result] .title mark').map(words);
      expect(marks).to.deep.equal(['Acte', 'Acte']);
      expect(focused(el), 'focus stays in the box').to.equal(input(el));
      expect(shadowText(el)).not.to.contain(fr.catalog.popular);
    });

    it('finds a word of the keywords and of the synonyms', async () => {
      const el = await show();
      await type(el, 'CNI');
      expect(ids(el)).to.deep.equal(['passeport']);
      input(el).select();
      await type(el, 'papiers');
      expect(ids(el)).to.include('passeport');
    });

    it('says the number of results to screen readers once the reader pauses, politely, without moving the focus', async () => {
      const el = await show();
      const region = $(el, 'section > [role=status]')!;
      expect(region.getAttribute('aria-atomic')).to.equal('true');
      await type(el, 'acte');
      await saidOnce(el, '2 résultats pour « acte »');
      expect(focused(el)).to.equal(input(el));
      await expect(el).to.be.accessible();
    });

    it('says the same words again when they come back (another filter, same count)', async () => {
      const el = await show();
      await choose(el, 'audience', 'senior');
      await saidOnce(el, '2 résultats');
      const before = $(el, 'section > [role=status]')!.textContent;
      await choose(el, 'theme', 'etat-civil');
      await choose(el, 'theme', '');
      await new Promise((r) => setTimeout(r, 600));
      expect($(el, 'section > [role=status]')!.textContent, 'a change a screen reader hears').not.to.equal(before);
    });

    it('sends civic-search with the query, the filters and the count, once per pause', async () => {
      const el = await show();
      const searches: CatalogSearchDetail[] = [];
      el.addEventListener('civic-search', (e) => searches.push((e as CustomEvent<CatalogSearchDetail>).detail));
      await choose(el, 'theme', 'etat-civil');
      await type(el, 'acte');
      await until(el, () => searches.length > 0, 'civic-search');
      await new Promise((r) => setTimeout(r, 500));
      expect(searches).to.deep.equal([{ query: 'acte', theme: 'etat-civil', audience: '', count: 2 }]);
    });

    it('keeps HTML typed or in the data as text', async () => {
      const odd = procedure('taux', ['Taux < 5 % & <b>gras</b> refusé', 'Rate'], [], [], 1);
      const fine = procedure('seuil', ['Seuil < 5 % pour la taxe', 'Threshold'], [], [], 2);
      const { value: el, warnings } = await capturingWarnings(() => show({ procedures: [odd, fine] }));
      expect(ids(el), 'a title with markup fails the check and is left out').to.deep.equal(['seuil']);
      expect(warnings.join('\n'))
        .to.contain('procedure "taux" is left out')
        .and.to.contain('must be plain text, not HTML');
      await type(el, '<img src=x onerror=alert(1)> seuil');
      expect(el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
      input(el).select();
      await type(el, 'seuil');
      expect(words($(el, '[part~=result] .title'))).to.equal('Seuil < 5 % pour la taxe');
      expect($$(el, '[part~=result] .title *:not(a):not(mark)')).to.have.length(0);
    });
  });

  describe('filters', () => {
    it('offers themes and profiles, each with its number of results', async () => {
      const el = await show();
      expect(words($(el, 'label[for=theme]'))).to.equal(fr.catalog.theme);
      expect(options(el, 'theme')).to.deep.equal([
        'Tous les thèmes (8)',
        'État civil et papiers (4)',
        'Famille et école (2)',
        'Animaux (1)',
      ]);
      expect(options(el, 'audience')).to.deep.equal(['Tous les profils (8)', 'Familles (5)', 'Seniors (2)']);
    });

    it('filters by theme and by profile together, and the counts follow', async () => {
      const el = await show();
      await choose(el, 'theme', 'etat-civil');
      expect(ids(el)).to.deep.equal(['listes', 'passeport', 'acte-naissance', 'acte-deces']);
      expect(counted(el)).to.equal('4 résultats');
      expect(options(el, 'audience'), 'profiles counted within the theme').to.deep.equal([
        'Tous les profils (4)',
        'Familles (3)',
        'Seniors (1)',
      ]);
      await choose(el, 'audience', 'senior');
      expect(ids(el)).to.deep.equal(['acte-deces']);
      expect(options(el, 'theme'), 'themes counted within the profile').to.deep.equal([
        'Tous les thèmes (2)',
        'État civil et papiers (1)',
        'Famille et école (0)',
        'Animaux (0)',
      ]);
      const empty = [...select(el, 'theme')!.options].filter((o) => o.disabled).map((o) => o.value);
      expect(empty, 'a choice with no result cannot be taken').to.deep.equal(['ecole', 'animaux']);
    });

    it('counts what the query finds', async () => {
      const el = await show();
      await type(el, 'inscription');
      expect(ids(el)).to.have.members(['cantine', 'ecole', 'listes']);
      expect(options(el, 'theme')).to.deep.equal([
        'Tous les thèmes (3)',
        'État civil et papiers (1)',
        'Famille et école (2)',
        'Animaux (0)',
      ]);
      await choose(el, 'theme', 'ecole');
      expect(ids(el)).to.have.members(['cantine', 'ecole']);
      expect(counted(el)).to.equal('2 résultats pour « inscription »');
    });

    it('starts from the theme and audience attributes, which the reader can change', async () => {
      const el = await show({ theme: 'ecole' });
      expect(select(el, 'theme')!.value).to.equal('ecole');
      expect(ids(el)).to.deep.equal(['cantine', 'ecole']);
      await choose(el, 'theme', '');
      expect(ids(el)).to.deep.equal(DEFAULT_ORDER);
      const senior = await show({ audience: 'senior' });
      expect(ids(senior)).to.deep.equal(['acte-deces', 'teleassistance']);
    });

    it('ignores a theme the catalog does not know', async () => {
      const el = await show({ theme: 'piscine' });
      expect(select(el, 'theme')!.value).to.equal('');
      expect(ids(el)).to.deep.equal(DEFAULT_ORDER);
    });

    it('has no filter the backend gives no list for', async () => {
      const adapter = catalogAdapter(procedures);
      delete adapter.getThemes;
      delete adapter.getAudiences;
      const el = await show({ adapter });
      expect(select(el, 'theme')).to.equal(null);
      expect(select(el, 'audience')).to.equal(null);
      expect($(el, '[part~=theme]'), 'no theme names either').to.equal(null);
      expect(ids(el)).to.deep.equal(DEFAULT_ORDER);
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('goes from the box through the results with the arrow keys (roving focus) and back', async () => {
      const el = await show();
      await type(el, 'acte');
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(links(el)[0]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el)).to.equal(links(el)[1]);
      expect(
        links(el).map((a) => a.tabIndex),
        'one result in the tab order',
      ).to.deep.equal([-1, 0]);
      await sendKeys({ press: 'ArrowDown' });
      expect(focused(el), 'stays on the last').to.equal(links(el)[1]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el)).to.equal(links(el)[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(focused(el), 'back to the box').to.equal(input(el));
      expect(input(el).value).to.equal('acte');
    });

    it('moves to the first and last result with Home and End', async () => {
      const el = await show();
      input(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'End' });
      expect(focused(el)).to.equal(links(el).at(-1));
      await sendKeys({ press: 'Home' });
      expect(focused(el)).to.equal(links(el)[0]);
    });

    it('Tab reaches the results once, at the result last focused', async () => {
      const el = await show({ limit: 3 });
      input(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      expect(links(el).map((a) => a.tabIndex)).to.deep.equal([-1, 0, -1]);
      await sendKeys({ press: 'Tab' });
      expect(focused(el), 'the next stop after the results').to.equal($(el, '[part~=more]'));
    });

    it('clears the query with Escape in the box', async () => {
      const el = await show();
      await type(el, 'acte');
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(input(el).value).to.equal('');
      expect(ids(el)).to.deep.equal(DEFAULT_ORDER);
      expect(focused(el)).to.equal(input(el));
    });

    it('clears the query with Escape on a result and returns to the box', async () => {
      const el = await show();
      await type(el, 'acte');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Escape' });
      await settle(el);
      expect(focused(el)).to.equal(input(el));
      expect(input(el).value).to.equal('');
      expect(ids(el)).to.deep.equal(DEFAULT_ORDER);
    });

    it('keeps every link in the tab order with no-search (no roving)', async () => {
      const el = await show({ noSearch: true });
      expect(links(el).every((a) => !a.hasAttribute('tabindex'))).to.equal(true);
    });
  });

  describe('highlights', () => {
    const at = (now: string) => show({ now });

    it('shows a highlight until its date, inclusive, in the city time zone', async () => {
      // 23:30 in Paris on 5 March 2027: still the last day.
      expect(ids(await at('2027-03-05T22:30:00Z'))[0]).to.equal('listes');
      // 00:30 in Paris on 6 March: gone by itself.
      const after = await at('2027-03-05T23:30:00Z');
      expect(ids(after)[0]).to.equal('passeport');
      expect($(after, '[part~=highlight]')).to.equal(null);
      expect(ids(after)).to.include('listes');
    });

    it('says "featured" when the city gives no reason, and leaves out a highlight of an unknown procedure', async () => {
      const highlights = [
        { procedure: 'ghost', until: '2030-01-01' },
        { procedure: 'chien', until: '2030-01-01' },
      ];
      const { value: el, warnings } = await capturingWarnings(() => show({ highlights }));
      expect(ids(el)[0]).to.equal('chien');
      expect(words($(el, '[part~=highlight]'))).to.equal(fr.catalog.highlight);
      expect(warnings.join('\n')).to.contain('highlights: refers to no procedure of the catalog: "ghost"');
    });

    it('does not pin highlights over a query', async () => {
      const el = await show();
      await type(el, 'inscription');
      expect($(el, '[part~=highlight]')).to.equal(null);
    });

    it('keeps only the highlights not past (activeHighlights)', () => {
      const h = (until: string) => ({ procedure: 'x', until });
      expect(
        activeHighlights([h('2026-11-22'), h('2026-11-23'), h('2027-01-01')], '2026-11-23').map((x) => x.until),
      ).to.deep.equal(['2026-11-23', '2027-01-01']);
    });
  });

  describe('limit and "show more"', () => {
    it('shows `limit` results, then as many more, focus on the first new one', async () => {
      const el = await show({ limit: 3 });
      expect(ids(el)).to.deep.equal(DEFAULT_ORDER.slice(0, 3));
      const more = $<HTMLButtonElement>(el, '[part~=more]')!;
      expect(words(more)).to.equal('Afficher 3 démarches de plus');
      more.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(ids(el)).to.deep.equal(DEFAULT_ORDER.slice(0, 6));
      expect(focused(el)).to.equal(links(el)[3]);
      expect(words($(el, '[part~=more]'))).to.equal('Afficher 2 démarches de plus');
      await expect(el).to.be.accessible();
    });

    it('starts again from `limit` when the search changes', async () => {
      const el = await show({ limit: 2 });
      $<HTMLButtonElement>(el, '[part~=more]')!.click();
      await settle(el);
      expect(ids(el)).to.have.length(4);
      await type(el, 'a');
      expect(ids(el).length).to.be.at.most(2);
    });
  });

  describe('no-search: the "most requested" block', () => {
    it('lists `limit` procedures, with no box, no filter, no count and no button', async () => {
      const el = await show({ noSearch: true, limit: 4 });
      expect(words($(el, '[part~=heading]'))).to.equal(fr.catalog.popular);
      expect(ids(el)).to.deep.equal(DEFAULT_ORDER.slice(0, 4));
      expect($(el, 'input, select, [part~=more], [part~=count]')).to.equal(null);
      expect($(el, 'ol')!.getAttribute('aria-labelledby')).to.equal('heading');
      await expect(el).to.be.accessible();
    });

    it('keeps to the theme given', async () => {
      const el = await show({ noSearch: true, theme: 'etat-civil', limit: 3 });
      expect(ids(el)).to.deep.equal(['listes', 'passeport', 'acte-naissance']);
    });

    it('ignores the page URL', async () => {
      history.replaceState(null, '', '?q=acte');
      const el = await show({ noSearch: true, urlState: true, limit: 2 });
      expect(ids(el)).to.deep.equal(DEFAULT_ORDER.slice(0, 2));
    });
  });

  describe('url-state', () => {
    it('never touches the page URL without url-state', async () => {
      const el = await show();
      await type(el, 'acte');
      await choose(el, 'theme', 'etat-civil');
      await saidOnce(el, /résultat/);
      expect(location.search).to.equal(new URL(startUrl).search);
    });

    it('keeps the search in the page URL with replaceState, and other parameters', async () => {
      history.replaceState(null, '', '?page=2#top');
      const entries = history.length;
      const el = await show({ urlState: true });
      await type(el, 'acte');
      await choose(el, 'theme', 'etat-civil');
      await saidOnce(el, /résultat/);
      const url = new URL(location.href);
      expect(url.searchParams.get('q')).to.equal('acte');
      expect(url.searchParams.get('theme')).to.equal('etat-civil');
      expect(url.searchParams.get('page')).to.equal('2');
      expect(url.hash).to.equal('#top');
      expect(history.length, 'no new history entry').to.equal(entries);
      await sendKeys({ press: 'Escape' });
      await choose(el, 'theme', '');
      await until(
        el,
        () => !new URL(location.href).searchParams.has('q') && !new URL(location.href).searchParams.has('theme'),
        'the URL cleaned',
      );
    });

    it('reads the search back from the URL on load (a shared link, the back button)', async () => {
      history.replaceState(null, '', '?q=acte&audience=senior');
      const el = await show({ urlState: true });
      expect(input(el).value).to.equal('acte');
      expect(select(el, 'audience')!.value).to.equal('senior');
      expect(ids(el)).to.deep.equal(['acte-deces']);
    });
  });

  describe('states', () => {
    it('while loading, keeps the room of the results and lets the reader type', async () => {
      const el = await show({ delay: Infinity, limit: 5 });
      expect(shadowText(el)).to.contain(fr.common.loading);
      expect($(el, '#results')!.getAttribute('aria-busy')).to.equal('true');
      expect($$(el, '.ghost')).to.have.length(5);
      expect(select(el, 'theme')!.disabled, 'the filters hold their place').to.equal(true);
      expect(input(el).disabled).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('does not move the page when the results arrive (no-search block)', async () => {
      const loading = await show({ delay: Infinity, noSearch: true, limit: 4 });
      const loaded = await show({ noSearch: true, limit: 4 });
      const height = (el: CivicCatalog) => $(el, '[part~=base]')!.getBoundingClientRect().height;
      expect(Math.abs(height(loading) - height(loaded)) / height(loaded)).to.be.below(0.2);
    });

    it('shows what was typed during loading once the catalog arrives, and says it', async () => {
      const el = await show({ delay: 300 });
      await type(el, 'acte');
      await until(el, () => ids(el).length === 2, 'the results');
      await saidOnce(el, '2 résultats pour « acte »');
    });

    it('no results: suggestions and a button that clears the search', async () => {
      const el = await show();
      await type(el, 'zzzzqqq');
      const empty = $(el, '[part~=empty]')!;
      expect(words(empty)).to.contain('Aucune démarche ne correspond à « zzzzqqq ».');
      expect([...empty.querySelectorAll('li')].map(words)).to.deep.equal(fr.catalog.tips);
      await saidOnce(el, 'Aucune démarche ne correspond à « zzzzqqq ».');
      await expect(el).to.be.accessible();
      const button = empty.querySelector('button')!;
      expect(words(button)).to.equal(fr.catalog.clearSearch);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(input(el).value).to.equal('');
      expect(focused(el)).to.equal(input(el));
      expect(ids(el)).to.deep.equal(DEFAULT_ORDER);
    });

    it('no results with filters: the button clears the filters', async () => {
      const el = await show();
      await choose(el, 'theme', 'animaux');
      await type(el, 'acte');
      expect(words($(el, '[part~=empty] .none-title'))).to.equal('Aucune démarche ne correspond à « acte ».');
      const button = $<HTMLButtonElement>(el, '[part~=empty] button')!;
      expect(words(button)).to.equal(fr.catalog.clearFilters);
      button.click();
      await settle(el);
      expect(select(el, 'theme')!.value).to.equal('');
      expect(ids(el)).to.have.members(['acte-naissance', 'acte-deces']);
    });

    const failures: [CivicErrorCode, string, boolean][] = [
      ['network', fr.common.errors.network, true],
      ['http', fr.common.errors.http, true],
      ['timeout', fr.common.errors.timeout, true],
      ['invalid-data', fr.catalog.invalid, true],
    ];
    for (const [code, message, retry] of failures) {
      it(`says ${code} clearly, with a retry button, and sends civic-error`, async () => {
        const adapter = catalogAdapter(procedures, { failWith: code });
        const provider = await fixture<CivicProvider>(
          html`<civic-provider .adapter=${adapter} lang="fr"></civic-provider>`,
        );
        const el = document.createElement('civic-catalog');
        const error = nextEvent<CivicErrorDetail>(el, 'civic-error');
        provider.append(el);
        expect((await error).detail.code).to.equal(code);
        await settle(el);
        expect(words($(el, '[part~=error]'))).to.equal(message);
        expect(!!$(el, '[part~=error] + button'), 'retry').to.equal(retry);
        expect(input(el), 'no search box without a catalog').to.equal(null);
        expectNoLeak(el);
        await expect(el).to.be.accessible();
      });
    }

    it('tries again with the retry button', async () => {
      let fail = true;
      const adapter = catalogAdapter(procedures);
      const list = adapter.listProcedures!;
      adapter.listProcedures = (q, o) => (fail ? Promise.reject(new CivicError('network', 'down')) : list(q, o));
      const el = await show({ adapter });
      expect(words($(el, '[part~=error]'))).to.equal(fr.common.errors.network);
      fail = false;
      $<HTMLButtonElement>(el, '[part~=error] + button')!.click();
      await until(el, () => ids(el).length === 8, 'the results');
    });

    it('says when the backend cannot list procedures (unsupported), without a retry button', async () => {
      const el = await show({ noList: true });
      expect(words($(el, '[part~=error]'))).to.equal(fr.common.errors.unsupported);
      expect($(el, 'button')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('gives up after the provider timeout', async () => {
      const el = await show({ delay: Infinity, timeout: 50 });
      await until(el, () => !!$(el, '[part~=error]'), 'the time-out');
      expect(words($(el, '[part~=error]'))).to.equal(fr.common.errors.timeout);
    });

    it('says there is nothing to list for an empty catalog', async () => {
      const el = await show({ procedures: [], noSearch: true });
      expect(words($(el, '[part~=empty]'))).to.equal(fr.catalog.results(0));
      await expect(el).to.be.accessible();
    });

    it('says there is no provider', async () => {
      const el = await fixture<CivicCatalog>(html`<civic-catalog></civic-catalog>`);
      await until(el, () => !!$(el, '[part~=error]'), 'the message');
      expect(words($(el, '[part~=error]'))).to.equal(fr.common.errors['no-provider']);
      await expect(el).to.be.accessible();
    });
  });

  describe('events', () => {
    it('sends civic-load with the procedures, themes and audiences', async () => {
      const adapter = catalogAdapter(procedures);
      const provider = await fixture<CivicProvider>(html`<civic-provider .adapter=${adapter}></civic-provider>`);
      const el = document.createElement('civic-catalog');
      const loaded = nextEvent<CatalogLoadDetail>(el, 'civic-load');
      provider.append(el);
      const { detail } = await loaded;
      expect(detail.procedures.map((p) => p.id)).to.deep.equal(procedures.map((p) => p.id));
      expect(detail.themes.map((t) => t.id)).to.deep.equal(['etat-civil', 'ecole', 'animaux']);
      expect(detail.audiences.map((a) => a.id)).to.deep.equal(['famille', 'senior']);
    });

    it('makes one listing call for two catalogs of a page', async () => {
      const adapter = catalogAdapter(procedures);
      const provider = await fixture<CivicProvider>(
        html`<civic-provider .adapter=${adapter}
          ><civic-catalog no-search></civic-catalog><civic-catalog></civic-catalog
        ></civic-provider>`,
      );
      const [a, b] = [...provider.querySelectorAll('civic-catalog')];
      await until(a, () => ids(a).length > 0 && ids(b).length > 0, 'both');
      expect(adapter.calls.filter((c) => c === 'listProcedures')).to.have.length(1);
    });
  });

  describe('languages', () => {
    it('speaks English, with the English texts of the catalog, and searches them', async () => {
      const el = await show({ lang: 'en' });
      expect(words($(el, '[part~=heading]'))).to.equal(en.catalog.heading);
      expect(words($(el, 'label[for=q]'))).to.equal(en.catalog.search);
      expect(titles(el)[1]).to.equal('Identity card and passport');
      expect(words($(el, '[part~=highlight]'))).to.equal('Elections: register by 5 March');
      expect(options(el, 'theme')[1]).to.equal('Civil status and documents (4)');
      await type(el, 'certificate');
      expect(ids(el)).to.have.members(['acte-naissance', 'acte-deces']);
      expect(counted(el)).to.equal('2 results for “certificate”');
      await saidOnce(el, '2 results for “certificate”');
      await expect(el).to.be.accessible();
    });

    it('follows a change of lang', async () => {
      const el = await show();
      el.closest('civic-provider')!.setAttribute('lang', 'en');
      await until(el, () => words($(el, '[part~=heading]')) === en.catalog.heading, 'English');
      expect(titles(el)[1]).to.equal('Identity card and passport');
    });
  });

  describe('bad data', () => {
    it('leaves out procedures that fail the check, with one console warning', async () => {
      const broken = [
        { id: 'no-title', online: { availability: 'none' } },
        { ...birth, id: 'evil', online: { availability: 'full', url: 'javascript:alert(1)' } },
        birth,
        birth,
      ];
      const { value: el, warnings } = await capturingWarnings(() => show({ procedures: broken, highlights: [] }));
      expect(ids(el)).to.deep.equal(['acte-naissance']);
      expect(warnings).to.have.length(1);
      expect(warnings[0])
        .to.contain('procedure "no-title" is left out')
        .and.to.contain('procedure "evil" is left out')
        .and.to.contain('repeats an id');
      expect(el.shadowRoot!.querySelector('[href^="javascript"]')).to.equal(null);
    });

    it('leaves out wrong themes, audiences, synonyms and highlights, and keeps the rest', async () => {
      const { value: el } = await capturingWarnings(() =>
        show({
          themes: [...themes, { id: 'bad', title: '<b>x</b>' }, 'nonsense'],
          audiences: 'not a list',
          synonyms: { papiers: 'carte' },
          highlights: [{ procedure: 'chien', until: 'demain' }, voteHighlight],
        }),
      );
      expect(options(el, 'theme')).to.have.length(4);
      expect(select(el, 'audience')).to.equal(null);
      expect(ids(el)[0]).to.equal('listes');
      expectNoLeak(el);
    });

    it('shows the results when the themes cannot be read', async () => {
      const adapter = catalogAdapter(procedures);
      adapter.getThemes = () => Promise.reject(new Error('themes down'));
      const { value: el, warnings } = await capturingWarnings(() => show({ adapter }));
      expect(ids(el)).to.deep.equal(DEFAULT_ORDER);
      expect(warnings.join('\n')).to.contain('themes: could not be read (themes down)');
    });
  });

  describe('data layer and static adapter', () => {
    it('catalogData says unsupported without listProcedures', async () => {
      const store = new ResourceStore(catalogAdapter(procedures, { noList: true }));
      const error = (await catalogData(store, new AbortController().signal).catch((e: unknown) => e)) as CivicError;
      expect(error.code).to.equal('unsupported');
    });

    it('the static adapter lists the file, its themes, audiences, synonyms and highlights', async () => {
      const adapter = new StaticAdapter({ src: demoSrc() });
      const signal = new AbortController().signal;
      const all = await adapter.listProcedures({}, { signal });
      expect(all).to.have.length(53);
      expect((await adapter.listProcedures({ theme: 'animaux' }, { signal })).map((p) => p.id)).to.deep.equal([
        'permis-chien-categorise',
        'chats-errants',
        'animal-perdu',
      ]);
      expect(
        (await adapter.listProcedures({ audience: 'association', text: 'Salle des FÊTES' }, { signal })).map(
          (p) => p.id,
        ),
      ).to.deep.equal(['location-salle']);
      expect(
        (await adapter.listProcedures({ text: '  salle  des fetes ' }, { signal })).map((p) => p.id),
        'accents and spaces ignored',
      ).to.deep.equal(['location-salle']);
      expect((await adapter.getThemes({ signal })).map((t) => t.id)).to.include('etat-civil');
      expect((await adapter.getAudiences({ signal })).map((a) => a.id)).to.include('famille');
      expect((await adapter.getSynonyms({ signal }))?.nounou).to.include('crèche');
      expect((await adapter.getHighlights({ signal }))?.[0].procedure).to.equal('inscription-listes-electorales');
      const data = await catalogData(new ResourceStore(adapter), signal);
      expect(data.procedures).to.have.length(53);
      expect(data.themes).to.have.length(10);
      expect(data.audiences).to.have.length(7);
      expect(data.highlights).to.have.length(3);
    });

    it('the static adapter still reads a catalog without themes, synonyms or highlights', async () => {
      const adapter = new StaticAdapter({ src: `/test/fixtures/small-catalog.json?catalog-test=${++unique}` });
      const signal = new AbortController().signal;
      const { value: data } = await capturingWarnings(() => catalogData(new ResourceStore(adapter), signal));
      expect(data.procedures.map((p) => p.id)).to.deep.equal(['full', 'partial', 'none']);
      expect(data.themes).to.deep.equal([]);
      expect(data.synonyms).to.deep.equal({});
      expect(data.highlights).to.deep.equal([]);
    });
  });
});
