import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { expect, waitFor } from 'storybook/test';
import '../src/index.js';
import { en } from '../src/localization/locales/en.js';
import type { Contact } from '../src/model.js';
import { bare, cityAdapter, everyContactKind, passport, storyProcedures, tuesdayMorning } from './data/procedures.js';
import { clock, elementSaying, inProvider, messagesFor, partsOf, spokenText, textIn, textOf } from './helpers.js';

interface InfoArgs {
  procedure?: string;
  'heading-level': number;
  now?: string;
}

/** The box as a page writes it, from the story's controls. */
const info = (args: InfoArgs): TemplateResult =>
  html`<civic-info
    procedure=${args.procedure || nothing}
    heading-level=${args['heading-level']}
    now=${args.now || nothing}
  ></civic-info>`;

/** The story's box, once it says `text`. */
const infoSaying = (canvasElement: HTMLElement, text: string) => elementSaying(canvasElement, 'civic-info', text);

/** The title of a contact as the box writes it: the city's label, or what kind of contact it is. */
const titleOf = (contact: Contact, lang: unknown) =>
  contact.label ? textIn(contact.label, lang) : messagesFor(lang).info.kinds[contact.kind];

/** The titles of the contacts shown, in order. */
/** The visible titles (a labelled contact also tells screen readers its kind, before the label). */
const titlesShown = (element: HTMLElement) =>
  partsOf(element, 'contact').map((entry) =>
    textOf(entry.querySelector('[role="heading"] > a, [role="heading"] > span:not(.visually-hidden)')),
  );

const meta: Meta<InfoArgs> = {
  title: 'Elements/Info',
  component: 'civic-info',
  decorators: [withActions],
  parameters: {
    actions: { handles: ['civic-load', 'civic-error'] },
    controls: { exclude: ['headingLevel'] },
    docs: {
      description: {
        component:
          'In these stories the box reads from an in-memory adapter given to a `<civic-provider>` around it, ' +
          'holding the demo catalog of Saint-Aurel-sur-Loire (France, Paris time). `now` fixes the moment of ' +
          `the help line's "open now" (${tuesdayMorning}, a Tuesday morning, by default).`,
      },
    },
  },
  argTypes: {
    procedure: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    now: { control: 'text' },
  },
  args: { procedure: passport.id, 'heading-level': 2, now: tuesdayMorning },
  render: (args) => inProvider(cityAdapter(storyProcedures), info(args)),
};
export default meta;

type Story = StoryObj<InfoArgs>;

/** A procedure page's "More information" box: the reference text, the FAQ, the help line and the town hall. */
export const Default: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const msg = messagesFor(globals.lang);
    const element = await infoSaying(canvasElement, msg.info.kinds.office);
    const heading = partsOf(element, 'heading')[0];
    await expect(textOf(heading)).toBe(msg.info.heading);
    await expect(heading.getAttribute('aria-level')).toBe(String(args['heading-level']));
    await expect(titlesShown(element)).toEqual(passport.information.map((c) => titleOf(c, globals.lang)));
    for (const title of element.shadowRoot!.querySelectorAll('[part~="contact"] [role="heading"]')) {
      await expect(title.getAttribute('aria-level')).toBe(String(args['heading-level'] + 1));
    }
    // The reference text: a link, with the site it is on.
    const [legal, , phone, office] = partsOf(element, 'contact');
    await expect(legal.querySelector('a')?.getAttribute('href')).toBe(passport.information[0].url);
    await expect(textOf(legal)).toContain('service-public.fr');
    // The help line: its number and whether it answers now.
    await expect(textOf(phone.querySelector('a[href="tel:+33261910010"]'))).toBe('02 61 91 00 10');
    await expect(textOf(phone.querySelector('[part~="hours-state"]'))).toBe(
      msg.hours.openUntil(clock('12:00', globals.lang)),
    );
    // The town hall: name, address, map, phone, hours.
    await expect(textOf(office)).toContain(textIn(passport.information[3].office!.name, globals.lang));
    await expect(textOf(office.querySelector('[part~="address"]'))).toContain('2 place de la Mairie');
    await expect(office.querySelector('a[href^="https://www.openstreetmap.org/"]')).not.toBeNull();
    await expect(office.querySelector('a[href="tel:+33261910000"]')).not.toBeNull();
    await expect(textOf(office.querySelector('[part~="hours-state"]'))).toBe(
      msg.hours.openUntil(clock('12:00', globals.lang)),
    );
  },
};

