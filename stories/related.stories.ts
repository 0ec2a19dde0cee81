import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { expect, waitFor } from 'storybook/test';
import '../src/index.js';
import { en } from '../src/localization/locales/en.js';
import { bare, catalogProcedure, cityAdapter, storyProcedures, unknownRelated } from './data/procedures.js';
import { elementSaying, inProvider, messagesFor, partsOf, spokenText, textIn, textOf } from './helpers.js';

interface RelatedArgs {
  procedure?: string;
  'heading-level': number;
  'link-template'?: string;
}

/** The box as a page writes it, from the story's controls. */
const related = (args: RelatedArgs): TemplateResult =>
  html`<civic-related
    procedure=${args.procedure || nothing}
    heading-level=${args['heading-level']}
    link-template=${args['link-template'] || nothing}
  ></civic-related>`;

/** The story's box, once it says `text`. */
const relatedSaying = (canvasElement: HTMLElement, text: string) => elementSaying(canvasElement, 'civic-related', text);

/** Marriage: related to the PACS (partly online), the marriage certificate (fully online) and renting a hall (partly online). */
const wedding = catalogProcedure('mariage');
const relatedOf = (id: string) => catalogProcedure(id).related.map(catalogProcedure);

/** The links to the related procedures, in order. */
const linksIn = (element: HTMLElement) => partsOf(element, 'link') as HTMLAnchorElement[];

/** The compact online badges of the related procedures (each in its own shadow root). */
const badgesIn = (element: HTMLElement) => [...element.shadowRoot!.querySelectorAll<HTMLElement>('civic-online-badge')];

/** What a badge says first: its status. */
const statusOf = (badge: HTMLElement) => spokenText(badge).split(',')[0];

const meta: Meta<RelatedArgs> = {
  title: 'Elements/Related',
  component: 'civic-related',
  decorators: [withActions],
  parameters: {
    actions: { handles: ['civic-load', 'civic-error'] },
    // The properties behind the attributes, and `now`, which this box does not use.
    controls: { exclude: ['headingLevel', 'linkTemplate', 'now'] },
    docs: {
      description: {
        component:
          'In these stories the box reads from an in-memory adapter given to a `<civic-provider>` around it, ' +
          'holding the demo catalog of Saint-Aurel-sur-Loire. Each related procedure comes with its online ' +
          'badge (compact), read from the same provider.',
      },
    },
  },
  argTypes: {
    procedure: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    'link-template': { control: 'text' },
  },
  args: { procedure: wedding.id, 'heading-level': 2, 'link-template': '' },
  render: (args) => inProvider(cityAdapter(storyProcedures), related(args)),
};
export default meta;

type Story = StoryObj<RelatedArgs>;

/** A procedure page's "Related procedures" box: links to the catalog's pages, with their online status. */
export const Default: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const msg = messagesFor(globals.lang);
    const expected = relatedOf(wedding.id);
    const element = await relatedSaying(canvasElement, textIn(expected[0].title, globals.lang));
    const heading = partsOf(element, 'heading')[0];
    await expect(textOf(heading)).toBe(msg.related.heading);
    await expect(heading.getAttribute('aria-level')).toBe(String(args['heading-level']));
    const links = linksIn(element);
    await expect(links.map(textOf)).toEqual(expected.map((p) => textIn(p.title, globals.lang)));
    await expect(links.map((a) => a.getAttribute('href'))).toEqual(expected.map((p) => p.url));
    // Each one's online status, from its own badge.
    const badges = badgesIn(element);
    const status = { full: msg.badge.full, partial: msg.badge.partial, none: msg.badge.none };
    await waitFor(() => expect(badges.map(statusOf)).toEqual(expected.map((p) => status[p.online.availability])));
  },
};

