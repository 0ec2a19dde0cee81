import { addDays } from './zoned-time.js';

/**
 * Public holidays by country, as "YYYY-MM-DD" dates. France is built in; a city elsewhere adds
 * its calendar with `registerPublicHolidays('CH', (year) => [...])`.
 */
export type HolidayCalendar = (year: number) => string[];

const calendars = new Map<string, HolidayCalendar>();
const cache = new Map<string, Set<string>>();

export function registerPublicHolidays(country: string, calendar: HolidayCalendar): void {
  calendars.set(country.toUpperCase(), calendar);
  cache.clear();
}

export function isPublicHoliday(date: string, country: string): boolean {
  const code = country.toUpperCase();
  const year = date.slice(0, 4);
  let days = cache.get(code + year);
  if (!days) {
    days = new Set(calendars.get(code)?.(+year) ?? []);
    cache.set(code + year, days);
  }
  return days.has(date);
}

/** Easter Sunday (Gregorian calendar), "YYYY-MM-DD". */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The eleven national public holidays of France (Code du travail, L3133-1). */
export const frenchPublicHolidays: HolidayCalendar = (year) => {
  const easter = easterSunday(year);
  return [
    ...['01-01', '05-01', '05-08', '07-14', '08-15', '11-01', '11-11', '12-25'].map((md) => `${year}-${md}`),
    addDays(easter, 1), // Easter Monday
    addDays(easter, 39), // Ascension
    addDays(easter, 50), // Whit Monday
  ];
};

registerPublicHolidays('FR', frenchPublicHolidays);
