import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { expect, waitFor } from 'storybook/test';
import '../src/index.js';
import { en } from '../src/localization/locales/en.js';
import type { Procedure } from '../src/model.js';
import { memoryAdapter } from '../test/harness/memory-adapter.js';
import { birthCertificate, dogLicence, passport, sampleProcedures } from '../test/harness/sample-procedures.js';
import { badgesIn, inProvider, messagesFor, spokenText, textIn } from './helpers.js';

interface BadgeArgs {
  procedure?: string;
  variant: 'default' | 'compact';
  'no-link': boolean;
}

/** The badge as a page writes it, from the story's controls. */
const badge = (args: BadgeArgs): TemplateResult =>
  html`<civic-online-badge
    procedure=${args.procedure || nothing}
    variant=${args.variant}
    ?no-link=${args['no-link']}
  ></civic-online-badge>`;

/** The first badge of the story, once it says `text` (data arrives asynchronously). */
async function badgeSaying(canvasElement: HTMLElement, text: string): Promise<HTMLElement> {
  const [element] = badgesIn(canvasElement);
  await waitFor(() => expect(spokenText(element)).toContain(text));
  return element;
}

const meta: Meta<BadgeArgs> = {
  title: 'Elements/Online badge',
  component: 'civic-online-badge',
  decorators: [withActions],
  parameters: {
    actions: { handles: ['civic-load', 'civic-error'] },
    // `noLink` is the property behind the `no-link` attribute: one control is enough.
    controls: { exclude: ['noLink'] },
    docs: {
      description: {
        component:
          'In these stories the badge reads from an in-memory adapter given to a `<civic-provider>` ' +
          `around it, holding three procedures: \`${birthCertificate.id}\` (fully online), \`${passport.id}\` ` +
          `(partly online) and \`${dogLicence.id}\` (not online). Use the toolbar to switch the language and the colour scheme.`,
      },
    },
  },
  argTypes: {
    procedure: { control: 'text' },
    variant: { control: 'inline-radio', options: ['default', 'compact'] },
    'no-link': { control: 'boolean' },
  },
  args: { procedure: birthCertificate.id, variant: 'default', 'no-link': false },
  render: (args) => inProvider(memoryAdapter(sampleProcedures), badge(args)),
};
export default meta;

type Story = StoryObj<BadgeArgs>;

export const FullyOnline: Story = {
  play: async ({ canvasElement, globals }) => {
    const element = await badgeSaying(canvasElement, messagesFor(globals.lang).badge.full);
    // A link to the online service, named after the procedure for screen readers.
    const link = element.shadowRoot!.querySelector('a');
    await expect(link?.getAttribute('href')).toBe(birthCertificate.online.url);
    await expect(spokenText(element)).toContain(textIn(birthCertificate.title, globals.lang));
  },
};

export const PartlyOnline: Story = {
  args: { procedure: passport.id },
  play: async ({ canvasElement, globals }) => {
    const element = await badgeSaying(canvasElement, messagesFor(globals.lang).badge.partial);
    await expect(element.shadowRoot!.querySelector('a')?.getAttribute('href')).toBe(passport.online.url);
  },
};

export const NotOnline: Story = {
  args: { procedure: dogLicence.id },
  play: async ({ canvasElement, globals }) => {
    const element = await badgeSaying(canvasElement, messagesFor(globals.lang).badge.none);
    // Nothing to do online: no link.
    await expect(element.shadowRoot!.querySelector('a')).toBeNull();
  },
};

