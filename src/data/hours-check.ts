import type { OpeningHours, Weekday } from '../model.js';
import { every, filled, matches, object, oneOf, text, type Check } from '../core/shape-checks.js';
import { isTimeZone } from '../opening-hours/zoned-time.js';

/**
 * The full check of opening hours from a backend. A time range that does not parse makes the
 * whole block wrong (leaving one range out would show wrong hours); the element then says that
 * the hours could not be read rather than showing a lie.
 */
const timeRange: Check<string> = (v, path, r) => {
  const range = matches(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'a time range like "08:30-12:00"')(
    v,
    path,
    r,
  );
  if (range === undefined) return undefined;
  // "22:00-02:00" runs through midnight, as cities write a night's hours; only an empty range is wrong.
  if (range.slice(0, 5) === range.slice(6)) return (r.errors.push(`${path}: is empty: "${range}"`), undefined);
  return range;
};
const week = object<Partial<Record<Weekday, string[]>>>({
  mo: every(timeRange),
  tu: every(timeRange),
  we: every(timeRange),
  th: every(timeRange),
  fr: every(timeRange),
  sa: every(timeRange),
  su: every(timeRange),
});
const date = matches(/^\d{4}-\d{2}-\d{2}$/, 'a date like "2026-12-24"');
const monthDay = matches(/^\d{2}-\d{2}$/, 'a day like "07-14"');
const zone: Check<string> = (v, path, r) => {
  const name = filled(v, path, r);
  return name && (isTimeZone(name) ? name : (r.errors.push(`${path}: is not a time zone: "${name}"`), undefined));
};

export const openingHours = object<OpeningHours>(
  {
    timeZone: zone,
    weekly: week,
    seasons: every(object({ from: monthDay, to: monthDay, weekly: week, label: text }, ['from', 'to', 'weekly'])),
    exceptions: every(object({ from: date, to: date, hours: every(timeRange), note: text }, ['from'])),
    publicHolidays: oneOf('closed', 'open'),
    note: text,
  },
  ['weekly'],
);
