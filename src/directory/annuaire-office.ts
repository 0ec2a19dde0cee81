import { CivicError } from '../core/civic-error.js';
import { safeUrl } from '../core/safe-url.js';
import type { Office, OpeningHours, PostalAddress, TimeRange, Weekday } from '../model.js';

/**
 * The French State's public directory of offices, "Annuaire de l'administration" (DILA), read
 * into the library's `Office`. Pure functions: the caller fetches (the API answers CORS `*`).
 *
 * The directory comes in two shapes that must both be read:
 * - the API (OpenDataSoft Explore v2.1): nested fields (`adresse`, `telephone`, `site_internet`,
 *   `plage_ouverture`…) are JSON-encoded strings, and empty values are `null`;
 * - the data.gouv.fr bulk dump: the same fields are real arrays, and empty values are `[]`.
 * Anything else (a string that is not JSON, a number where text is expected…) is treated as absent.
 */
export const ANNUAIRE_RECORDS_URL =
  'https://api-lannuaire.service-public.fr/api/explore/v2.1/catalog/datasets/api-lannuaire-administration/records';

/** Longer texts are not directory data: they are left out (or refused, for the name and id). */
const MAX_TEXT = 5000;
/** A nested JSON field longer than this is not decoded. */
const MAX_JSON = 200_000;

type Fields = Record<string, unknown>;

const isFields = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * URL that asks the directory for one office by its identifier: the directory `id` (a UUID) or a
 * 14-digit SIRET. Quotes in the id are escaped for the OpenDataSoft `where` syntax; returns a URL
 * string with where=… and limit=1.
 */
export function annuaireRecordUrl(directoryId: string, base = ANNUAIRE_RECORDS_URL): string {
  const id = String(directoryId).trim();
  const compact = id.replace(/\s+/g, '');
  const [field, value] = /^\d{14}$/.test(compact) ? ['siret', compact] : ['id', id];
  // A mirror or proxy may be given relative to the page, like a catalog's src.
  const url = new URL(base, globalThis.location?.href);
  url.searchParams.set('where', `${field}="${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`);
  url.searchParams.set('limit', '1');
  return url.href;
}

/**
 * The office of a directory API answer (`{total_count, results[]}`), or `undefined` when results
 * is empty. Throws `CivicError('invalid-data', …, {details})` when the body is not that envelope
 * or the record is not an office.
 */
export function officeFromAnnuaireAnswer(body: unknown, directoryId: string): Office | undefined {
  const where = `annuaire(${JSON.stringify(String(directoryId).slice(0, 80))})`;
  const details: string[] = [];
  if (!isFields(body)) details.push(`${where}: must be an object like {"total_count": 1, "results": […]}`);
  else {
    if (!Array.isArray(body.results)) details.push(`${where}.results: must be a list`);
    if (body.total_count != null && (typeof body.total_count !== 'number' || !Number.isFinite(body.total_count))) {
      details.push(`${where}.total_count: must be a number`);
    }
  }
  if (details.length || !isFields(body) || !Array.isArray(body.results)) {
    throw new CivicError('invalid-data', `The directory's answer for ${directoryId} is not a list of records`, {
      details,
    });
  }
  const results = body.results as unknown[];
  if (!results.length) return undefined;
  const wanted = String(directoryId).trim();
  const wantedSiret = wanted.replace(/\s+/g, '');
  let index = results.findIndex((r) => isFields(r) && (text(r.id) === wanted || text(r.siret) === wantedSiret));
  if (index < 0) index = 0;
  try {
    return officeFromAnnuaireRecord(results[index]);
  } catch (error) {
    if (!(error instanceof CivicError)) throw error;
    throw new CivicError('invalid-data', `The directory's record for ${directoryId} is not an office`, {
      details: error.details.map((d) => `${where}.results[${index}].${d}`),
      cause: error,
    });
  }
}

/**
 * One directory record (API form with JSON-encoded string fields and nulls, or bulk-dump form
 * with arrays and `[]`) as the library's `Office`. Throws `CivicError('invalid-data')` when the
 * record has no usable `nom` or `id`.
 */
