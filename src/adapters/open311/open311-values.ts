/**
 * Reading the loose values Open311 servers send: the same field may come as a JSON string, a
 * number, `null`, an empty XML element, or (old FixMyStreet, XML::Simple style) a one-item array.
 * Every reader here returns a clean value or `undefined`, never throws.
 */

export type Loose = Record<string, unknown>;

export const isRecord = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Trimmed text of a field; empty, `null`, objects (an empty XML::Simple element is `{}`) → undefined. */
export function scalar(value: unknown): string | undefined {
  if (Array.isArray(value)) return value.length ? scalar(value[0]) : undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return String(value);
  return undefined;
}

/** Every text inside a value, in order: `"A"`, `["A", "B"]`, `{recipient: ["A", "B"]}`, XML's `{format: […]}`. */
export function texts(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(texts);
  if (isRecord(value)) return Object.values(value).flatMap(texts);
  const text = scalar(value);
  return text === undefined ? [] : [text];
}

/** `true`/`false` whether a boolean or the strings "true"/"false" (mySociety), "1"/"0". */
export function flag(value: unknown): boolean | undefined {
  const text = scalar(value)?.toLowerCase();
  if (text === 'true' || text === '1' || text === 'yes') return true;
  if (text === 'false' || text === '0' || text === 'no') return false;
  return undefined;
}

/** A finite number; for coordinates, 0 means "not given" (mySociety sends lat/long 0). */
export function coordinate(value: unknown, limit: number): number | undefined {
  const text = scalar(value);
  if (text === undefined) return undefined;
  const n = Number(text);
  return Number.isFinite(n) && n !== 0 && Math.abs(n) <= limit ? n : undefined;
}

/** A web link: trimmed (the spec's samples end `media_url` with a space), http(s) only. */
export function httpUrl(value: unknown): string | undefined {
  const text = scalar(value);
  if (text === undefined) return undefined;
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The records of a list however it is wrapped: a JSON array (the spec), an XML root read as
 * `{service_requests: {request: […]}}` (one `request` is not an array), or old FixMyStreet's
 * `{"requests": [{"request": […]}]}`. `wrappers` are the container and item names to look through.
 */
export function recordsOf(value: unknown, wrappers: readonly string[]): Loose[] {
  const unwrap = (v: unknown): Loose[] => {
    if (Array.isArray(v)) return v.flatMap(unwrap);
    if (!isRecord(v)) return []; // "" of an empty XML container, null
    const keys = Object.keys(v);
    if (keys.length === 1 && wrappers.includes(keys[0])) return unwrap(v[keys[0]]);
    return keys.length ? [v] : [];
  };
  return unwrap(value);
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * An ISO 8601 date-time as Open311 sends it (W3C format, e.g. `2010-04-14T06:37:38-08:00`),
 * normalised so that every browser parses it the same (`T`, `±HH:MM`, milliseconds at most);
 * the server's offset is kept. Anything else (`"yesterday"`, `"0000-00-00 00:00:00"`, month 13) →
 * undefined, so no "Invalid Date" ever reaches a page.
 */
export function isoDate(value: unknown): string | undefined {
  const text = scalar(value);
  const m = text === undefined ? null : ISO_DATE.exec(text);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, fraction, zone] = m;
  const year = Number(y),
    month = Number(mo),
    day = Number(d);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return undefined;
  if (h === undefined) return `${y}-${mo}-${d}`;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return undefined;
  let offset = '';
  if (zone) {
    if (zone.toUpperCase() === 'Z') offset = 'Z';
    else {
      const digits = zone.slice(1).replace(':', '');
      const hours = Number(digits.slice(0, 2)),
        minutes = Number(digits.slice(2) || 0);
      if (hours > 14 || minutes > 59) return undefined;
      offset = `${zone[0]}${digits.slice(0, 2)}:${digits.slice(2) || '00'}`;
    }
  }
  const millis = fraction ? `.${fraction.slice(0, 3).padEnd(3, '0')}` : '';
  return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${millis}${offset}`;
}

/** Milliseconds of a date `isoDate` returned (a date without offset is read in the page's zone). */
export const timeOf = (iso: string): number => Date.parse(iso.length === 10 ? `${iso}T00:00:00` : iso);
