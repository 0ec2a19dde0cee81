import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { expect, userEvent, waitFor } from 'storybook/test';
import demoCatalog from '../demo/data/catalog.json';
import '../src/index.js';
import '../src/catalog/define.js';
import type { CatalogHighlight } from '../src/data/catalog-store.js';
import { en } from '../src/localization/locales/en.js';
import type { AdapterCallOptions, Audience, CivicAdapter, City, Procedure, Theme } from '../src/model.js';
import { memoryAdapter, type MemoryAdapterOptions } from '../test/harness/memory-adapter.js';
import { catalogProcedure, catalogProcedures, city } from './data/procedures.js';
import {
  elementSaying,
  inProvider,
  messagesFor,
  partsOf,
  spokenText,
  textIn,
  textOf,
  unsafeMarkupIn,
} from './helpers.js';

interface CatalogArgs {
  theme?: string;
  audience?: string;
  limit?: number;
  'no-search': boolean;
  'heading-level': number;
  'link-template'?: string;
  now?: string;
}

/** Monday 23 November 2026, 10:00 in Paris: the elections and school enrolment highlights are on, the heatwave one is past. */
const NOW = '2026-11-23T09:00:00Z';

const raw = demoCatalog as unknown as {
  themes: Theme[];
  audiences: Audience[];
  synonyms: Record<string, string[]>;
  highlights: CatalogHighlight[];
};

interface BackendOptions extends MemoryAdapterOptions {
  procedures?: readonly unknown[];
  /** Leaves `listProcedures` out: a backend that cannot list procedures. */
  noList?: boolean;
}

/**
 * The demo catalog of Saint-Aurel-sur-Loire in memory, as a backend that lists its procedures,
 * themes, audiences, synonyms and highlights. `delay` and `failWith` apply to every call.
 */
function backend(options: BackendOptions = {}): CivicAdapter {
  const procedures = options.procedures ?? catalogProcedures();
  const memory = memoryAdapter(procedures, options);
  // Every answer goes through the memory adapter, for its delay, failure and abort.
  const answer = <T>(value: T, callOptions: AdapterCallOptions) =>
    memoryAdapter([{ id: 'answer', value }], options)
      .getProcedure('answer', callOptions)
      .then((p) => (p as unknown as { value: T }).value);
  const adapter: CivicAdapter & Record<string, unknown> = {
    getProcedure: (id, o) => memory.getProcedure(id, o),
    getCity: (o) => answer(city as Partial<City>, o),
    getThemes: (o) => answer(raw.themes, o),
    getAudiences: (o) => answer(raw.audiences, o),
    getSynonyms: (o: AdapterCallOptions) => answer(raw.synonyms, o),
    getHighlights: (o: AdapterCallOptions) => answer(raw.highlights, o),
  };
  if (!options.noList) adapter.listProcedures = (_query, o) => answer(procedures as Procedure[], o);
  return adapter;
}

/** The element as a page writes it, from the story's controls. */
const catalog = (args: CatalogArgs): TemplateResult =>
  html`<civic-catalog
    theme=${args.theme || nothing}
    audience=${args.audience || nothing}
    limit=${args.limit ?? nothing}
    ?no-search=${args['no-search']}
    heading-level=${args['heading-level']}
    link-template=${args['link-template'] || nothing}
    now=${args.now || nothing}
  ></civic-catalog>`;

const catalogSaying = (canvasElement: HTMLElement, text: string) => elementSaying(canvasElement, 'civic-catalog', text);
const searchBox = (element: HTMLElement) => element.shadowRoot!.querySelector<HTMLInputElement>('input#q')!;
const filter = (element: HTMLElement, name: 'theme' | 'audience') =>
  element.shadowRoot!.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
/** The ids of the results, in order (each result's badge names its procedure). */
const shown = (element: HTMLElement) =>
  partsOf(element, 'result').map((li) => li.querySelector('civic-online-badge')!.getAttribute('procedure'));
const announced = (element: HTMLElement) => textOf(element.shadowRoot!.querySelector('section > [role="status"]'));
const focused = (element: HTMLElement) => element.shadowRoot!.activeElement;

/** The procedures put first on 23 November 2026, then the most requested. */
const firstByDefault = [
  'inscription-listes-electorales',
  'inscription-scolaire',
  'carte-identite-passeport',
  'restauration-scolaire',
];

const meta: Meta<CatalogArgs> = {
  title: 'Elements/Catalog',
  component: 'civic-catalog',
  decorators: [withActions],
  parameters: {
    actions: { handles: ['civic-load', 'civic-error', 'civic-search'] },
    // The properties behind the attributes, and url-state, which would write into Storybook's own URL.
    controls: { exclude: ['headingLevel', 'linkTemplate', 'noSearch', 'urlState', 'url-state'] },
    docs: {
      description: {
        component:
          'In these stories the catalog reads from an in-memory backend given to a `<civic-provider>` around it, holding ' +
          'the demo catalog of Saint-Aurel-sur-Loire (53 procedures, 10 themes, 7 profiles, its synonyms and highlights). ' +
          `\`now\` is ${NOW} so that the highlights do not change with the clock. On a real page, \`url-state\` keeps the ` +
          'search in the page URL (`?q=…&theme=…`).',
      },
    },
  },
  argTypes: {
    theme: { control: 'select', options: ['', ...raw.themes.map((t) => t.id)] },
    audience: { control: 'select', options: ['', ...raw.audiences.map((a) => a.id)] },
    limit: { control: { type: 'number', min: 1, max: 60, step: 1 } },
    'no-search': { control: 'boolean' },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    'link-template': { control: 'text' },
    now: { control: 'text' },
  },
  args: {
    theme: '',
    audience: '',
    limit: 10,
    'no-search': false,
    'heading-level': 2,
    'link-template': '/demarches/{id}',
    now: NOW,
  },
  render: (args) => inProvider(backend(), catalog(args)),
};
export default meta;

