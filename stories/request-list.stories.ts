import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/index.js';
import '../src/request-list/define.js';
import { en } from '../src/localization/locales/en.js';
import type { SessionHeaders } from '../src/model.js';
import { requestAdapter, type RequestAdapterOptions } from '../test/harness/request-adapter.js';
import {
  HTML_NOTE,
  TODAY,
  badData,
  done,
  inProgress,
  longTimeline,
  requestProcedures,
  sampleRequests,
} from '../test/harness/sample-requests.js';
import { elementSaying, inProvider, messagesFor, partsOf, spokenText, textOf } from './helpers.js';

interface RequestListArgs {
  'heading-level': number;
  now?: string;
  /** Whether the page gives a session (a function returning the headers). */
  signedIn: boolean;
}

const TOKEN = 'Bearer demo-session';
/** The host page's session: a function the element calls for each load and never stores. */
const session: SessionHeaders = () => ({ Authorization: TOKEN });

/** The backend of the stories: the signed-in citizen's requests in Saint-Aurel. */
const backend = (options: RequestAdapterOptions = {}) =>
  requestAdapter([], { mine: sampleRequests, token: TOKEN, procedures: requestProcedures, ...options });

/** The element as a page writes it, from the story's controls, with the page's sign-in link. */
const list = (args: RequestListArgs): TemplateResult =>
  html`<civic-request-list
    .session=${args.signedIn ? session : undefined}
    heading-level=${args['heading-level']}
    now=${args.now || TODAY}
    ><a slot="sign-in" href="#connexion">Se connecter / Sign in</a></civic-request-list
  >`;

const listSaying = (canvasElement: HTMLElement, text: string) =>
  elementSaying(canvasElement, 'civic-request-list', text);
const chips = (element: HTMLElement) => [
  ...element.shadowRoot!.querySelectorAll<HTMLLabelElement>('[part~="filter"] label'),
];

const meta: Meta<RequestListArgs> = {
  title: 'Elements/Request list',
  component: 'civic-request-list',
  decorators: [withActions],
  parameters: {
    actions: { handles: ['civic-load', 'civic-error'] },
    controls: { exclude: ['headingLevel', 'session'] },
    docs: {
      description: {
        component:
          'The signed-in citizen’s requests, from an in-memory backend given to a `<civic-provider>`. The page gives ' +
          '`session`, a function returning the headers that prove the session (`signedIn` in the controls); the element keeps ' +
          `it in memory only. \`now\` is ${TODAY} so that "in 3 days" does not change with the clock.`,
      },
    },
  },
  argTypes: {
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    now: { control: 'text' },
    signedIn: { control: 'boolean', description: 'Whether the page sets `session`.' },
  },
  args: { 'heading-level': 2, now: TODAY, signedIn: true },
  render: (args) => inProvider(backend(), list(args)),
};
export default meta;

type Story = StoryObj<RequestListArgs>;

/** Every request, most recent activity first; the one waiting for the citizen said first. */
export const Default: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const msg = messagesFor(globals.lang);
    const element = await listSaying(canvasElement, msg.requestList.waiting(1));
    await expect(textOf(partsOf(element, 'heading')[0])).toBe(msg.requestList.heading);
    await expect(partsOf(element, 'request')).toHaveLength(sampleRequests.length);
    for (const title of element.shadowRoot!.querySelectorAll('[part~="request"] [role="heading"]')) {
      await expect(title.getAttribute('aria-level')).toBe(String(args['heading-level'] + 1));
    }
  },
};

/** The filter by state: a radio group (arrows move within it), with the count of each state. */
export const FilteredByState: Story = {
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await listSaying(canvasElement, msg.requestList.filter);
    const done = chips(element).find((c) => textOf(c).startsWith(msg.request.states.done))!;
    await userEvent.click(done);
    await waitFor(() => expect(partsOf(element, 'request')).toHaveLength(1));
    await expect(textOf(element.shadowRoot!.querySelector('[role="status"]'))).toBe(msg.requestList.shown(1));
  },
};

/** A request's history, opened from its summary. */
export const HistoryOpen: Story = {
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await listSaying(canvasElement, msg.requestList.showHistory(3));
    const summary = [...element.shadowRoot!.querySelectorAll<HTMLElement>('summary')].find(
      (s) => textOf(s) === msg.requestList.showHistory(3),
    )!;
    await userEvent.click(summary);
    await waitFor(() => expect((summary.parentElement as HTMLDetailsElement).open).toBe(true));
    await expect(summary.parentElement!.querySelectorAll('[part~="event"]')).toHaveLength(inProgress.history.length);
  },
};

