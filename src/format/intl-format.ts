import { addDays, weekdayOf, zonedMoment } from '../opening-hours/zoned-time.js';

/**
 * Dates and times in the reader's language, through Intl. Opening times are wall-clock minutes of
 * the city: they are formatted as such, never shifted into the visitor's zone.
 */
const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat>();
const dtf = (lang: string, options: Intl.DateTimeFormatOptions) => {
  const key = lang + JSON.stringify(options);
  if (!cache.has(key)) cache.set(key, new Intl.DateTimeFormat(lang, { timeZone: 'UTC', ...options }));
  return cache.get(key) as Intl.DateTimeFormat;
};

/** 510 -> "08:30" (fr, de, it, pt-BR: 24-hour clocks), "8:30 AM" (en). 1440 reads as midnight. */
export function formatTime(minutes: number, lang: string): string {
  const clock24 = /h2[34]/.test(dtf(lang, { hour: 'numeric' }).resolvedOptions().hourCycle ?? '');
  return dtf(lang, { hour: clock24 ? '2-digit' : 'numeric', minute: '2-digit' }).format(
    Date.UTC(2000, 0, 3, 0, minutes),
  );
}

export function formatRange([start, end]: readonly [number, number], lang: string): string {
  return `${formatTime(start, lang)} – ${formatTime(end, lang)}`;
}

/** 0 = Monday -> "lundi". */
export function weekdayName(weekday: number, lang: string): string {
  return dtf(lang, { weekday: 'long' }).format(Date.UTC(2024, 0, 1 + weekday, 12));
}

/** "mercredi 24 décembre" */
export function formatDate(date: string, lang: string): string {
  return dtf(lang, { weekday: 'long', day: 'numeric', month: 'long' }).format(new Date(`${date}T12:00:00Z`));
}

/** "aujourd’hui", "demain", "lundi" within a week, else the date. */
export function dayFromToday(date: string, today: string, lang: string): string {
  for (let offset = 0; offset < 7; offset++) {
    if (addDays(today, offset) !== date) continue;
    if (offset > 1) return weekdayName(weekdayOf(date), lang);
    const key = `rel:${lang}`;
    if (!cache.has(key)) cache.set(key, new Intl.RelativeTimeFormat(lang, { numeric: 'auto' }));
    return (cache.get(key) as Intl.RelativeTimeFormat).format(offset, 'day');
  }
  return formatDate(date, lang);
}

/**
 * "heure normale d’Europe centrale" for Europe/Paris in winter, "heure d’été…" in summer: named at
 * the date shown, said when the visitor's clock reads otherwise.
 */
export function zoneName(timeZone: string, lang: string, at: Date): string {
  const part = dtf(lang, { timeZone, timeZoneName: 'long' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

/** Whether the visitor's clock shows the same time as the city's at that instant (same offset). */
export const visitorIsIn = (timeZone: string, at: Date): boolean =>
  JSON.stringify(zonedMoment(at, timeZone)) ===
  JSON.stringify(zonedMoment(at, Intl.DateTimeFormat().resolvedOptions().timeZone));
