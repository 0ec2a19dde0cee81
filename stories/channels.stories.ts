import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { expect, waitFor } from 'storybook/test';
import '../src/index.js';
import { en } from '../src/localization/locales/en.js';
import type { ChannelKind } from '../src/model.js';
import {
  armisticeDay,
  badData,
  bare,
  cityAdapter,
  directoryCounter,
  liveOnly,
  onlineOnly,
  passport,
  saturdayAfternoon,
  storyProcedures,
  tenChannels,
  tuesdayMorning,
} from './data/procedures.js';
import {
  clock,
  dayWord,
  elementSaying,
  inProvider,
  inProviderWithDirectory,
  messagesFor,
  partsOf,
  spokenText,
  textIn,
  textOf,
  unsafeMarkupIn,
} from './helpers.js';

interface ChannelsArgs {
  procedure?: string;
  'heading-level': number;
  now?: string;
}

/** The box as a page writes it, from the story's controls. */
const channels = (args: ChannelsArgs): TemplateResult =>
  html`<civic-channels
    procedure=${args.procedure || nothing}
    heading-level=${args['heading-level']}
    now=${args.now || nothing}
  ></civic-channels>`;

/** The story's box, once it says `text`. */
const channelsSaying = (canvasElement: HTMLElement, text: string) =>
  elementSaying(canvasElement, 'civic-channels', text);

/** What each channel is called in its heading ("Au guichet"), in order. */
const kindsShown = (element: HTMLElement) =>
  partsOf(element, 'channel').map((entry) => textOf(entry.querySelector('[role="heading"] .kind')));

/** The first channel whose heading names `kind`. */
function channelOf(element: HTMLElement, kind: ChannelKind, lang: unknown): HTMLElement {
  const label = messagesFor(lang).channels.kinds[kind];
  const entry = partsOf(element, 'channel').find((e) => textOf(e.querySelector('[role="heading"] .kind')) === label);
  if (!entry) throw new Error(`No "${label}" channel`);
  return entry;
}

/** The "open now" line of a channel. */
const stateOf = (entry: HTMLElement) => textOf(entry.querySelector('[part~="hours-state"]'));

const allKinds: ChannelKind[] = ['online', 'counter', 'live', 'phone', 'app', 'email', 'mail', 'short-number'];

const meta: Meta<ChannelsArgs> = {
  title: 'Elements/Channels',
  component: 'civic-channels',
  decorators: [withActions],
  parameters: {
    actions: { handles: ['civic-load', 'civic-error'] },
    // The properties behind the attributes: one control each is enough.
    controls: { exclude: ['headingLevel'] },
    docs: {
      description: {
        component:
          'In these stories the box reads from an in-memory adapter given to a `<civic-provider>` around it, ' +
          'holding the demo catalog of Saint-Aurel-sur-Loire (France, Paris time). ' +
          `\`${passport.id}\` has every kind of channel. \`now\` fixes the moment of "open now" ` +
          `(${tuesdayMorning}, a Tuesday morning, by default) so the stories do not change with the clock.`,
      },
    },
  },
  argTypes: {
    procedure: { control: 'text' },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    now: { control: 'text' },
  },
  args: { procedure: passport.id, 'heading-level': 2, now: tuesdayMorning },
  render: (args) => inProvider(cityAdapter(storyProcedures), channels(args)),
};
export default meta;

type Story = StoryObj<ChannelsArgs>;

/** A procedure page's "How to do it" box. */
export const Default: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const t = messagesFor(globals.lang).channels;
    const element = await channelsSaying(canvasElement, t.kinds.counter);
    const heading = partsOf(element, 'heading')[0];
    await expect(textOf(heading)).toBe(t.heading);
    await expect(heading.getAttribute('aria-level')).toBe(String(args['heading-level']));
    // Each channel is a heading one level below the box's.
    const titles = element.shadowRoot!.querySelectorAll('[part~="channel"] [role="heading"]');
    await expect(titles).toHaveLength(passport.channels.length);
    for (const title of titles) await expect(title.getAttribute('aria-level')).toBe(String(args['heading-level'] + 1));
  },
};