/** One request with 40 events, its history opened. */
export const LongTimeline: Story = {
  render: (args) => inProvider(backend({ mine: [longTimeline] }), list(args)),
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await listSaying(canvasElement, msg.requestList.showHistory(40));
    const details = element.shadowRoot!.querySelector('details')!;
    details.open = true;
    await expect(details.querySelectorAll('[part~="event"]')).toHaveLength(40);
  },
};

/** What a sloppy backend sends: unreadable dates, its own states, HTML as text; a request without a reference is left out. */
export const BadData: Story = {
  render: (args) => inProvider(backend({ mine: [badData, { state: 'done' }, done] }), list(args)),
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await listSaying(canvasElement, msg.requestList.other);
    await expect(partsOf(element, 'request')).toHaveLength(2);
    element.shadowRoot!.querySelector('details')!.open = true;
    await expect(spokenText(element)).toContain(HTML_NOTE);
    await expect(spokenText(element)).not.toMatch(/Invalid Date|undefined|NaN/);
  },
};

export const Empty: Story = {
  render: (args) => inProvider(backend({ mine: [] }), list(args)),
  play: async ({ canvasElement, globals }) => {
    await listSaying(canvasElement, messagesFor(globals.lang).requestList.empty);
  },
};

/** No session from the page: the citizen must sign in (the page's link is slotted). */
export const SignedOut: Story = {
  args: { signedIn: false },
  play: async ({ canvasElement, globals }) => {
    const element = await listSaying(canvasElement, messagesFor(globals.lang).requestList.signIn);
    const slot = element.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="sign-in"]')!;
    await expect(slot.assignedElements()).toHaveLength(1);
  },
};

/** The backend refuses the session: it expired. */
export const SessionExpired: Story = {
  render: (args) => inProvider(backend({ token: 'Bearer another-session' }), list(args)),
  play: async ({ canvasElement, globals }) => {
    await listSaying(canvasElement, messagesFor(globals.lang).common.errors.unauthorized);
  },
};

export const Loading: Story = {
  render: (args) => inProvider(backend({ requestDelay: Infinity }), list(args), { timeout: 600_000 }),
  play: async ({ canvasElement, globals }) => {
    const element = await listSaying(canvasElement, messagesFor(globals.lang).common.loading);
    await expect(partsOf(element, 'base')[0].getAttribute('aria-busy')).toBe('true');
  },
};

export const BackendDown: Story = {
  render: (args) => inProvider(backend({ requestFailWith: 'network' }), list(args)),
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await listSaying(canvasElement, msg.request.errors.down);
    await expect(textOf(element.shadowRoot!.querySelector('button'))).toBe(msg.request.retry);
  },
};

/** The backend never answers; the provider gives up after its `timeout` (100 ms here). */
export const Timeout: Story = {
  render: (args) => inProvider(backend({ requestDelay: Infinity }), list(args), { timeout: 100 }),
  play: async ({ canvasElement, globals }) => {
    await listSaying(canvasElement, messagesFor(globals.lang).request.errors.timeout);
  },
};

/** The site's backend has no list of a citizen's requests. */
export const Unsupported: Story = {
  render: (args) => inProvider(backend({ noList: true }), list(args)),
  play: async ({ canvasElement, globals }) => {
    await listSaying(canvasElement, messagesFor(globals.lang).request.errors.unsupported);
  },
};

export const English: Story = {
  render: (args) => inProvider(backend(), list(args), { lang: 'en' }),
  play: async ({ canvasElement }) => {
    const element = await listSaying(canvasElement, en.requestList.waiting(1));
    await expect(textOf(chips(element)[0])).toBe(`${en.requestList.all} (${sampleRequests.length})`);
  },
};

/** In a 320 px column, every request stays inside. */
export const NarrowColumn: Story = {
  render: (args) =>
    html`<aside style="inline-size: 320px; box-sizing: border-box">${inProvider(backend(), list(args))}</aside>`,
  play: async ({ canvasElement, globals }) => {
    const element = await listSaying(canvasElement, messagesFor(globals.lang).requestList.waiting(1));
    const base = partsOf(element, 'base')[0];
    await waitFor(() => expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth));
  },
};