/** The compact wording, for lists: a theme page listing its procedures. */
export const Compact: Story = {
  args: { variant: 'compact' },
  render: (args, { globals }) =>
    inProvider(
      memoryAdapter(sampleProcedures),
      html`<h2 style="font-size: 1.25rem; margin: 0 0 0.5rem">
          ${globals.lang === 'en' ? 'Civil status' : 'État civil'}
        </h2>
        <ul style="list-style: none; margin: 0; padding: 0; max-inline-size: 40rem">
          ${sampleProcedures.map(
            (procedure) =>
              html`<li
                style="display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem; padding: 0.6rem 0; border-block-end: 1px solid #c5ced8"
              >
                <span>${textIn(procedure.title, globals.lang)}</span>
                ${badge({ ...args, procedure: procedure.id })}
              </li>`,
          )}
        </ul>`,
    ),
  play: async ({ canvasElement, globals }) => {
    const { badge: labels } = messagesFor(globals.lang);
    // Compact shows short words but screen readers hear the full status.
    const expected = [labels.partial, labels.full, labels.none]; // passport, birth certificate, dog licence
    const elements = badgesIn(canvasElement);
    await expect(elements).toHaveLength(3);
    await waitFor(() => expect(elements.map((e) => spokenText(e).split(',')[0])).toEqual(expected));
  },
};

/** The status only, without the link to the online service (`no-link`). */
export const NoLink: Story = {
  args: { 'no-link': true },
  play: async ({ canvasElement, globals }) => {
    const element = await badgeSaying(canvasElement, messagesFor(globals.lang).badge.full);
    await expect(element.shadowRoot!.querySelector('a')).toBeNull();
  },
};

/** The backend has not answered yet. The badge keeps the size it will have once loaded. */
export const Loading: Story = {
  render: (args) => inProvider(memoryAdapter(sampleProcedures, { delay: Infinity }), badge(args)),
  play: async ({ canvasElement, globals }) => {
    const element = await badgeSaying(canvasElement, messagesFor(globals.lang).common.loading);
    await expect(element.shadowRoot!.querySelector('[aria-busy="true"]')).not.toBeNull();
  },
};

export const NotFound: Story = {
  args: { procedure: 'carte-grise-2019' },
  play: async ({ canvasElement, globals }) => {
    await badgeSaying(canvasElement, messagesFor(globals.lang).common.errors['not-found']);
  },
};

export const NetworkError: Story = {
  render: (args) => inProvider(memoryAdapter(sampleProcedures, { failWith: 'network' }), badge(args)),
  play: async ({ canvasElement, globals }) => {
    await badgeSaying(canvasElement, messagesFor(globals.lang).common.errors.network);
  },
};

/** The backend never answers; the provider gives up after its `timeout` (50 ms here, 8 s by default). */
export const Timeout: Story = {
  render: (args) => inProvider(memoryAdapter(sampleProcedures, { delay: Infinity }), badge(args), { timeout: 50 }),
  play: async ({ canvasElement, globals }) => {
    await badgeSaying(canvasElement, messagesFor(globals.lang).common.errors.timeout);
  },
};

/**
 * A catalog entry with a `javascript:` link and HTML in its title: the procedure is refused
 * as a whole, nothing of it reaches the page.
 */
const hostileProcedure = {
  ...birthCertificate,
  id: 'acte-deces',
  title: { fr: 'Acte de décès <img src=x onerror=alert(1)>', en: 'Death certificate <img src=x onerror=alert(1)>' },
  online: { availability: 'full', url: 'javascript:alert(1)' },
} satisfies Procedure;

export const InvalidData: Story = {
  args: { procedure: hostileProcedure.id },
  render: (args) => inProvider(memoryAdapter([hostileProcedure]), badge(args)),
  play: async ({ canvasElement, globals }) => {
    const element = await badgeSaying(canvasElement, messagesFor(globals.lang).common.errors['invalid-data']);
    await expect(element.shadowRoot!.querySelector('a, img')).toBeNull();
    await expect(canvasElement.querySelector('img')).toBeNull();
  },
};

/** `procedure` is required: the badge says which attribute is missing. */
export const MissingAttribute: Story = {
  args: { procedure: undefined },
  play: async ({ canvasElement, globals }) => {
    await badgeSaying(canvasElement, messagesFor(globals.lang).common.errors['missing-attribute']('procedure'));
  },
};

