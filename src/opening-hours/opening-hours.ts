import type { LocalizedText, OpeningHours, Weekday } from '../model.js';
import { isPublicHoliday } from './public-holidays.js';
import { addDays, instantAt, weekdayOf, zonedMoment } from './zoned-time.js';

/**
 * What opening hours mean at a given moment: the hours of a date (exceptions first, then public
 * holidays, then the season's or the regular week), whether the place is open now, when it closes
 * or opens next. All in the place's time zone.
 */
export const WEEKDAYS: Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];

/**
 * Start and end in minutes since local midnight; the end may be 1440 ("24:00"), or beyond for a
 * range through midnight ("22:00-02:00" is [1320, 1560]).
 */
export type Range = readonly [number, number];

export interface DayHours {
  date: string;
  ranges: Range[];
  /** Why the day is not the regular week. */
  reason?: 'exception' | 'holiday';
  note?: LocalizedText;
}

export interface Moment {
  date: string;
  minutes: number;
}

export type OpeningState =
  { open: true; closesAt: Moment; today: DayHours } | { open: false; opensAt?: Moment; today: DayHours };

export interface Place {
  timeZone: string;
  /** Country of the public holidays. */
  country: string;
}

/** How far ahead "opens at" looks: a long closure (works, summer) still gets its reopening date. */
const LOOK_AHEAD_DAYS = 92;

export const toRange = (text: string): Range => {
  const [start, end] = text.split('-').map((t) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5)));
  return [start, end > start ? end : end + 1440];
};

const inSeason = (monthDay: string, from: string, to: string) =>
  from <= to ? monthDay >= from && monthDay <= to : monthDay >= from || monthDay <= to; // a season may span New Year

/** The regular week that applies on `date`: the season's if one covers it. */
export function weekOn(hours: OpeningHours, date: string): { weekly: OpeningHours['weekly']; season?: LocalizedText } {
  const season = hours.seasons?.find((s) => inSeason(date.slice(5), s.from, s.to));
  return season
    ? { weekly: season.weekly, season: season.label ?? `${season.from} – ${season.to}` }
    : { weekly: hours.weekly };
}

export function hoursOn(hours: OpeningHours, date: string, country: string): DayHours {
  const exception = hours.exceptions?.find((e) => date >= e.from && date <= (e.to ?? e.from));
  if (exception)
    return { date, ranges: (exception.hours ?? []).map(toRange), reason: 'exception', note: exception.note };
  if (hours.publicHolidays !== 'open' && isPublicHoliday(date, country)) return { date, ranges: [], reason: 'holiday' };
  const ranges = (weekOn(hours, date).weekly[WEEKDAYS[weekdayOf(date)]] ?? []).map(toRange);
  return { date, ranges: ranges.sort((a, b) => a[0] - b[0]) };
}

export function openingState(hours: OpeningHours, now: Date, place: Place): OpeningState {
  const zone = hours.timeZone ?? place.timeZone;
  const { date, minutes } = zonedMoment(now, zone);
  const today = hoursOn(hours, date, place.country);
  // Yesterday's range through midnight still runs in the small hours.
  const night = hoursOn(hours, addDays(date, -1), place.country).ranges.find(([, end]) => minutes < end - 1440);
  if (night) return { open: true, closesAt: { date, minutes: night[1] - 1440 }, today };
  const current = today.ranges.find(([start, end]) => minutes >= start && minutes < end);
  if (current) return { open: true, closesAt: closingAfter(hours, today, current, place.country), today };
  const later = today.ranges.find(([start]) => start > minutes);
  if (later) return { open: false, opensAt: { date, minutes: later[0] }, today };
  for (let offset = 1; offset <= LOOK_AHEAD_DAYS; offset++) {
    const day = hoursOn(hours, addDays(date, offset), place.country);
    if (day.ranges.length) return { open: false, opensAt: { date: day.date, minutes: day.ranges[0][0] }, today };
  }
  return { open: false, today };
}

/** Follows ranges that touch (12:00-14:00 then 14:00-18:00, or 24:00 then 00:00 next day). */
function closingAfter(hours: OpeningHours, day: DayHours, range: Range, country: string): Moment {
  let end = range[1];
  let current = day;
  for (let guard = 0; guard < 14; guard++) {
    const touching = current.ranges.find(([start]) => start === end);
    if (touching) {
      end = touching[1];
      continue;
    }
    if (end > 1440) return { date: addDays(current.date, 1), minutes: end - 1440 };
    if (end < 1440) break;
    const next = hoursOn(hours, addDays(current.date, 1), country);
    const first = next.ranges.find(([start]) => start === 0);
    if (!first) return { date: next.date, minutes: 0 };
    current = next;
    end = first[1];
  }
  return { date: current.date, minutes: end };
}

/** When the state will change next (to refresh "open now"), as an instant. */
export function nextChange(state: OpeningState, hours: OpeningHours, place: Place): Date | undefined {
  const moment = state.open ? state.closesAt : state.opensAt;
  return moment && instantAt(moment.date, moment.minutes, hours.timeZone ?? place.timeZone);
}

/** Days of the coming weeks that differ from the regular week (closures, holidays, special hours). */
export function upcomingChanges(hours: OpeningHours, now: Date, place: Place, days = 31): DayHours[] {
  const { date } = zonedMoment(now, hours.timeZone ?? place.timeZone);
  const changes: DayHours[] = [];
  for (let offset = 0; offset < days; offset++) {
    const day = hoursOn(hours, addDays(date, offset), place.country);
    if (!day.reason) continue;
    const regular = (weekOn(hours, day.date).weekly[WEEKDAYS[weekdayOf(day.date)]] ?? []).map(toRange);
    // A closure on a day that is closed anyway changes nothing for the reader.
    if (String(regular) === String(day.ranges)) continue;
    changes.push(day);
  }
  return changes;
}
