import { html, nothing, type TemplateResult } from 'lit';
import type { CheckedEvent } from '../data/request-check.js';
import type { request } from '../localization/locales/fr.js';
import { formatMoment } from './request-dates.js';
import { stateIcons, stateWords } from './request-states.js';

/**
 * The history of a request: an ordered list, oldest first (the check sorts it), each event with
 * its date in the reader's language (city time), its state in words and shape, and its note.
 * Notes are plain text: markup in them is shown as text (Lit never parses it), line breaks kept.
 * A long note shows its beginning, and a disclosure shows it whole.
 */
export interface TimelineContext {
  /** The shared request strings. */
  t: typeof request;
  lang: string;
  /** The city's time zone, for dates with a time. */
  timeZone: string;
  /** Id of the heading that names the list. */
  labelledBy?: string;
}

/** Notes longer than this are folded behind a disclosure. */
export const FOLD_NOTE = 480;
const PREVIEW = 320;

export function requestTimeline(history: readonly CheckedEvent[], context: TimelineContext): TemplateResult {
  const { t } = context;
  if (!history.length) return html`<p class="muted">${t.noHistory}</p>`;
  return html`<ol class="timeline" part="timeline" aria-labelledby=${context.labelledBy ?? nothing}>
    ${history.map((event) => eventView(event, context))}
  </ol>`;
}

function eventView(event: CheckedEvent, { t, lang, timeZone }: TimelineContext): TemplateResult {
  const { words, original } = stateWords(event.state, event.stateLabel, t);
  const shown = event.date ? formatMoment(event.date, lang, timeZone) : '';
  return html`<li class="event state-${event.state ?? 'step'}" part="event">
    <span class="marker">${stateIcons[event.state ?? 'step']}</span>
    <div class="event-body">
      <p class="event-date">
        ${shown ? html`<time datetime=${event.date!}>${shown}</time>` : html`<span class="muted">${t.undated}</span>`}
      </p>
      ${words ? html`<p class="event-state">${words}</p>` : nothing}
      ${original ? html`<p class="original">${t.original(original)}</p>` : nothing}
      ${event.note ? noteView(event.note, t) : nothing}
    </div>
  </li>`;
}

/** A note; a long one cut at a word, with the whole text behind "Lire le message en entier". */
export function noteView(note: string, t: typeof request): TemplateResult {
  if (note.length <= FOLD_NOTE) return html`<p class="note">${note}</p>`;
  const cut = note.slice(0, PREVIEW);
  const space = cut.search(/\s\S*$/);
  const preview = (space > PREVIEW * 0.6 ? cut.slice(0, space) : cut).trimEnd();
  return html`<p class="note note-preview">${preview}…</p>
    <details class="note-full" part="note-details">
      <summary>${t.fullNote}</summary>
      <p class="note">${note}</p>
    </details>`;
}