/** One contact of each kind: phone, e-mail, FAQ, guide, office, reference text, web page. */
export const EveryContactKind: Story = {
  args: { procedure: everyContactKind.id },
  play: async ({ canvasElement, globals }) => {
    const element = await infoSaying(canvasElement, messagesFor(globals.lang).info.kinds.office);
    await expect(titlesShown(element)).toEqual(everyContactKind.information.map((c) => titleOf(c, globals.lang)));
    const [phone, email, faq, guide, office, legal, web] = partsOf(element, 'contact');
    await expect(phone.querySelector('a[href^="tel:"]')).not.toBeNull();
    await expect(email.querySelector('a[href="mailto:etat-civil@saint-aurel.example"]')).not.toBeNull();
    for (const [entry, contact] of [
      [faq, 2],
      [guide, 3],
      [legal, 5],
      [web, 6],
    ] as const) {
      await expect(entry.querySelector('[role="heading"] a')?.getAttribute('href')).toBe(
        everyContactKind.information[contact].url,
      );
    }
    await expect(office.querySelector('[part~="address"]')).not.toBeNull();
  },
};

/** The procedure gives no other source of information. */
export const Empty: Story = {
  args: { procedure: bare.id },
  play: async ({ canvasElement, globals }) => {
    const element = await infoSaying(canvasElement, messagesFor(globals.lang).info.empty);
    await expect(partsOf(element, 'contact')).toHaveLength(0);
  },
};

/** The backend has not answered yet. */
export const Loading: Story = {
  render: (args) => inProvider(cityAdapter(storyProcedures, { delay: Infinity }), info(args)),
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await infoSaying(canvasElement, msg.common.loading);
    await expect(textOf(partsOf(element, 'heading')[0])).toBe(msg.info.heading);
    await expect(partsOf(element, 'base')[0].getAttribute('aria-busy')).toBe('true');
  },
};

export const NotFound: Story = {
  args: { procedure: 'carte-grise-2019' },
  play: async ({ canvasElement, globals }) => {
    const element = await infoSaying(canvasElement, messagesFor(globals.lang).common.errors['not-found']);
    await expect(element.shadowRoot!.querySelector('[role="status"]')).not.toBeNull();
  },
};

export const NetworkError: Story = {
  render: (args) => inProvider(cityAdapter(storyProcedures, { failWith: 'network' }), info(args)),
  play: async ({ canvasElement, globals }) => {
    await infoSaying(canvasElement, messagesFor(globals.lang).common.errors.network);
  },
};

/** The backend never answers; the provider gives up after its `timeout` (50 ms here). */
export const Timeout: Story = {
  render: (args) => inProvider(cityAdapter(storyProcedures, { delay: Infinity }), info(args), { timeout: 50 }),
  play: async ({ canvasElement, globals }) => {
    await infoSaying(canvasElement, messagesFor(globals.lang).common.errors.timeout);
  },
};

/** `procedure` is required: the box says which attribute is missing. */
export const MissingAttribute: Story = {
  args: { procedure: undefined },
  play: async ({ canvasElement, globals }) => {
    await infoSaying(canvasElement, messagesFor(globals.lang).common.errors['missing-attribute']('procedure'));
  },
};

/** The box speaks the language of its place in the page: here `lang="en"` on the provider. */
export const English: Story = {
  render: (args) => inProvider(cityAdapter(storyProcedures), info(args), { lang: 'en' }),
  play: async ({ canvasElement }) => {
    const element = await infoSaying(canvasElement, en.info.kinds.office);
    await expect(textOf(partsOf(element, 'heading')[0])).toBe(en.info.heading);
    await expect(titlesShown(element)).toEqual(passport.information.map((c) => titleOf(c, 'en')));
    await expect(spokenText(element)).toContain(en.info.kinds.office);
    await expect(spokenText(element)).toContain(en.hours.openUntil(clock('12:00', 'en')));
  },
};

/** In a 320 px sidebar, every contact stays inside the column. */
export const NarrowColumn: Story = {
  args: { procedure: everyContactKind.id },
  render: (args) =>
    html`<aside style="inline-size: 320px; box-sizing: border-box">
      ${inProvider(cityAdapter(storyProcedures), info(args))}
    </aside>`,
  play: async ({ canvasElement, globals }) => {
    const element = await infoSaying(canvasElement, messagesFor(globals.lang).info.kinds.office);
    const column = canvasElement.querySelector('aside')!.getBoundingClientRect();
    const base = partsOf(element, 'base')[0];
    await expect(base.getBoundingClientRect().right).toBeLessThanOrEqual(column.right + 0.5);
    await waitFor(() => expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth));
    for (const entry of partsOf(element, 'contact'))
      await expect(entry.getBoundingClientRect().right).toBeLessThanOrEqual(column.right + 0.5);
  },
};