/** Every kind of channel, in the city's order: the recommended one (online) first and marked. */
export const AllChannelKinds: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals.lang).channels;
    const element = await channelsSaying(canvasElement, t.kinds['short-number']);
    await expect(kindsShown(element)).toEqual(allKinds.map((kind) => t.kinds[kind]));
    const [first, ...others] = partsOf(element, 'channel');
    await expect(textOf(first.querySelector('[role="heading"]'))).toContain(t.recommended);
    for (const entry of others)
      await expect(textOf(entry.querySelector('[role="heading"]'))).not.toContain(t.recommended);
    // The main action of each kind.
    const online = channelOf(element, 'online', globals.lang);
    await expect(textOf(online.querySelector('[part~="action"]'))).toBe(t.goOnline);
    await expect(online.querySelector('[part~="action"]')?.getAttribute('href')).toBe('https://ants.gouv.fr/');
    const counter = channelOf(element, 'counter', globals.lang);
    await expect(spokenText(element)).toContain(t.appointmentRequired);
    await expect(textOf(counter.querySelector('[part~="action"]'))).toBe(t.book);
    await expect(textOf(counter.querySelector('[part~="address"]'))).toContain('2 place de la Mairie');
    // Phone numbers are written the French way and dialled internationally.
    const phone = channelOf(element, 'phone', globals.lang).querySelector('a[href^="tel:"]');
    await expect(phone?.getAttribute('href')).toBe('tel:+33261910010');
    await expect(textOf(phone)).toBe('02 61 91 00 10');
    await expect(channelOf(element, 'short-number', globals.lang).querySelector('a[href="tel:3939"]')).not.toBeNull();
    await expect(
      channelOf(element, 'email', globals.lang).querySelector('a[href="mailto:etat-civil@saint-aurel.example"]'),
    ).not.toBeNull();
    await expect(textOf(channelOf(element, 'app', globals.lang).querySelector('[part~="action"]'))).toBe(t.openApp);
  },
};

/** A weekday at 10:00 in Paris: the town hall is open until noon. */
export const OpenNow: Story = {
  args: { now: tuesdayMorning },
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await channelsSaying(canvasElement, msg.channels.kinds.counter);
    const counter = channelOf(element, 'counter', globals.lang);
    await expect(stateOf(counter)).toBe(msg.hours.openUntil(clock('12:00', globals.lang)));
    await expect(counter.querySelector('.state.open, [part~="hours-state"].open')).not.toBeNull();
    await expect(stateOf(channelOf(element, 'phone', globals.lang))).toBe(
      msg.hours.openUntil(clock('12:00', globals.lang)),
    );
    // The weekly table is there on demand, today marked.
    const details = counter.querySelector<HTMLDetailsElement>('details[part~="hours-details"]')!;
    await expect(details.open).toBe(false);
    await expect(textOf(details.querySelector('summary'))).toBe(msg.hours.showAll);
    await expect(textOf(details.querySelector('tr[aria-current="date"] th'))).toBe(dayWord('tu', globals.lang));
  },
};

/** Saturday afternoon: the town hall closed at noon and opens again on Monday morning. */
export const ClosedOpensMonday: Story = {
  args: { now: saturdayAfternoon },
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await channelsSaying(canvasElement, msg.channels.kinds.counter);
    await expect(stateOf(channelOf(element, 'counter', globals.lang))).toBe(
      msg.hours.closedOpens(dayWord('mo', globals.lang), clock('08:30', globals.lang)),
    );
    await expect(stateOf(channelOf(element, 'phone', globals.lang))).toBe(
      msg.hours.closedOpens(dayWord('mo', globals.lang), clock('09:00', globals.lang)),
    );
  },
};

/** 11 November (Armistice Day), a Wednesday: closed for the public holiday, open again tomorrow. */
export const PublicHoliday: Story = {
  args: { now: armisticeDay },
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await channelsSaying(canvasElement, msg.channels.kinds.counter);
    const closed = `${msg.hours.closedOpens(dayWord('tomorrow', globals.lang), clock('08:30', globals.lang))} (${msg.hours.holiday})`;
    await expect(stateOf(channelOf(element, 'counter', globals.lang))).toBe(closed);
    // The holiday is also listed among the coming days that differ from the usual week.
    const details = channelOf(element, 'counter', globals.lang).querySelector('[part~="hours-details"]');
    await expect(textOf(details)).toContain(msg.hours.upcoming);
  },
};

/** The live consultation outside its hours: when it is available next, and no button to start it. */
export const LiveConsultationClosed: Story = {
  args: { procedure: liveOnly.id, now: tuesdayMorning },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals.lang).channels;
    const element = await channelsSaying(canvasElement, t.kinds.live);
    const live = channelOf(element, 'live', globals.lang);
    await expect(stateOf(live)).toBe(t.liveOpens(dayWord('today', globals.lang), clock('14:00', globals.lang)));
    await expect(spokenText(element)).toContain(t.modes.video);
    await expect(spokenText(element)).not.toContain(t.liveStart);
    // Only the booking of a later video appointment is offered, not the start button.
    for (const action of live.querySelectorAll('[part~="action"]')) await expect(textOf(action)).not.toBe(t.liveStart);
  },
};

