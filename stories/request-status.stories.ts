import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/index.js';
import '../src/request-status/define.js';
import { en } from '../src/localization/locales/en.js';
import { requestAdapter, type RequestAdapterOptions } from '../test/harness/request-adapter.js';
import {
  EMAIL,
  HTML_NOTE,
  TODAY,
  badData,
  cancelled,
  done,
  inProgress,
  longTimeline,
  lookupWithEmail,
  received,
  rejected,
  requestProcedures,
  sampleRequests,
  waitingCitizen,
  waitingDecision,
} from '../test/harness/sample-requests.js';
import { elementSaying, inProvider, messagesFor, partsOf, spokenText, textOf } from './helpers.js';

interface RequestStatusArgs {
  reference?: string;
  proof?: string;
  autoload: boolean;
  'heading-level': number;
  now?: string;
}

/** The backend of the stories: the sample requests of Saint-Aurel, a reference like EC-2026-004211. */
const backend = (options: RequestAdapterOptions = {}) =>
  requestAdapter([...sampleRequests, badData], {
    lookup: { referencePattern: lookupWithEmail.referencePattern, referenceExample: lookupWithEmail.referenceExample },
    procedures: requestProcedures,
    ...options,
  });

/** The same backend asking the e-mail address given with the request. */
const backendWithEmail = (options: RequestAdapterOptions = {}) =>
  backend({
    lookup: lookupWithEmail,
    proofs: Object.fromEntries(sampleRequests.map((r) => [r.reference, EMAIL])),
    ...options,
  });

/** The element as a page writes it, from the story's controls. */
const status = (args: RequestStatusArgs): TemplateResult =>
  html`<civic-request-status
    reference=${args.reference || nothing}
    proof=${args.proof || nothing}
    ?autoload=${args.autoload}
    heading-level=${args['heading-level']}
    now=${args.now || nothing}
  ></civic-request-status>`;

const statusSaying = (canvasElement: HTMLElement, text: string) =>
  elementSaying(canvasElement, 'civic-request-status', text);
const field = (element: HTMLElement, id: 'reference' | 'proof') =>
  element.shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;
const live = (element: HTMLElement) => textOf(element.shadowRoot!.querySelector('[role="status"]'));

/** Types into the form as a citizen does, and presses Enter. */
async function typeAndSubmit(element: HTMLElement, reference: string, proof?: string): Promise<void> {
  const input = await waitFor(() => {
    const found = field(element, 'reference');
    if (!found) throw new Error('no reference field yet');
    return found;
  });
  // Typing replaces what the field holds, as a citizen selecting it all would.
  await userEvent.type(input, reference, { initialSelectionStart: 0, initialSelectionEnd: input.value.length });
  let last = input;
  if (proof !== undefined) {
    last = field(element, 'proof');
    await userEvent.type(last, proof, { initialSelectionStart: 0, initialSelectionEnd: last.value.length });
  }
  await userEvent.type(last, '{Enter}', { skipClick: true });
}

const meta: Meta<RequestStatusArgs> = {
  title: 'Elements/Request status',
  component: 'civic-request-status',
  decorators: [withActions],
  parameters: {
    actions: { handles: ['civic-request-submit', 'civic-load', 'civic-error'] },
    controls: { exclude: ['headingLevel', 'urlParam', 'url-param'] },
    docs: {
      description: {
        component:
          'In these stories the element reads from an in-memory backend given to a `<civic-provider>`, holding requests of ' +
          'Saint-Aurel-sur-Loire: `EC-2026-004211` (in progress), `EC-2026-004388` (waiting for the citizen), `EC-2026-004502` ' +
          '(received, no expected date), `UR-2026-000127` (waiting for a decision), `EC-2026-003950` (done), `OD-2026-000318` ' +
          '(rejected), `EC-2026-002777` (cancelled), `UR-2025-000042` (40 events) and `EC-2026-009999` (bad data). ' +
          `\`now\` is ${TODAY} so that "in 3 days" does not change with the clock. \`url-param\` is left out here: it writes to the page URL.`,
      },
    },
  },
  argTypes: {
    reference: { control: 'text', description: 'A reference to prefill (e.g. from a receipt e-mail link).' },
    proof: { control: 'text', description: 'The proof to prefill, when the backend asks one.' },
    autoload: { control: 'boolean', description: 'Look up at once when prefilled.' },
    'heading-level': { control: { type: 'number', min: 2, max: 6, step: 1 } },
    now: { control: 'text' },
  },
  args: { reference: '', proof: '', autoload: false, 'heading-level': 2, now: TODAY },
  render: (args) => inProvider(backend(), status(args)),
};
export default meta;

type Story = StoryObj<RequestStatusArgs>;

