import { html, nothing, type TemplateResult } from 'lit';
import { pickText } from '../core/localized-text.js';
import type { CheckedRequest } from '../data/request-check.js';
import type { request } from '../localization/locales/fr.js';
import type { Procedure } from '../model.js';
import { formatDays, formatMoment, relativeDay } from './request-dates.js';
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
  /** The title's class, and its id when something refers to it. */
  titleClass: string;
  titleId?: string;
  /** The call-out before the title (a request looked up) or after the state (a request in a list). */
  calloutFirst: boolean;
  facts: readonly Fact[];
  /** The facts list's part name, when it is one. */
  factsPart?: string;
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
 * the expected date, or else the procedure's usual processing time when it is known.
 */
export function requestFacts(r: CheckedRequest, when: RequestWhen, procedure?: Procedure): Fact[] {
  const { t, lang, timeZone, now } = when;
  const facts: Fact[] = [];
  const nextStep = pickText(r.nextStep, lang);
  if (nextStep && r.state !== 'waiting-citizen') facts.push([t.nextStep, nextStep, true]);
  if (!OPEN_STATES.has(r.state)) return facts;
  const expected = formatMoment(r.expectedDate, lang, timeZone, false);
  const usual = procedure?.processingTime;
  if (expected) facts.push([t.expected, t.expectedOn(expected, relativeDay(r.expectedDate!, now, lang, timeZone))]);
  else if (usual && usual.days > 0) {
    const note = pickText(usual.note, lang);
    facts.push([
      t.typical,
      html`${formatDays(usual.days, lang)}${note ? html` <span class="muted">${note}</span>` : nothing}`,
    ]);
  }
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

export function requestCard(r: CheckedRequest, lang: string, options: RequestCardOptions): TemplateResult {
  const { t } = options;
  const callout = r.state === 'waiting-citizen' ? actionNeeded(r, lang, t) : nothing;
  return html`${options.calloutFirst ? callout : nothing}
    <div class=${options.titleClass} role="heading" aria-level=${options.level} id=${options.titleId ?? nothing}>
      ${options.title}
    </div>
    <p class="reference">${t.reference(r.reference)}</p>
    ${stateLine(r.state, r.stateLabel, t)} ${options.calloutFirst ? nothing : callout}
    ${factsList(options.facts, options.factsPart)}`;
}
