import { headingLevelOf, momentOf } from '../core/attribute-values.js';
import { common, request, requestList } from '../localization/locales/fr.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { myRequests } from '../data/request-store.js';
import { CivicElement } from '../base/civic-element.js';
import { ResourceController } from '../base/resource-controller.js';
import { CivicError, isAbort } from '../core/civic-error.js';
import { pickText } from '../core/localized-text.js';
import { REQUEST_STATES, type CheckedRequest, type ShownState } from '../data/request-check.js';
import { cityOf, DEFAULT_CITY } from '../data/city.js';
import { formStyles } from '../styles/form-styles.js';
import { boxStyles } from '../styles/box-styles.js';
import { formatMoment, momentTime, relativeDay } from '../request/request-dates.js';
import { requestErrorMessage } from '../request/request-errors.js';
import { stateIcons, stateLine } from '../request/request-states.js';
import { requestStyles } from '../request/request-styles.js';
import { requestTimeline } from '../request/request-timeline.js';
import type { City, Procedure, SessionHeaders } from '../model.js';
import { baseStyles } from '../styles/base-styles.js';
import { requestListStyles } from './request-list.styles.js';

type Filter = ShownState | 'all';
type Title = Procedure | 'loading' | 'failed';

interface Loaded {
  requests: CheckedRequest[];
  city: City;
}

/** Detail of `civic-load`: how many requests are shown; their content stays in the element. */
export interface RequestListLoadDetail {
  count: number;
}

const ORDER: readonly ShownState[] = [...REQUEST_STATES, 'unknown'];
const OPEN = new Set<ShownState>(['received', 'in-progress', 'waiting-citizen', 'waiting-decision', 'unknown']);

/** The last moment something happened to a request. */
function lastActivity(r: CheckedRequest): string | undefined {
  const moments = [r.updatedAt, ...r.history.map((e) => e.date), r.createdAt].filter((d): d is string => !!d);
  return moments.reduce<string | undefined>(
    (latest, d) => (latest === undefined || momentTime(d) > momentTime(latest) ? d : latest),
    undefined,
  );
}

/**
 * Every request of the signed-in citizen, most recent activity first: state in words and shape,
 * what the city waits for first, and each request's history on demand. A filter by state (with
 * the count of each) appears when the requests are in more than one state.
 *
 * The host page gives the session as a function returning the headers that prove it, e.g.
 * `list.session = async () => ({ Authorization: \`Bearer ${await auth.token()}\` })`. The element
 * keeps that function in memory only, calls it for each load, and never stores, logs or sends
 * it anywhere but to the adapter. Without it, the element says the citizen must sign in.
 *
 * @tagname civic-request-list
 * @slot sign-in - Shown when the citizen is not signed in (or the session expired): the page's sign-in link.
 * @fires civic-load - The requests were loaded. `detail: { count }` (never their references nor notes).
 * @fires civic-error - The requests cannot be shown (`unauthorized` without a session or when it expired, backend down, time-out, unsupported). `detail: { code, message, details, status }`.
 * @csspart base - The box.
 * @csspart heading - The box's heading.
 * @csspart filter - The filter by state.
 * @csspart request - One request.
 * @csspart state - A request's state.
 * @csspart action-needed - What the city waits for, on a request that waits for the citizen.
 * @csspart details - The disclosure with a request's history.
 * @csspart timeline - The history list.
 * @csspart event - One event of a history.
 */
export class CivicRequestList extends CivicElement {
  protected static override french = { common, request, requestList };

