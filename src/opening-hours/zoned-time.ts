import { momentOf } from '../core/attribute-values.js';

/**
 * Wall-clock time in a given IANA time zone, through Intl only: never the visitor's own zone, so
 * a town hall in Paris shows Paris hours to a visitor in São Paulo.
 */
export interface ZonedMoment {
  /** "YYYY-MM-DD" in that zone. */
  date: string;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether the browser knows this IANA zone. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function zonedMoment(instant: Date, timeZone: string): ZonedMoment {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) parts[p.type] = p.value;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return { date, weekday: weekdayOf(date), minutes: Number(parts.hour) * 60 + Number(parts.minute) };
}

/** 0 = Monday … 6 = Sunday, for a calendar date. */
export function weekdayOf(date: string): number {
  return (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * The instant at which the zone's clock shows `minutes` on `date`. In a spring-forward gap the
 * clock jumps: the instant of the first minute after the gap is returned.
 */
export function instantAt(date: string, minutes: number, timeZone: string): Date {
  const wanted = Date.parse(`${date}T00:00:00Z`) + minutes * 60_000;
  // Two passes converge for every real zone: guess with the offset at the guess.
  let guess = wanted;
  for (let i = 0; i < 2; i++) {
    const seen = zonedMoment(new Date(guess), timeZone);
    const shown = Date.parse(`${seen.date}T00:00:00Z`) + seen.minutes * 60_000;
    guess += wanted - shown;
  }
  return new Date(guess);
}

/**
 * The instant of a `now` attribute: one written without an offset ("2027-03-09T10:00") is read on
 * the city's clock, so a preview shows the same thing to every visitor; any other as `momentOf`.
 */
export function momentIn(now: string | undefined, timeZone: string): Date {
  const wall = /^(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)$/.exec(now ?? '');
  return wall ? instantAt(wall[1], +wall[2] * 60 + +wall[3], timeZone) : momentOf(now);
}
