import { html, nothing, type TemplateResult } from 'lit';
import type { ResourceState } from '../base/resource-controller.js';
import type { CivicError } from '../core/civic-error.js';
import type { CheckedRequest } from '../data/request-check.js';
import type { Messages } from '../localization/locales/fr.js';
import type { City, Procedure } from '../model.js';
import { requestCard, requestFacts, requestTitle, type Fact } from '../request/request-card.js';
import { formatDays, formatMoment } from '../request/request-dates.js';
import { pickText } from '../core/localized-text.js';
import { OPEN_STATES, stateIcons } from '../request/request-states.js';
import { requestTimeline } from '../request/request-timeline.js';

/**
 * What <civic-request-status> shows under its form: nothing before a lookup, "searching", why the
 * lookup failed, or the request found with its procedure, facts, history and a "new search".
 */
export interface LookupResultContext {
  msg: Pick<Messages, 'request' | 'requestStatus'>;
  lang: string;
  city: City;
  now: Date;
  /** The request title's heading level; its history's is one below. */
  level: number;
  /** The request's procedure from the catalog, once it is there. */
  procedure?: Procedure;
  errorMessage: (error: CivicError) => string;
  onNewSearch: () => void;
}

export function lookupResult(
  search: ResourceState<CheckedRequest>,
  context: LookupResultContext,
): TemplateResult | typeof nothing {
  switch (search.status) {
    case 'idle':
      return nothing;
    case 'loading':
      return html`<div class="result searching" part="result" aria-busy="true">
        <p class="muted">${context.msg.requestStatus.searching}</p>
      </div>`;
    case 'error':
      return html`<div class="result" part="result">
        <div class="message error" part="error">
          ${stateIcons.rejected}
          <p>${context.errorMessage(search.error)}</p>
        </div>
      </div>`;
    case 'ready':
      return foundRequest(search.value, context);
  }
}

function foundRequest(found: CheckedRequest, context: LookupResultContext): TemplateResult {
  const { msg, lang, procedure, level } = context;
  const t = msg.request;
  const timeZone = context.city.timeZone;
  const facts: Fact[] = requestFacts(found, { t, lang, timeZone, now: context.now });
  // No expected date: the procedure's usual processing time, when the catalog gives it.
  const usual = procedure?.processingTime;
  if (
    OPEN_STATES.has(found.state) &&
    !formatMoment(found.expectedDate, lang, timeZone, false) &&
    usual &&
    usual.days > 0
  ) {
    const note = pickText(usual.note, lang);
    facts.push([
      t.typical,
      html`${formatDays(usual.days, lang)}${note ? html` <span class="muted">${note}</span>` : nothing}`,
    ]);
  }
  if (found.handledBy) facts.push([t.handledBy, found.handledBy]);
  const created = formatMoment(found.createdAt, lang, timeZone, false);
  if (created) facts.push([t.created, created]);
  const updated = formatMoment(found.updatedAt, lang, timeZone, false);
  if (updated) facts.push([t.updated, updated]);
  return html`<div class="result" part="result">
    <article class="request" aria-labelledby="result-title">
      ${requestCard(found, lang, {
        t,
        title: requestTitle(found, procedure, lang, t),
        level,
        kind: 'status',
        facts,
      })}
      <div class="subheading" role="heading" aria-level=${Math.min(level + 1, 6)} id="history">${t.history}</div>
      ${requestTimeline(found.history, { t, lang, timeZone, labelledBy: 'history' })}
    </article>
    <button class="button secondary" type="button" part="new-search" @click=${context.onNewSearch}>
      ${msg.requestStatus.newSearch}
    </button>
  </div>`;
}