  static override styles = [baseStyles, boxStyles, formStyles, requestStyles, requestListStyles];

  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    now: {},
    session: { attribute: false },
  };

  /**
   * Level of the box's heading (2 to 6); each request's title is one below.
   * @attr heading-level
   */
  headingLevel = 2;

  /**
   * The moment for "expected in 3 days" (ISO 8601), for previews and tests; the real time when absent.
   * @attr now
   */
  now?: string;

  /**
   * A function returning the headers that prove the citizen's session (or a promise of them). Set
   * it from JavaScript; kept in memory only, never stored. Setting it again loads the list again.
   */
  session?: SessionHeaders;

  #version = 0;
  #filter: Filter = 'all';
  #announcement = '';
  #titles = new Map<string, Title>();
  #titlesAbort = new AbortController();

  readonly #data = new ResourceController<Loaded>(this, () => this.provider.value, {
    args: () =>
      typeof this.session === 'function'
        ? `session:${this.#version}`
        : new CivicError('unauthorized', 'No session: set the session property of <civic-request-list>', {
            details: ['session'],
          }),
    load: async (store, _args, signal) => {
      const [requests, city] = await Promise.all([
        myRequests(store, this.session!, signal),
        cityOf(store, signal).catch(() => DEFAULT_CITY),
      ]);
      const sorted = requests
        // What the city waits for from the citizen comes first, then the most recent activity.
        .map((r, i) => ({ r, i, t: momentTime(lastActivity(r)), wait: r.state === 'waiting-citizen' ? 1 : 0 }))
        .sort((a, b) => b.wait - a.wait || b.t - a.t || a.i - b.i)
        .map((x) => x.r);
      return { requests: sorted, city };
    },
    loaded: ({ requests }): RequestListLoadDetail => ({ count: requests.length }),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new session (another citizen, or signed in again): load again, from the whole list.
    if (changed.has('session') && this.hasUpdated) {
      this.#version++;
      this.#filter = 'all';
      this.#announcement = '';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#titlesAbort.abort();
    this.#titlesAbort = new AbortController();
    this.#titles.clear();
  }

  protected override errorMessage(error: CivicError): string {
    if (error.code === 'unauthorized')
      return error.details[0] === 'session' ? this.msg.requestList.signIn : this.msg.common.errors.unauthorized;
    return requestErrorMessage(error, this.msg.request) ?? super.errorMessage(error);
  }

  get #level(): number {
    return headingLevelOf(this.headingLevel);
  }

  get #moment(): Date {
    return momentOf(this.now);
  }

  #retry = (): void => {
    this.#version++;
    this.requestUpdate();
  };

  protected override render(): TemplateResult {
    const state = this.locale.ready ? this.#data.state : { status: 'loading' as const };
    return html`<section
      class="civic box"
      part="base"
      aria-labelledby="heading"
      aria-busy=${state.status === 'loading' ? 'true' : nothing}
    >
      <div class="heading" part="heading" role="heading" aria-level=${this.#level} id="heading">
        ${this.msg.requestList.heading}
      </div>
      ${
        state.status === 'ready'
          ? this.#list(state.value)
          : state.status === 'error'
            ? this.#error(state.error)
            : html`<p class="visually-hidden">${this.msg.common.loading}</p>
                <span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span>`
      }
      <p class="visually-hidden" role="status" aria-atomic="true">${this.#announcement}</p>
    </section>`;
  }

  #error(error: CivicError): TemplateResult {
    const unauthorized = error.code === 'unauthorized';
    const retry = !unauthorized && !['unsupported', 'no-provider', 'config'].includes(error.code);
    return html`<div class="message ${unauthorized ? 'sign-in' : 'error'}" part="error">
        ${unauthorized ? stateIcons['waiting-citizen'] : stateIcons.rejected}
        <p>${this.errorMessage(error)}</p>
      </div>
      ${unauthorized ? html`<slot name="sign-in"></slot>` : nothing}
      ${retry ? html`<button class="button secondary" type="button" @click=${this.#retry}>${this.msg.request.retry}</button>` : nothing}`;
  }

  #list({ requests, city }: Loaded): TemplateResult {
    const t = this.msg.requestList;
    if (!requests.length) return html`<p class="message muted">${t.empty}</p>`;
    const counts = new Map<ShownState, number>();
    for (const r of requests) counts.set(r.state, (counts.get(r.state) ?? 0) + 1);
    const filter = this.#filter !== 'all' && !counts.has(this.#filter) ? 'all' : this.#filter;
    const shown = filter === 'all' ? requests : requests.filter((r) => r.state === filter);
    const waiting = counts.get('waiting-citizen') ?? 0;
    return html`${
        waiting
          ? html`<div class="callout summary" part="action-needed">
              ${stateIcons['waiting-citizen']}
              <p class="callout-title">${t.waiting(waiting)}</p>
            </div>`
          : nothing
      }
      ${counts.size > 1 ? this.#filters(counts, requests.length, filter) : nothing}
      <ul class="requests" role="list">
        ${shown.map((r) => this.#request(r, city))}
      </ul>`;
  }

  #filters(counts: Map<ShownState, number>, total: number, current: Filter): TemplateResult {
    const t = this.msg;
    const options: [Filter, string, number][] = [
      ['all', t.requestList.all, total],
      ...ORDER.filter((s) => counts.has(s)).map((s): [Filter, string, number] => [
        s,
        s === 'unknown' ? t.requestList.other : t.request.states[s],
        counts.get(s)!,
      ]),
    ];
    return html`<fieldset class="filter" part="filter">
      <legend>${t.requestList.filter}</legend>
      <div class="chips">
        ${options.map(
          ([value, words, count]) =>
            html`<label class="chip ${value === 'all' ? '' : `state-${value}`}">
              <input
                type="radio"
                name="state"
                .value=${value}
                .checked=${value === current}
                @change=${this.#onFilter}
              />
              ${value === 'all' ? nothing : stateIcons[value]}<span>${words}</span>
              <span class="count">(${count})</span>
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  #onFilter = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    if (!input.checked) return;
    this.#filter = input.value as Filter;
    const state = this.#data.state;
    if (state.status === 'ready') {
      const count =
        this.#filter === 'all'
          ? state.value.requests.length
          : state.value.requests.filter((r) => r.state === this.#filter).length;
      this.#announcement = this.msg.requestList.shown(count);
    }
    this.requestUpdate();
  };

  #request(r: CheckedRequest, city: City): TemplateResult {
    const t = this.msg.request;
    const lang = this.locale.lang;
    const procedure = this.#procedure(r.procedureId);
    const title = (procedure && pickText(procedure.title, lang)) || pickText(r.procedureTitle, lang) || t.untitled;
    const nextStep = pickText(r.nextStep, lang);
    const waiting = r.state === 'waiting-citizen';
    const activity = formatMoment(lastActivity(r), lang, city.timeZone, false);
    const expected = OPEN.has(r.state) ? formatMoment(r.expectedDate, lang, city.timeZone, false) : '';
    const facts: [term: string, value: string, wide?: boolean][] = [];
    if (nextStep && !waiting) facts.push([t.nextStep, nextStep, true]);
    if (expected)
      facts.push([t.expected, t.expectedOn(expected, relativeDay(r.expectedDate!, this.#moment, lang, city.timeZone))]);
    if (activity) facts.push([this.msg.requestList.lastActivity, activity]);
    return html`<li class="request" part="request">
      <div class="request-title" role="heading" aria-level=${Math.min(this.#level + 1, 6)}>${title}</div>
      <p class="reference">${t.reference(r.reference)}</p>
      ${stateLine(r.state, r.stateLabel, t)}
      ${
        waiting
          ? html`<div class="callout" part="action-needed">
              ${stateIcons['waiting-citizen']}
              <div>
                <p class="callout-title">${t.actionNeeded}</p>
                <p>${nextStep || t.actionNeededDefault}</p>
              </div>
            </div>`
          : nothing
      }
      ${
        facts.length
          ? html`<dl class="facts">
              ${facts.map(
                ([term, value, wide]) =>
                  html`<div class=${wide ? 'wide' : ''}>
                    <dt>${term}</dt>
                    <dd>${value}</dd>
                  </div>`,
              )}
            </dl>`
          : nothing
      }
      ${
        r.history.length
          ? html`<details part="details">
              <summary>${this.msg.requestList.showHistory(r.history.length)}</summary>
              ${requestTimeline(r.history, { t, lang, timeZone: city.timeZone })}
            </details>`
          : nothing
      }
    </li>`;
  }

  /** A procedure of the catalog, for its title in the reader's language; asked once per page. */
  #procedure(id: string | undefined): Procedure | undefined {
    if (!id) return undefined;
    const known = this.#titles.get(id);
    if (typeof known === 'object') return known;
    const store = this.provider.value?.store;
    if (known === undefined && store) {
      this.#titles.set(id, 'loading');
      store.procedure(id, this.#titlesAbort.signal).then(
        (procedure) => {
          this.#titles.set(id, procedure);
          this.requestUpdate();
        },
        (error: unknown) => {
          if (!isAbort(error)) this.#titles.set(id, 'failed');
        },
      );
    }
    return undefined;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-request-list': CivicRequestList;
  }
}