/** The badge speaks the language of its place in the page: here `lang="en"` on the provider. */
export const English: Story = {
  render: (args) => inProvider(memoryAdapter(sampleProcedures), badge(args), { lang: 'en' }),
  play: async ({ canvasElement }) => {
    const element = await badgeSaying(canvasElement, en.badge.full);
    await expect(spokenText(element)).toContain(en.badge.go(textIn(birthCertificate.title, 'en')));
  },
};

/** A city's colours, set once on the page through the `--civic-*` custom properties (both colour schemes). */
const cityColours = {
  '--civic-color-accent': 'light-dark(#6a1b4d, #f2a7d3)',
  '--civic-color-online': 'light-dark(#00695c, #4fd1b5)',
  '--civic-color-partial': 'light-dark(#8a4b00, #ffc37a)',
  '--civic-color-offline': 'light-dark(#4d5866, #b4c0cc)',
  '--civic-color-border': 'light-dark(#b9a3b2, #6b5563)',
};
const cityStyle = Object.entries(cityColours)
  .map(([name, value]) => `${name}: ${value}`)
  .join('; ');

export const Themed: Story = {
  render: (args) =>
    html`<div style=${cityStyle}>
      ${inProvider(
        memoryAdapter(sampleProcedures),
        html`<p style="display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 0">
          ${sampleProcedures.map((procedure) => badge({ ...args, procedure: procedure.id }))}
        </p>`,
      )}
    </div>`,
  play: async ({ canvasElement, globals }) => {
    const [, full] = badgesIn(canvasElement);
    await waitFor(() => expect(spokenText(full)).toContain(messagesFor(globals.lang).badge.full));
    // The city's "online" colour reaches the badge's border through the shadow root.
    const base = full.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    await expect(getComputedStyle(base).borderTopColor).toBe(
      globals.scheme === 'dark' ? 'rgb(79, 209, 181)' : 'rgb(0, 105, 92)',
    );
  },
};

/** In a 320 px sidebar, the badge stays inside its column. */
export const NarrowColumn: Story = {
  args: { procedure: passport.id },
  render: (args, { globals }) =>
    html`<aside
      style="inline-size: 320px; box-sizing: border-box; padding: 1rem; border: 1px solid #c5ced8; border-radius: 0.5rem"
    >
      ${inProvider(
        memoryAdapter(sampleProcedures),
        html`<h2 style="font-size: 1.125rem; margin: 0 0 0.5rem">${textIn(passport.title, globals.lang)}</h2>
          <p style="margin: 0 0 0.75rem">${textIn(passport.summary!, globals.lang)}</p>
          ${badge(args)}`,
      )}
    </aside>`,
  play: async ({ canvasElement, globals }) => {
    const element = await badgeSaying(canvasElement, messagesFor(globals.lang).badge.partial);
    const column = canvasElement.querySelector('aside')!.getBoundingClientRect();
    const box = element.shadowRoot!.querySelector('[part~="base"]')!.getBoundingClientRect();
    await expect(box.right).toBeLessThanOrEqual(column.right);
  },
};

/** The three statuses with the page in dark mode (the toolbar's colour scheme, fixed here so axe checks the dark colours). */
export const DarkScheme: Story = {
  globals: { scheme: 'dark' },
  render: (args) =>
    inProvider(
      memoryAdapter(sampleProcedures),
      html`<p style="display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 0">
        ${sampleProcedures.map((procedure) => badge({ ...args, procedure: procedure.id }))}
      </p>`,
    ),
  play: async ({ canvasElement, globals }) => {
    const labels = messagesFor(globals.lang).badge;
    const elements = badgesIn(canvasElement);
    await waitFor(() =>
      expect(elements.map((e) => spokenText(e).split(',')[0])).toEqual([labels.partial, labels.full, labels.none]),
    );
  },
};