type Story = StoryObj<CatalogArgs>;

/** Nothing typed: the city's highlights first (until their date), then the most requested procedures. */
export const Default: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const msg = messagesFor(globals.lang);
    const element = await catalogSaying(canvasElement, msg.catalog.popular);
    await expect(textOf(partsOf(element, 'heading')[0])).toBe(msg.catalog.heading);
    await expect(partsOf(element, 'heading')[0].getAttribute('aria-level')).toBe(String(args['heading-level']));
    await expect(shown(element).slice(0, 4)).toEqual(firstByDefault);
    await expect(shown(element)).toHaveLength(args.limit!);
    const highlight = partsOf(element, 'highlight')[0];
    await expect(textOf(highlight)).toBe(textIn(raw.highlights[0].label!, globals.lang));
    await expect(partsOf(element, 'link')[2].getAttribute('href')).toBe(
      new URL('/demarches/carte-identite-passeport', location.href).href,
    );
  },
};

/** Julie types "passeport": results as she types, the matched words marked, the count said to screen readers. */
export const Searching: Story = {
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await catalogSaying(canvasElement, msg.catalog.popular);
    const word = globals.lang === 'en' ? 'passport' : 'passeport';
    await userEvent.type(searchBox(element), word);
    await waitFor(() => expect(shown(element)[0]).toBe('carte-identite-passeport'));
    const marks = [...partsOf(element, 'result')[0].querySelectorAll('mark')].map(textOf);
    await expect(marks.map((m) => m.toLowerCase())).toContain(word);
    await waitFor(() => expect(announced(element)).toBe(msg.catalog.resultsFor(shown(element).length, word)));
    await expect(focused(element)).toBe(searchBox(element));
  },
};

/** The catalog's synonyms: "nounou" (what citizens say) finds the nursery ("crèche", "assistante maternelle"). */
export const Synonyms: Story = {
  play: async ({ canvasElement, globals }) => {
    const element = await catalogSaying(canvasElement, messagesFor(globals.lang).catalog.popular);
    await userEvent.type(searchBox(element), 'nounou');
    await waitFor(() => expect(shown(element)).toContain('creche'));
  },
};

/** Themes and profiles filter the results together; each choice says how many results it gives. */
export const Filtered: Story = {
  args: { theme: 'famille-ecole' },
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await catalogSaying(canvasElement, msg.catalog.results(8));
    await expect(filter(element, 'theme').value).toBe('famille-ecole');
    await userEvent.selectOptions(filter(element, 'audience'), 'nouvel-habitant');
    await waitFor(() => expect(shown(element)).toEqual(['inscription-scolaire', 'creche']));
    const themeOptions = [...filter(element, 'theme').options].map(textOf);
    await expect(themeOptions[0]).toBe(`${msg.catalog.allThemes} (9)`);
    await waitFor(() => expect(announced(element)).toBe(msg.catalog.results(2)));
  },
};

/** From the box, the down arrow goes through the results (each also a Tab stop); Escape clears what is typed and goes back to the box. */
export const Keyboard: Story = {
  play: async ({ canvasElement, globals }) => {
    const element = await catalogSaying(canvasElement, messagesFor(globals.lang).catalog.popular);
    const box = searchBox(element);
    await userEvent.type(box, globals.lang === 'en' ? 'certificate' : 'acte');
    await waitFor(() => expect(shown(element).length).toBeGreaterThan(1));
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    const links = partsOf(element, 'link');
    await expect(focused(element)).toBe(links[1]);
    // Every result is a Tab stop too (a list of links is not a composite widget); the arrows are a shortcut.
    await expect(links.every((a) => a.tabIndex === 0)).toBe(true);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(focused(element)).toBe(box));
    await expect(box.value).toBe('');
  },
};

/** Nothing matches: suggestions, and a button that clears the search. */
export const NoResults: Story = {
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await catalogSaying(canvasElement, msg.catalog.popular);
    await userEvent.type(searchBox(element), 'zxqwv');
    await waitFor(() => expect(spokenText(element)).toContain(msg.catalog.none('zxqwv')));
    const empty = partsOf(element, 'empty')[0];
    await expect([...empty.querySelectorAll('li')].map(textOf)).toEqual(msg.catalog.tips);
    await expect(textOf(empty.querySelector('button'))).toBe(msg.catalog.clearSearch);
  },
};