/** The empty form: the reference, with the backend's example as a hint. */
export const Default: Story = {
  play: async ({ canvasElement, globals, args }) => {
    const t = messagesFor(globals.lang).requestStatus;
    const element = await statusSaying(canvasElement, t.reference);
    const heading = partsOf(element, 'heading')[0];
    await expect(textOf(heading)).toBe(t.heading);
    await expect(heading.getAttribute('aria-level')).toBe(String(args['heading-level']));
    await expect(spokenText(element)).toContain(t.referenceHint('EC-2026-004211'));
    await expect(field(element, 'proof')).toBeNull();
  },
};

/** A backend that asks the e-mail address given with the request: a second field, type email. */
export const WithEmailProof: Story = {
  render: (args) => inProvider(backendWithEmail(), status(args)),
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals.lang).requestStatus;
    const element = await statusSaying(canvasElement, t.proofs.email.label);
    await expect(field(element, 'proof').type).toBe('email');
    await expect(field(element, 'proof').autocomplete).toBe('email');
  },
};

/** Typed and submitted with Enter: the request in progress, with its expected date in 3 days. */
export const InProgress: Story = {
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await statusSaying(canvasElement, msg.requestStatus.reference);
    await typeAndSubmit(element, inProgress.reference);
    await waitFor(() => expect(partsOf(element, 'state')).toHaveLength(1));
    await expect(textOf(partsOf(element, 'state')[0].querySelector('.state-words'))).toBe(
      msg.request.states['in-progress'],
    );
    await expect(spokenText(element)).toContain(msg.request.expected);
    await expect(live(element)).toBe(msg.requestStatus.found(inProgress.reference, msg.request.states['in-progress']));
    // Focus stayed where the citizen was.
    await expect(element.shadowRoot!.activeElement).toBe(field(element, 'reference'));
  },
};

/** Prefilled from a receipt link, with `autoload`: the city waits for the citizen, said first. */
export const WaitingForYou: Story = {
  args: { reference: waitingCitizen.reference, autoload: true },
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await statusSaying(canvasElement, msg.request.actionNeeded);
    const article = element.shadowRoot!.querySelector('article')!;
    // The request's heading first (screen-reader users jump by headings), then the call-out.
    await expect(article.firstElementChild?.getAttribute('role')).toBe('heading');
    await expect(article.querySelector('[part~=action-needed]')).not.toBeNull();
    await expect(live(element)).toBe(msg.requestStatus.foundActionNeeded(waitingCitizen.reference));
  },
};

/** Waiting for a decision, with the backend's own wording beside ours. */
export const WaitingForDecision: Story = {
  args: { reference: waitingDecision.reference, autoload: true },
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await statusSaying(canvasElement, msg.request.states['waiting-decision']);
    await expect(spokenText(element)).toContain(msg.request.original(waitingDecision.stateLabel!));
  },
};

/** No expected date from the backend: the procedure's usual processing time from the catalog. */
export const UsualProcessingTime: Story = {
  args: { reference: received.reference, autoload: true },
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await statusSaying(canvasElement, msg.request.typical);
    await expect(spokenText(element)).not.toContain(msg.request.expected);
  },
};

export const Done: Story = {
  args: { reference: done.reference, autoload: true },
  play: async ({ canvasElement, globals }) => {
    await statusSaying(canvasElement, messagesFor(globals.lang).request.states.done);
  },
};

export const Rejected: Story = {
  args: { reference: rejected.reference, autoload: true },
  play: async ({ canvasElement, globals }) => {
    await statusSaying(canvasElement, messagesFor(globals.lang).request.states.rejected);
  },
};

export const Cancelled: Story = {
  args: { reference: cancelled.reference, autoload: true },
  play: async ({ canvasElement, globals }) => {
    await statusSaying(canvasElement, messagesFor(globals.lang).request.states.cancelled);
  },
};

/** A building permit with 40 events, oldest first. */
export const LongTimeline: Story = {
  args: { reference: longTimeline.reference, autoload: true },
  play: async ({ canvasElement, globals }) => {
    const element = await statusSaying(canvasElement, messagesFor(globals.lang).request.history);
    await expect(partsOf(element, 'event')).toHaveLength(40);
  },
};

/** What a sloppy backend sends: unreadable dates, its own states, a huge note, HTML as text. */
export const BadData: Story = {
  args: { reference: badData.reference, autoload: true },
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await statusSaying(canvasElement, msg.request.history);
    await expect(spokenText(element)).not.toMatch(/Invalid Date|undefined|NaN/);
    await expect(spokenText(element)).toContain(HTML_NOTE);
    await expect(spokenText(element)).toContain(msg.request.undated);
    await expect(element.shadowRoot!.querySelector('b, img, script')).toBeNull();
  },
};

