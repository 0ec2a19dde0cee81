import { html, nothing, type TemplateResult } from 'lit';
import { pickText } from '../core/localized-text.js';
import type { CheckedRequest } from '../data/request-check.js';
import type { request } from '../localization/locales/fr.js';
import type { Procedure } from '../model.js';
import { expectedWhen, formatMoment } from './request-dates.js';
import { OPEN_STATES, stateIcons, stateLine } from './request-states.js';

/**
 * What <civic-request-status> and <civic-request-list> both show of a request: its title, its
 * reference, its state, the "waiting for you" call-out and the facts list. Each element puts it
 * in its own frame (the status's result with its history, the list's item with a disclosure).
 */

type RequestWords = typeof request;

/** One line of the facts list: a term, its value, and whether it takes the whole width. */
export type Fact = [term: string, value: unknown, wide?: boolean];

export interface RequestWhen {
  t: RequestWords;
  lang: string;
  /** The city's time zone: dates are the city's days. */
  timeZone: string;
  /** The moment "in 3 days" counts from. */
  now: Date;
}

export interface RequestCardOptions {
  t: RequestWords;
  title: string;
  /** The title's heading level. */
  level: number;
  /**
   * `status`: a request looked up, its title `#result-title` and the facts list a part; `list`: an
   * item of a list. Both say the call-out after the state, below the heading.
   */
  kind: 'status' | 'list';
  facts: readonly Fact[];
}

/** The procedure's title in the reader's language: the catalog's, else the backend's, else "untitled". */
export function requestTitle(
  r: CheckedRequest,
  procedure: Procedure | undefined,
  lang: string,
  t: RequestWords,
): string {
  return (procedure && pickText(procedure.title, lang)) || pickText(r.procedureTitle, lang) || t.untitled;
}

/**
 * The facts every request has: the next step (unless the call-out says it), then while it is open
 * the expected date. Each element adds its own after them.
 */
export function requestFacts(r: CheckedRequest, { t, lang, timeZone, now }: RequestWhen): Fact[] {
  const facts: Fact[] = [];
  const nextStep = pickText(r.nextStep, lang);
  if (nextStep && r.state !== 'waiting-citizen') facts.push([t.nextStep, nextStep, true]);
  const expected = OPEN_STATES.has(r.state) && formatMoment(r.expectedDate, lang, timeZone, false);
  if (expected) facts.push([t.expected, expectedWhen(r.expectedDate!, now, lang, timeZone, t)]);
  return facts;
}

/** What the city waits for from the citizen, said first and in words. */
function actionNeeded(r: CheckedRequest, lang: string, t: RequestWords): TemplateResult {
  return html`<div class="callout" part="action-needed">
    ${stateIcons['waiting-citizen']}
    <div>
      <p class="callout-title">${t.actionNeeded}</p>
      <p>${pickText(r.nextStep, lang) || t.actionNeededDefault}</p>
    </div>
  </div>`;
}

export function factsList(facts: readonly Fact[], part?: string): TemplateResult | typeof nothing {
  if (!facts.length) return nothing;
  return html`<dl class="facts" part=${part ?? nothing}>
    ${facts.map(
      ([term, value, wide]) =>
        html`<div class=${wide ? 'wide' : ''}>
          <dt>${term}</dt>
          <dd>${value}</dd>
        </div>`,
    )}
  </dl>`;
}

export function requestCard(r: CheckedRequest, lang: string, { t, title, level, kind, facts }: RequestCardOptions) {
  const status = kind === 'status';
  const callout = r.state === 'waiting-citizen' ? actionNeeded(r, lang, t) : nothing;
  // The heading first, then the call-out: a screen-reader user jumping by headings lands on the title
  // and reads on into what is asked of them (before it, the call-out would be skipped).
  return html`<div
      class=${status ? 'result-title' : 'request-title'}
      role="heading"
      aria-level=${level}
      id=${status ? 'result-title' : nothing}
    >
      ${title}
    </div>
    <p class="reference">${t.reference(r.reference)}</p>
    ${stateLine(r.state, r.stateLabel, t)} ${callout} ${factsList(facts, status ? 'facts' : undefined)}`;
}