/** The same consultation during its hours (Tuesday 15:00): the button to start it. */
export const LiveConsultationOpen: Story = {
  args: { procedure: liveOnly.id, now: '2026-03-10T15:00:00+01:00' },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals.lang).channels;
    const element = await channelsSaying(canvasElement, t.liveStart);
    const live = channelOf(element, 'live', globals.lang);
    await expect(stateOf(live)).toBe(t.liveUntil(clock('17:00', globals.lang)));
    const start = [...live.querySelectorAll('[part~="action"]')].find((a) => textOf(a) === t.liveStart);
    await expect(start?.getAttribute('href')).toBe('https://visio.saint-aurel.example/etat-civil');
  },
};

/** A procedure done online only. */
export const OneChannel: Story = {
  args: { procedure: onlineOnly.id },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals.lang).channels;
    const element = await channelsSaying(canvasElement, t.goOnline);
    await expect(kindsShown(element)).toEqual([t.kinds.online]);
    await expect(partsOf(element, 'action')[0].getAttribute('href')).toBe(onlineOnly.channels[0].url);
  },
};

/** Ten channels: a counter at each of the city's seven offices, each with its name and hours. */
export const TenChannels: Story = {
  args: { procedure: tenChannels.id },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals.lang).channels;
    const element = await channelsSaying(canvasElement, t.kinds.email);
    await expect(partsOf(element, 'channel')).toHaveLength(10);
    await expect(kindsShown(element).filter((k) => k === t.kinds.counter)).toHaveLength(7);
    for (const channel of tenChannels.channels.filter((c) => c.kind === 'counter')) {
      await expect(spokenText(element)).toContain(textIn(channel.office!.name, globals.lang));
    }
    await expect(partsOf(element, 'hours').length).toBeGreaterThanOrEqual(7);
  },
};

/**
 * A sloppy or hostile entry: an unknown kind ("fax"), a phone "number" in words, hours written
 * "8h-12h", `javascript:` links and HTML in a label. What cannot be shown safely is left out (and
 * said in the console); the rest is shown as plain text.
 */
export const BadData: Story = {
  args: { procedure: badData.id },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals.lang).channels;
    const element = await channelsSaying(canvasElement, 'appelez-nous');
    // The words are shown as text, not as a tel: link.
    const words = [...element.shadowRoot!.querySelectorAll('[part~="channel"] *')].find(
      (n) => n.childElementCount === 0 && textOf(n) === 'appelez-nous',
    );
    await expect(words?.closest('a')).toBeNull();
    // Nothing that runs or loads: no javascript: link, no <img> from the label.
    await expect(unsafeMarkupIn(element)).toEqual([]);
    await expect(canvasElement.querySelector('img')).toBeNull();
    await expect(spokenText(element)).not.toContain('<img');
    await expect(spokenText(element)).not.toContain('alert(1)');
    // The unknown kind, the bad online link and the label with HTML are left out; the other channels stay.
    await expect(kindsShown(element)).toEqual([t.kinds.phone, t.kinds.phone, t.kinds.counter]);
    // Hours that cannot be read are not shown as if they were right.
    await expect(spokenText(element)).not.toContain(clock('08:00', globals.lang));
    // The counter keeps its office, without the unsafe booking link.
    const counter = channelOf(element, 'counter', globals.lang);
    await expect(textOf(counter.querySelector('[part~="address"]'))).toContain('2 place de la Mairie');
    await expect(spokenText(element)).not.toContain(t.book);
  },
};

/**
 * A counter whose office gives only its national-directory id: the hours come from the directory.
 * Here the provider's `directory` points to a URL that does not answer, and the box says so.
 */
export const DirectoryHoursUnavailable: Story = {
  args: { procedure: directoryCounter.id },
  render: (args) =>
    inProviderWithDirectory(cityAdapter(storyProcedures), channels(args), {
      // Absolute on purpose: a relative `directory` ("/__no-directory__") currently makes the element throw while rendering.
      directory: new URL('/__no-directory__', location.href).href,
    }),
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await channelsSaying(canvasElement, msg.hours.unavailable);
    await expect(element.shadowRoot!.querySelector('[role="status"]')?.textContent).toBe(msg.hours.unavailable);
    // The office's name and address from the catalog are still shown.
    const counter = channelOf(element, 'counter', globals.lang);
    await expect(textOf(counter.querySelector('[part~="address"]'))).toContain('1 quai des Pêcheurs');
    await expect(partsOf(element, 'hours-state')).toHaveLength(0);
  },
};