export function officeFromAnnuaireRecord(record: unknown): Office {
  if (!isFields(record))
    throw new CivicError('invalid-data', 'A directory record must be an object', {
      details: ['record: must be an object'],
    });
  const details: string[] = [];
  const name = required(record, 'nom', details);
  const id = required(record, 'id', details);
  if (details.length || name === undefined || id === undefined) {
    throw new CivicError('invalid-data', 'The directory record is not an office', { details });
  }

  const office: Office = { id, name, directoryId: id };
  const address = addressOf(nestedList(record.adresse));
  if (address) office.address = address;
  const phone = firstPhone(nestedList(record.telephone));
  if (phone) office.phone = phone;
  const email = emailOf(record.adresse_courriel);
  if (email) office.email = email;
  const url =
    nestedList(record.site_internet)
      .map((site) => webUrl(isFields(site) ? site.valeur : site))
      .find(Boolean) ?? webUrl(scalar(record.url_service_public));
  if (url) office.url = url;
  const hours = hoursOf(nestedList(record.plage_ouverture), scalar(record.commentaire_plage_ouverture));
  if (hours) office.hours = hours;
  return office;
}

/* ------------------------------------------------------------------------------------------ */
/* Values                                                                                      */

/** Trimmed text, or undefined for anything empty, not text, "null"/"undefined", or too long. */
function text(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  if (!s || s.length > MAX_TEXT || /^(null|undefined)$/i.test(s)) return undefined;
  return s;
}

function required(record: Fields, field: string, details: string[]): string | undefined {
  const raw = record[field];
  const value = text(raw);
  if (value !== undefined) return value;
  if (raw == null) details.push(`${field}: is required`);
  else if (typeof raw === 'string' && raw.trim().length > MAX_TEXT)
    details.push(`${field}: is longer than ${MAX_TEXT} characters`);
  else details.push(`${field}: must be a non-empty text, not ${JSON.stringify(raw)?.slice(0, 40)}`);
  return undefined;
}

/** A JSON-encoded string decoded; undefined when it is not JSON. */
function decoded(s: string): unknown {
  if (s.length > MAX_JSON) return undefined;
  try {
    return JSON.parse(s) as unknown;
  } catch {
    return undefined;
  }
}

/** A nested list field: API JSON string, dump array, a lone object, or absent (null, "", []). */
function nestedList(v: unknown): unknown[] {
  const value = typeof v === 'string' ? decoded(v) : v;
  if (Array.isArray(value)) return value;
  return isFields(value) ? [value] : [];
}

/** A field that is text in the API and a list of texts in the dump ("x", "[\"x\"]", ["x"]). */
function scalar(v: unknown): string | undefined {
  if (Array.isArray(v)) return v.map(text).find(Boolean);
  const s = text(v);
  if (s?.startsWith('[')) {
    const list = decoded(s);
    return Array.isArray(list) ? list.map(text).find(Boolean) : undefined;
  }
  return s;
}

function firstPhone(items: unknown[]): string | undefined {
  return items.map((item) => text(isFields(item) ? item.valeur : item)).find(Boolean);
}

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

function emailOf(v: unknown): string | undefined {
  const s = scalar(v);
  return s && EMAIL.test(s) ? s : undefined;
}

