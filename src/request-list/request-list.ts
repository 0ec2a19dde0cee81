import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { boxFailure, CivicBox } from '../base/civic-box.js';
import { loadEach, ResourceController } from '../base/resource-controller.js';
import { CivicError } from '../core/civic-error.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import { cityOf, DEFAULT_CITY } from '../data/city.js';
import { REQUEST_STATES, type CheckedRequest, type ShownState } from '../data/request-check.js';
import { myRequests } from '../data/request-store.js';
import { common, request, requestList } from '../localization/locales/fr.js';
import type { City, Procedure, SessionHeaders } from '../model.js';
import { requestCard, requestFacts, requestTitle } from '../request/request-card.js';
import { formatMoment, momentTime } from '../request/request-dates.js';
import { requestErrorMessage } from '../request/request-errors.js';
import { stateIcons } from '../request/request-states.js';
import { requestStyles } from '../request/request-styles.js';
import { requestTimeline } from '../request/request-timeline.js';
import { formStyles } from '../styles/form-styles.js';
import { requestListStyles } from './request-list.styles.js';

type Filter = ShownState | 'all';

interface Loaded {
  requests: CheckedRequest[];
  city: City;
}

/** Detail of `civic-load`: how many requests are shown; their content stays in the element. */
export interface RequestListLoadDetail {
  count: number;
}

const ORDER: readonly ShownState[] = [...REQUEST_STATES, 'unknown'];

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
export class CivicRequestList extends CivicBox {
  protected static override french = { common, request, requestList };

  static override styles = [...CivicBox.styles, formStyles, requestStyles, requestListStyles];

  static override properties = {
    ...CivicBox.properties,
    session: { attribute: false },
  };

  /**
   * A function returning the headers that prove the citizen's session (or a promise of them). Set
   * it from JavaScript; kept in memory only, never stored. Setting it again loads the list again.
   */
  session?: SessionHeaders;

  #filter: Filter = 'all';
  readonly #announcer = new LiveAnnouncer(this);
  /** Whether the loaded list was announced (once per session). */
  #toldLoaded = false;

  readonly #data = new ResourceController<Loaded, SessionHeaders>(this, () => this.provider.value, {
    args: () =>
      typeof this.session === 'function'
        ? this.session
        : new CivicError('unauthorized', 'No session: set the session property of <civic-request-list>', {
            details: ['session'],
          }),
    load: async (store, session, signal) => {
      const [requests, city] = await Promise.all([
        myRequests(store, session, signal),
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

  /** The procedures of the requests listed, for their titles in the reader's language. */
  readonly #procedures = new ResourceController<Map<string, Procedure | CivicError>, string[]>(
    this,
    () => this.provider.value,
    {
      args: () => {
        const ids = new Set(this.#data.value?.requests.flatMap((r) => r.procedureId ?? []));
        return ids.size ? [...ids].sort() : undefined;
      },
      load: (store, ids, signal) => loadEach(ids, (id) => store.procedure(id, signal)),
      quiet: true,
    },
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new session (another citizen, or signed in again): loaded again (a new args), from the whole list.
    if (changed.has('session') && this.hasUpdated) {
      this.#filter = 'all';
      this.#announcer.clear();
      this.#toldLoaded = false;
      return;
    }
    // Once loaded, in the page's language, say how many: the list appears without moving focus, and
    // a screen-reader user would not otherwise know the wait is over.
    const state = this.#data.state;
    if (state.status === 'ready' && this.locale.ready && !this.#toldLoaded) {
      this.#toldLoaded = true;
      const t = this.msg.requestList;
      this.#announcer.say(state.value.requests.length ? t.shown(state.value.requests.length) : t.empty);
    }
  }

  protected heading(): string {
    return this.msg.requestList.heading;
  }

  protected override errorMessage(error: CivicError): string {
    if (error.code === 'unauthorized')
      return error.details[0] === 'session' ? this.msg.requestList.signIn : this.msg.common.errors.unauthorized;
    return requestErrorMessage(error, this.msg.request) ?? super.errorMessage(error);
  }

  protected override render(): TemplateResult {
    const state = this.locale.ready ? this.#data.state : { status: 'loading' as const };
    return this.box(
      html`${
        state.status === 'ready'
          ? this.#list(state.value)
          : state.status === 'error'
            ? this.#error(state.error)
            : this.skeleton()
      }
      ${this.#announcer.region()}`,
      { busy: state.status === 'loading' },
    );
  }

  #error(error: CivicError): TemplateResult {
    const unauthorized = error.code === 'unauthorized';
    return boxFailure(error, this.errorMessage(error), {
      icon: unauthorized ? stateIcons['waiting-citizen'] : stateIcons.rejected,
      kind: unauthorized ? 'sign-in' : 'error',
      after: unauthorized ? html`<slot name="sign-in"></slot>` : undefined,
      retry: unauthorized ? undefined : () => this.#data.reload(),
      retryLabel: this.msg.request.retry,
    });
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
      this.#announcer.say(this.msg.requestList.shown(count));
    }
    this.requestUpdate();
  };

  #request(r: CheckedRequest, city: City): TemplateResult {
    const t = this.msg.request;
    const lang = this.locale.lang;
    const timeZone = city.timeZone;
    const known = r.procedureId ? this.#procedures.value?.get(r.procedureId) : undefined;
    const procedure = known instanceof Error ? undefined : known;
    // The list shows when things happen, not how long a procedure usually takes.
    const facts = requestFacts(r, { t, lang, timeZone, now: this.moment });
    const activity = formatMoment(lastActivity(r), lang, timeZone, false);
    if (activity) facts.push([this.msg.requestList.lastActivity, activity]);
    return html`<li class="request" part="request">
      ${requestCard(r, lang, {
        t,
        title: requestTitle(r, procedure, lang, t),
        level: this.sublevel,
        kind: 'list',
        facts,
      })}
      ${
        r.history.length
          ? html`<details part="details">
              <summary>${this.msg.requestList.showHistory(r.history.length)}</summary>
              ${requestTimeline(r.history, { t, lang, timeZone })}
            </details>`
          : nothing
      }
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-request-list': CivicRequestList;
  }
}
