import type { City } from '../model.js';
import type { ResourceStore } from './resource-store.js';
import { filled, link, matches, object, plainText, text, type Report } from '../core/shape-checks.js';

/** A city that says nothing about itself is French, in Paris time. */
export const DEFAULT_CITY: City = { name: '', country: 'FR', timeZone: 'Europe/Paris', defaultLanguage: 'fr' };

const cityShape = object<Partial<City>>({
  name: text,
  country: matches(/^[A-Z]{2}$/, 'a country code like "FR"'),
  // '' is a city whose zone is unknown (Open311 without `time-zone`): dates then keep the offset
  // the server gave them, rather than Paris time for a city on another continent. Any other text
  // is checked where it is used (isTimeZone), so the check here stays small.
  timeZone: plainText,
  defaultLanguage: filled,
  url: link,
});

/**
 * The city of the catalog (time zone and country of opening hours and dates), checked, shared and
 * kept for the page. Beside the store so that only the elements that show hours or dates carry it.
 */
export function cityOf(store: ResourceStore, signal: AbortSignal): Promise<City> {
  return store.shared('city', signal, async (options) => {
    const raw: unknown = await store.adapter.getCity?.(options);
    if (raw === undefined || raw === null) return DEFAULT_CITY;
    const report: Report = { errors: [], warnings: [] };
    const city = cityShape(raw, 'city', report);
    if (report.errors.length)
      console.warn(`civic-elements: the city is left at its defaults where wrong:\n- ${report.errors.join('\n- ')}`);
    return { ...DEFAULT_CITY, ...city };
  });
}
