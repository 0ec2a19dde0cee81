import { html, nothing, type TemplateResult } from 'lit';
import { pickText } from '../core/localized-text.js';
import type { Messages } from '../localization/locales/fr.js';
import type { OpeningHours } from '../model.js';
import {
  WEEKDAYS,
  openingState,
  toRange,
  upcomingChanges,
  weekOn,
  type OpeningState,
  type Place,
} from '../opening-hours/opening-hours.js';
import { zonedMoment } from '../opening-hours/zoned-time.js';
import {
  dayFromToday,
  formatDate,
  formatRange,
  formatTime,
  visitorIsIn,
  weekdayName,
  zoneName,
} from '../format/intl-format.js';

export interface HoursContext {
  msg: Messages;
  lang: string;
  place: Place;
  now: Date;
}

/** How a state is said: a counter opens and closes, a live consultation is available. */
export interface StateWords {
  openUntil: (time: string) => string;
  closedOpens: (day: string, time: string) => string;
  closed: string;
}

/** "Ouvert · ferme à 17:30" / "Fermé · ouvre lundi à 08:30", from a computed state. */
export function stateSentence(
  state: OpeningState,
  { msg, lang, now }: HoursContext,
  zone: string,
  t: StateWords = msg.hours,
): string {
  if (state.open) return t.openUntil(formatTime(state.closesAt.minutes, lang));
  if (!state.opensAt) return t.closed;
  const today = zonedMoment(now, zone).date;
  return t.closedOpens(dayFromToday(state.opensAt.date, today, lang), formatTime(state.opensAt.minutes, lang));
}

/**
 * Whether a place is open now, then, on demand, its whole week as a real table and the coming
 * days that differ (holidays, closures). Everything in the place's time zone.
 */
export function hoursView(hours: OpeningHours, context: HoursContext, words?: StateWords): TemplateResult {
  const { msg, lang, now, place } = context;
  const t = msg.hours;
  const zone = hours.timeZone ?? place.timeZone;
  const state = openingState(hours, now, place);
  const today = zonedMoment(now, zone);
  const { weekly, season } = weekOn(hours, today.date);
  const changes = upcomingChanges(hours, now, place);
  const why = state.today.reason === 'holiday' ? t.holiday : pickText(state.today.note, lang);
  return html`<div class="hours" part="hours">
    <p class="state ${state.open ? 'open' : 'closed'}" part="hours-state">
      <span class="dot" aria-hidden="true"></span
      >${stateSentence(state, context, zone, words)}${why && !state.open ? html` <span class="why">(${why})</span>` : nothing}
    </p>
    <details part="hours-details">
      <summary>${t.showAll}</summary>
      <table>
        <caption>
          ${t.caption}${season ? html` – ${pickText(season, lang)}` : nothing}${visitorIsIn(zone, now) ? nothing : html`<br /><span class="muted">${t.zone(zoneName(zone, lang, now))}</span>`}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t.day}</th>
            <th scope="col">${t.hours}</th>
          </tr>
        </thead>
        <tbody>
          ${WEEKDAYS.map((day, i) => {
            const ranges = weekly[day] ?? [];
            return html`<tr aria-current=${i === today.weekday ? 'date' : nothing}>
              <th scope="row">${weekdayName(i, lang)}</th>
              <td>${ranges.length ? ranges.map((r) => formatRange(toRange(r), lang)).join(', ') : t.closedDay}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      ${
        changes.length
          ? html`<p class="muted">${t.upcoming}</p>
              <ul class="changes">
                ${changes.map((d) => html`<li>${formatDate(d.date, lang)} – ${d.ranges.length ? d.ranges.map((r) => formatRange(r, lang)).join(', ') : t.closedDay}${d.reason === 'holiday' ? ` (${t.holiday})` : d.note ? ` (${pickText(d.note, lang)})` : ''}</li>`)}
              </ul>`
          : nothing
      }
      ${hours.note ? html`<p class="muted">${pickText(hours.note, lang)}</p>` : nothing}
    </details>
  </div>`;
}
