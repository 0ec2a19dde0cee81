import { readDate, type ReadDate } from '../data/request-check.js';
import { isTimeZone, zonedMoment } from '../opening-hours/zoned-time.js';

/**
 * The dates of a citizen's request in the reader's language, through Intl. A moment with a zone
 * ("…T14:30:00+01:00", "…Z") is shown in the city's time zone, never the visitor's; a date, or a
 * time without a zone, is the city's own calendar and wall clock and is shown as written.
 * Unreadable dates give '' (the request check has already left them out).
 */
const formats = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>(
  key: string,
  make: () => T,
): T {
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = make()));
  return format;
}

const zoneOf = (date: ReadDate, timeZone: string) => (date.hasZone && isTimeZone(timeZone) ? timeZone : 'UTC');

/** Minutes east of UTC a moment was written at ("…T18:30-08:00" → -480), 0 for a bare date or time. */
function ownOffset(iso: string): number {
  const m = /T[\d:.,]+(?:Z|([+-])(\d\d):?(\d\d)?)$/i.exec(iso.trim());
  return m?.[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}

/**
 * The instant to format in `zoneOf`: a zoned moment of a city whose zone is unknown ('') is moved
 * to the wall clock of its own offset and shown as UTC, so "18:30-08:00" reads 18:30.
 */
const shownTime = (date: ReadDate, iso: string, timeZone: string) =>
  date.hasZone && !isTimeZone(timeZone) ? date.time + ownOffset(iso) * 60_000 : date.time;

/** "12 mars 2026", or "12 mars 2026 à 14:30" when a time is given and `withTime`. */
export function formatMoment(iso: string | undefined, lang: string, timeZone: string, withTime = true): string {
  const date = readDate(iso);
  if (!date) return '';
  const timed = withTime && date.hasTime;
  const zone = zoneOf(date, timeZone);
  const format = cached(
    `d:${lang}:${zone}:${timed}`,
    () =>
      new Intl.DateTimeFormat(
        lang,
        timed ? { dateStyle: 'long', timeStyle: 'short', timeZone: zone } : { dateStyle: 'long', timeZone: zone },
      ),
  );
  return format.format(shownTime(date, iso!, timeZone));
}

/** "YYYY-MM-DD" of a moment in the city's calendar. */
export function cityDay(iso: string | Date, timeZone: string): string | undefined {
  if (iso instanceof Date) return zonedMoment(iso, isTimeZone(timeZone) ? timeZone : 'UTC').date;
  const date = readDate(iso);
  if (!date) return undefined;
  return date.hasZone
    ? zonedMoment(new Date(shownTime(date, iso, timeZone)), zoneOf(date, timeZone)).date
    : new Date(date.time).toISOString().slice(0, 10);
}

/** "aujourd’hui", "demain", "dans 3 jours", "il y a 2 jours", "dans 2 mois": calendar days in the city. */
export function relativeDay(iso: string, now: Date, lang: string, timeZone: string): string {
  const day = cityDay(iso, timeZone);
  // A city of unknown zone: today at the offset the date was written at.
  const today = cityDay(isTimeZone(timeZone) ? now : new Date(now.getTime() + ownOffset(iso) * 60_000), timeZone);
  if (!day || !today) return '';
  const days = Math.round((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
  const format = cached(`r:${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
  const words = Math.abs(days) <= 45 ? format.format(days, 'day') : format.format(Math.round(days / 30.44), 'month');
  // "dans 11 jours" stays on one line.
  return words.replace(/ /g, '\u00a0');
}

/** "30 jours", "1 day": a duration in days, in the reader's language. */
export function formatDays(days: number, lang: string): string {
  return cached(
    `n:${lang}`,
    () => new Intl.NumberFormat(lang, { style: 'unit', unit: 'day', unitDisplay: 'long' }),
  ).format(days);
}

/** A moment for sorting; -Infinity when absent or unreadable. */
export function momentTime(iso: string | undefined): number {
  return readDate(iso)?.time ?? -Infinity;
}

/**
 * The expected date of an open request: "12 mars 2026 (dans 3 jours)", or, once the day has
 * passed, plainly that it has and since when, never "(il y a 199 mois)".
 */
export function expectedWhen(
  iso: string,
  now: Date,
  lang: string,
  timeZone: string,
  t: { expectedOn: (date: string, relative: string) => string; expectedPassed: (date: string) => string },
): string {
  const date = formatMoment(iso, lang, timeZone, false);
  const day = cityDay(iso, timeZone);
  const today = cityDay(isTimeZone(timeZone) ? now : new Date(now.getTime() + ownOffset(iso) * 60_000), timeZone);
  if (!date) return '';
  return day && today && day < today
    ? t.expectedPassed(date)
    : t.expectedOn(date, relativeDay(iso, now, lang, timeZone));
}