/** A malformed reference is refused before anything is sent, with the backend's example. */
export const InvalidReference: Story = {
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals.lang).requestStatus;
    const element = await statusSaying(canvasElement, t.reference);
    await typeAndSubmit(element, 'EC-26-42');
    await waitFor(() => expect(spokenText(element)).toContain(t.referenceInvalid('EC-2026-004211')));
    await expect(field(element, 'reference').getAttribute('aria-invalid')).toBe('true');
    await expect(field(element, 'reference').value).toBe('EC-26-42');
  },
};

export const NotFound: Story = {
  play: async ({ canvasElement, globals }) => {
    const msg = messagesFor(globals.lang);
    const element = await statusSaying(canvasElement, msg.requestStatus.reference);
    await typeAndSubmit(element, 'EC-2026-000001');
    await waitFor(() => expect(textOf(partsOf(element, 'error')[0])).toBe(msg.request.errors.notFound));
    await expect(field(element, 'reference').value).toBe('EC-2026-000001');
  },
};

export const WrongProof: Story = {
  render: (args) => inProvider(backendWithEmail(), status(args)),
  play: async ({ canvasElement, globals }) => {
    const t = messagesFor(globals.lang).requestStatus;
    const element = await statusSaying(canvasElement, t.proofs.email.label);
    await typeAndSubmit(element, inProgress.reference, 'someone@example.org');
    await waitFor(() => expect(textOf(partsOf(element, 'error')[0])).toBe(t.proofs.email.wrong));
    await expect(field(element, 'proof').value).toBe('someone@example.org');
  },
};

export const TooManyAttempts: Story = {
  render: (args) => inProvider(backendWithEmail({ maxAttempts: 0 }), status(args)),
  args: { reference: inProgress.reference, proof: EMAIL, autoload: true },
  play: async ({ canvasElement, globals }) => {
    await statusSaying(canvasElement, messagesFor(globals.lang).request.errors.tooManyAttempts);
  },
};

export const BackendDown: Story = {
  render: (args) => inProvider(backend({ requestFailWith: 'http' }), status(args)),
  args: { reference: inProgress.reference, autoload: true },
  play: async ({ canvasElement, globals }) => {
    await statusSaying(canvasElement, messagesFor(globals.lang).request.errors.down);
  },
};

/** The backend never answers; the provider gives up after its `timeout` (100 ms here). */
export const Timeout: Story = {
  render: (args) => inProvider(backend({ requestDelay: Infinity }), status(args), { timeout: 100 }),
  args: { reference: inProgress.reference, autoload: true },
  play: async ({ canvasElement, globals }) => {
    await statusSaying(canvasElement, messagesFor(globals.lang).request.errors.timeout);
  },
};

/** The site's backend cannot look requests up. */
export const Unsupported: Story = {
  render: (args) => inProvider(backend({ noLookup: true }), status(args)),
  play: async ({ canvasElement, globals }) => {
    await statusSaying(canvasElement, messagesFor(globals.lang).request.errors.unsupported);
  },
};

/** The lookup definition has not arrived yet. */
export const Loading: Story = {
  render: (args) => inProvider(backend({ delay: Infinity }), status(args)),
  play: async ({ canvasElement, globals }) => {
    const element = await statusSaying(canvasElement, messagesFor(globals.lang).common.loading);
    await expect(partsOf(element, 'base')[0].getAttribute('aria-busy')).toBe('true');
  },
};

/** The backend is looking the request up (it never answers here). */
export const Searching: Story = {
  render: (args) => inProvider(backend({ requestDelay: Infinity }), status(args), { timeout: 600_000 }),
  args: { reference: inProgress.reference, autoload: true },
  play: async ({ canvasElement, globals }) => {
    const element = await statusSaying(canvasElement, messagesFor(globals.lang).requestStatus.searching);
    await expect(partsOf(element, 'submit')[0].getAttribute('aria-disabled')).toBe('true');
  },
};

/** The element speaks the language of its place in the page: here `lang="en"` on the provider. */
export const English: Story = {
  args: { reference: inProgress.reference, autoload: true },
  render: (args) => inProvider(backend(), status(args), { lang: 'en' }),
  play: async ({ canvasElement }) => {
    const element = await statusSaying(canvasElement, en.request.states['in-progress']);
    await expect(spokenText(element)).toContain('March 15, 2026 (in 3 days)');
  },
};

/** In a 320 px column, the form and the request stay inside. */
export const NarrowColumn: Story = {
  args: { reference: waitingCitizen.reference, autoload: true },
  render: (args) =>
    html`<aside style="inline-size: 320px; box-sizing: border-box">${inProvider(backend(), status(args))}</aside>`,
  play: async ({ canvasElement, globals }) => {
    const element = await statusSaying(canvasElement, messagesFor(globals.lang).request.actionNeeded);
    const base = partsOf(element, 'base')[0];
    await waitFor(() => expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth));
    await expect(base.getBoundingClientRect().right).toBeLessThanOrEqual(
      canvasElement.querySelector('aside')!.getBoundingClientRect().right + 0.5,
    );
  },
};