/** The procedure lists no way to do it. */
export const Empty: Story = {
  args: { procedure: bare.id },
  play: async ({ canvasElement, globals }) => {
    const element = await channelsSaying(canvasElement, messagesFor(globals.lang).channels.empty);
    await expect(partsOf(element, 'channel')).toHaveLength(0);
  },
};

/** The backend has not answered yet. */
export const Loading: Story = {
  render: (args) => inProvider(cityAdapter(storyProcedures, { delay: Infinity }), channels(args)),
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await channelsSaying(canvasElement, msg.common.loading);
    await expect(textOf(partsOf(element, 'heading')[0])).toBe(msg.channels.heading);
    await expect(partsOf(element, 'base')[0].getAttribute('aria-busy')).toBe('true');
  },
};

export const NotFound: Story = {
  args: { procedure: 'carte-grise-2019' },
  play: async ({ canvasElement, globals }) => {
    const element = await channelsSaying(canvasElement, messagesFor(globals.lang).common.errors['not-found']);
    await expect(element.shadowRoot!.querySelector('[role="status"]')).not.toBeNull();
  },
};

export const NetworkError: Story = {
  render: (args) => inProvider(cityAdapter(storyProcedures, { failWith: 'network' }), channels(args)),
  play: async ({ canvasElement, globals }) => {
    await channelsSaying(canvasElement, messagesFor(globals.lang).common.errors.network);
  },
};

/** The backend never answers; the provider gives up after its `timeout` (50 ms here). */
export const Timeout: Story = {
  render: (args) => inProvider(cityAdapter(storyProcedures, { delay: Infinity }), channels(args), { timeout: 50 }),
  play: async ({ canvasElement, globals }) => {
    await channelsSaying(canvasElement, messagesFor(globals.lang).common.errors.timeout);
  },
};

/** `procedure` is required: the box says which attribute is missing. */
export const MissingAttribute: Story = {
  args: { procedure: undefined },
  play: async ({ canvasElement, globals }) => {
    await channelsSaying(canvasElement, messagesFor(globals.lang).common.errors['missing-attribute']('procedure'));
  },
};

/** The box speaks the language of its place in the page: here `lang="en"` on the provider. */
export const English: Story = {
  render: (args) => inProvider(cityAdapter(storyProcedures), channels(args), { lang: 'en' }),
  play: async ({ canvasElement }) => {
    const element = await channelsSaying(canvasElement, en.channels.kinds['short-number']);
    await expect(textOf(partsOf(element, 'heading')[0])).toBe(en.channels.heading);
    await expect(kindsShown(element)).toEqual(allKinds.map((kind) => en.channels.kinds[kind]));
    await expect(stateOf(channelOf(element, 'counter', 'en'))).toBe(en.hours.openUntil(clock('12:00', 'en')));
    await expect(spokenText(element)).toContain(textIn(passport.channels[0].label!, 'en'));
  },
};

/** In a 320 px sidebar, every channel stays inside the column. */
export const NarrowColumn: Story = {
  render: (args) =>
    html`<aside style="inline-size: 320px; box-sizing: border-box">
      ${inProvider(cityAdapter(storyProcedures), channels(args))}
    </aside>`,
  play: async ({ canvasElement, globals }) => {
    const element = await channelsSaying(canvasElement, messagesFor(globals.lang).channels.kinds['short-number']);
    const column = canvasElement.querySelector('aside')!.getBoundingClientRect();
    const base = partsOf(element, 'base')[0];
    await expect(base.getBoundingClientRect().right).toBeLessThanOrEqual(column.right + 0.5);
    // Nothing inside sticks out of the box (long addresses, e-mail addresses, buttons).
    await waitFor(() => expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth));
    for (const entry of partsOf(element, 'channel'))
      await expect(entry.getBoundingClientRect().right).toBeLessThanOrEqual(column.right + 0.5);
  },
};

/** The page in dark mode (fixed here so axe checks the dark colours). */
export const DarkScheme: Story = {
  globals: { scheme: 'dark' },
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals.lang).channels;
    const element = await channelsSaying(canvasElement, t.kinds['short-number']);
    await expect(getComputedStyle(element).colorScheme).toBe('dark');
    await expect(getComputedStyle(partsOf(element, 'base')[0]).backgroundColor).toBe('rgb(28, 37, 48)');
  },
};