/** `link-template` sends readers to the city's own pages (`/demarches/{id}`) rather than the catalog's `url`s. */
export const WithLinkTemplate: Story = {
  args: { 'link-template': '/demarches/{id}' },
  play: async ({ canvasElement, globals }) => {
    const expected = relatedOf(wedding.id);
    const element = await relatedSaying(canvasElement, textIn(expected[0].title, globals.lang));
    await expect(linksIn(element).map((a) => a.getAttribute('href'))).toEqual(
      expected.map((p) => new URL(`/demarches/${p.id}`, location.href).href),
    );
  },
};

/** One related id the backend does not know ("carte-grise-2019"): it is left out, the others are shown. */
export const UnknownRelatedSkipped: Story = {
  args: { procedure: unknownRelated.id },
  play: async ({ canvasElement, globals }) => {
    const known = ['acte-naissance', 'recensement-citoyen'].map(catalogProcedure);
    const element = await relatedSaying(canvasElement, textIn(known[1].title, globals.lang));
    await expect(partsOf(element, 'item')).toHaveLength(2);
    await expect(linksIn(element).map(textOf)).toEqual(known.map((p) => textIn(p.title, globals.lang)));
    await expect(spokenText(element)).not.toContain('carte-grise-2019');
    await expect(element.shadowRoot!.querySelector('[role="status"]')).toBeNull();
  },
};

/** The procedure has no related procedures. */
export const Empty: Story = {
  args: { procedure: bare.id },
  play: async ({ canvasElement, globals }) => {
    const element = await relatedSaying(canvasElement, messagesFor(globals.lang).related.empty);
    await expect(partsOf(element, 'item')).toHaveLength(0);
  },
};

/** The backend has not answered yet. */
export const Loading: Story = {
  render: (args) => inProvider(cityAdapter(storyProcedures, { delay: Infinity }), related(args)),
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await relatedSaying(canvasElement, msg.common.loading);
    await expect(textOf(partsOf(element, 'heading')[0])).toBe(msg.related.heading);
    await expect(partsOf(element, 'base')[0].getAttribute('aria-busy')).toBe('true');
  },
};

export const NotFound: Story = {
  args: { procedure: 'carte-grise-2019' },
  play: async ({ canvasElement, globals }) => {
    const element = await relatedSaying(canvasElement, messagesFor(globals.lang).common.errors['not-found']);
    await expect(element.shadowRoot!.querySelector('[role="status"]')).not.toBeNull();
  },
};

export const NetworkError: Story = {
  render: (args) => inProvider(cityAdapter(storyProcedures, { failWith: 'network' }), related(args)),
  play: async ({ canvasElement, globals }) => {
    await relatedSaying(canvasElement, messagesFor(globals.lang).common.errors.network);
  },
};

/** The backend never answers; the provider gives up after its `timeout` (50 ms here). */
export const Timeout: Story = {
  render: (args) => inProvider(cityAdapter(storyProcedures, { delay: Infinity }), related(args), { timeout: 50 }),
  play: async ({ canvasElement, globals }) => {
    await relatedSaying(canvasElement, messagesFor(globals.lang).common.errors.timeout);
  },
};

/** `procedure` is required: the box says which attribute is missing. */
export const MissingAttribute: Story = {
  args: { procedure: undefined },
  play: async ({ canvasElement, globals }) => {
    await relatedSaying(canvasElement, messagesFor(globals.lang).common.errors['missing-attribute']('procedure'));
  },
};

/** The box and its badges speak the language of their place in the page: here `lang="en"` on the provider. */
export const English: Story = {
  render: (args) => inProvider(cityAdapter(storyProcedures), related(args), { lang: 'en' }),
  play: async ({ canvasElement }) => {
    const expected = relatedOf(wedding.id);
    const element = await relatedSaying(canvasElement, textIn(expected[0].title, 'en'));
    await expect(textOf(partsOf(element, 'heading')[0])).toBe(en.related.heading);
    await expect(linksIn(element).map(textOf)).toEqual(expected.map((p) => textIn(p.title, 'en')));
    const status = { full: en.badge.full, partial: en.badge.partial, none: en.badge.none };
    await waitFor(() =>
      expect(badgesIn(element).map(statusOf)).toEqual(expected.map((p) => status[p.online.availability])),
    );
  },
};