/** An absolute http(s) URL, normalised; never a relative one resolved against the page. */
function webUrl(v: unknown): string | undefined {
  const s = text(v);
  if (!s || !/^https?:\/\//i.test(s)) return undefined;
  const url = safeUrl(s);
  return url && /^https?:/.test(url) ? url : undefined;
}

/** A coordinate written as text (or a number): finite and within ±limit. */
function coordinate(v: unknown, limit: number): number | undefined {
  const s = typeof v === 'number' ? v : text(v)?.replace(',', '.');
  if (s === undefined || s === '') return undefined;
  const n = Number(s);
  return Number.isFinite(n) && Math.abs(n) <= limit ? n : undefined;
}

/* ------------------------------------------------------------------------------------------ */
/* Address                                                                                     */

const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();

function addressOf(items: unknown[]): PostalAddress | undefined {
  const candidates = items
    .filter(isFields)
    .map(toAddress)
    .filter((a): a is { kind: string; address: PostalAddress } => a !== undefined);
  const physical = candidates.find((c) => c.kind === 'adresse');
  return (physical ?? candidates.find((c) => c.kind === 'adresse postale') ?? candidates[0])?.address;
}

function toAddress(item: Fields): { kind: string; address: PostalAddress } | undefined {
  const locality = text(item.nom_commune);
  const lines = [item.complement1, item.complement2, item.numero_voie, item.service_distribution]
    .map(text)
    .filter((s): s is string => !!s);
  const postalCode = text(item.code_postal) ?? '';
  if (!locality || (!lines.length && !postalCode)) return undefined;
  const address: PostalAddress = { lines, postalCode, locality };
  const country = text(item.pays);
  if (!country || folded(country) === 'france') address.country = 'FR';
  const latitude = coordinate(item.latitude, 90);
  const longitude = coordinate(item.longitude, 180);
  if (latitude !== undefined && longitude !== undefined && !(latitude === 0 && longitude === 0)) {
    address.latitude = latitude;
    address.longitude = longitude;
  }
  return { kind: folded(text(item.type_adresse) ?? ''), address };
}

/* ------------------------------------------------------------------------------------------ */
/* Opening hours                                                                               */

const WEEK: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const FRENCH_DAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];

function dayIndex(v: unknown): number | undefined {
  const s = text(v);
  if (!s) return undefined;
  const i = FRENCH_DAYS.indexOf(folded(s));
  return i < 0 ? undefined : i;
}

/** "08:00:00", "08:00", "8h00" as minutes since midnight; 24:00 only as an end. */
function minutesOf(v: unknown, end: boolean): number | undefined {
  const m = /^(\d{1,2})[:hH](\d{2})(?::(\d{2}))?$/.exec(text(v) ?? '');
  if (!m) return undefined;
  const [h, min, sec] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
  if (min > 59 || sec > 59) return undefined;
  if (h < 24) return h * 60 + min;
  return end && h === 24 && min === 0 && sec === 0 ? 24 * 60 : undefined;
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

function rangeOf(from: unknown, to: unknown): TimeRange | undefined {
  const start = minutesOf(from, false);
  const end = minutesOf(to, true);
  return start !== undefined && end !== undefined && start < end ? `${hhmm(start)}-${hhmm(end)}` : undefined;
}

/** Days from `first` to `last` inclusive, wrapping over Sunday ("Samedi".."Lundi"). */
function daySpan(first: number, last: number): Weekday[] {
  const days: Weekday[] = [];
  for (let i = first; ; i = (i + 1) % 7) {
    days.push(WEEK[i]);
    if (i === last) return days;
  }
}

function hoursOf(items: unknown[], generalNote: string | undefined): OpeningHours | undefined {
  const ranges = new Map<Weekday, Set<TimeRange>>();
  const notes = new Set<string>();
  if (generalNote) notes.add(generalNote);
  for (const item of items) {
    if (!isFields(item)) continue;
    const note = text(item.commentaire);
    if (note) notes.add(note);
    const first = dayIndex(item.nom_jour_debut);
    const last = text(item.nom_jour_fin) === undefined ? first : dayIndex(item.nom_jour_fin);
    if (first === undefined || last === undefined) continue;
    const usable = [
      rangeOf(item.valeur_heure_debut_1, item.valeur_heure_fin_1),
      rangeOf(item.valeur_heure_debut_2, item.valeur_heure_fin_2),
    ].filter((r): r is TimeRange => r !== undefined);
    if (!usable.length) continue;
    for (const day of daySpan(first, last)) {
      const set = ranges.get(day) ?? new Set<TimeRange>();
      usable.forEach((r) => set.add(r));
      ranges.set(day, set);
    }
  }
  if (!ranges.size) return undefined;
  const weekly: OpeningHours['weekly'] = {};
  for (const day of WEEK) {
    const set = ranges.get(day);
    if (set) weekly[day] = [...set].sort();
  }
  const hours: OpeningHours = { weekly };
  if (notes.size) hours.note = [...notes].join('\n');
  return hours;
}