/** Nothing matches in the theme chosen: the button clears the filters. */
export const NoResultsInTheme: Story = {
  args: { theme: 'animaux' },
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await catalogSaying(canvasElement, msg.catalog.results(3));
    await userEvent.type(searchBox(element), globals.lang === 'en' ? 'passport' : 'passeport');
    const button = await waitFor(async () => {
      const found = partsOf(element, 'empty')[0]?.querySelector('button');
      await expect(textOf(found)).toBe(msg.catalog.clearFilters);
      return found!;
    });
    await userEvent.click(button);
    await waitFor(() => expect(shown(element)[0]).toBe('carte-identite-passeport'));
    await expect(focused(element)).toBe(searchBox(element));
  },
};

/** The home page's block: `no-search`, the 8 most requested (the highlights first), linking to the city's pages. */
export const MostRequested: Story = {
  args: { 'no-search': true, limit: 8, 'link-template': 'procedure.html?id={id}' },
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await catalogSaying(
      canvasElement,
      textIn(catalogProcedure('carte-identite-passeport').title, globals.lang),
    );
    await expect(textOf(partsOf(element, 'heading')[0])).toBe(msg.catalog.popular);
    await expect(shown(element)).toHaveLength(8);
    await expect(element.shadowRoot!.querySelector('input, select, [part~="more"]')).toBeNull();
  },
};

/** After the elections' deadline (6 March 2027, Paris time) its highlight is gone by itself. */
export const HighlightExpired: Story = {
  args: { now: '2027-03-05T23:30:00Z' },
  play: async ({ canvasElement, globals }) => {
    const element = await catalogSaying(canvasElement, messagesFor(globals.lang).catalog.popular);
    await expect(shown(element)[0]).toBe('inscription-scolaire');
    await expect(partsOf(element, 'highlight')).toHaveLength(1);
  },
};

/** The backend has not answered yet: the box keeps the room of the results, the reader can already type. */
export const Loading: Story = {
  render: (args) => inProvider(backend({ delay: Infinity }), catalog(args)),
  play: async ({ canvasElement, globals }) => {
    const element = await catalogSaying(canvasElement, messagesFor(globals.lang).common.loading);
    await expect(element.shadowRoot!.querySelectorAll('.ghost')).toHaveLength(10);
    await expect(searchBox(element).disabled).toBe(false);
  },
};

export const NetworkError: Story = {
  render: (args) => inProvider(backend({ failWith: 'network' }), catalog(args)),
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await catalogSaying(canvasElement, msg.common.errors.network);
    await expect(textOf(partsOf(element, 'error')[0].nextElementSibling)).toBe(msg.catalog.retry);
  },
};

/** The backend never answers; the provider gives up after its `timeout` (50 ms here). */
export const Timeout: Story = {
  render: (args) => inProvider(backend({ delay: Infinity }), catalog(args), { timeout: 50 }),
  play: async ({ canvasElement, globals }) => {
    await catalogSaying(canvasElement, messagesFor(globals.lang).common.errors.timeout);
  },
};

/** A backend that cannot list its procedures (no `listProcedures`). */
export const Unsupported: Story = {
  render: (args) => inProvider(backend({ noList: true }), catalog(args)),
  play: async ({ canvasElement, globals }) => {
    const element = await catalogSaying(canvasElement, messagesFor(globals.lang).common.errors.unsupported);
    await expect(element.shadowRoot!.querySelector('button, input')).toBeNull();
  },
};

/**
 * A hostile or broken catalog: HTML in a title, a `javascript:` link, a procedure without a
 * title. They are left out (one console warning); the others are shown, as text.
 */
export const BadData: Story = {
  render: (args) => {
    const passport = catalogProcedure('carte-identite-passeport');
    const procedures = [
      { ...passport, id: 'titre-html', title: '<img src=x onerror="window.__pwned=1">Passeport' },
      { ...passport, id: 'lien-piege', online: { availability: 'full', url: 'javascript:alert(1)' } },
      { ...passport, id: 'sans-titre', title: undefined },
      catalogProcedure('acte-naissance'),
      passport,
    ];
    return inProvider(backend({ procedures }), catalog(args));
  },
  play: async ({ canvasElement, globals }) => {
    const element = await catalogSaying(canvasElement, textIn(catalogProcedure('acte-naissance').title, globals.lang));
    await expect(shown(element)).toEqual(['carte-identite-passeport', 'acte-naissance']);
    await expect(unsafeMarkupIn(element)).toEqual([]);
    await expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  },
};

/** The element speaks the language of its place in the page: here `lang="en"` on the provider. */
export const English: Story = {
  render: (args) => inProvider(backend(), catalog(args), { lang: 'en' }),
  play: async ({ canvasElement }) => {
    const element = await catalogSaying(canvasElement, en.catalog.popular);
    await expect(textOf(partsOf(element, 'heading')[0])).toBe(en.catalog.heading);
    await expect(textOf(partsOf(element, 'link')[2])).toBe('National identity card and passport');
    await userEvent.type(searchBox(element), 'birth');
    await waitFor(() => expect(shown(element)[0]).toBe('acte-naissance'));
  },
};
