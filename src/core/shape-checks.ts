import { safeUrl } from './safe-url.js';
import type { LocalizedText } from '../model.js';

/**
 * Tiny combinators that check data from a backend and say precisely what is wrong, with the path
 * ("channels[2].url: …"). A check returns the cleaned value, or `undefined` after recording an
 * error. `lenient()` and `list()` turn an item's errors into warnings and leave the item out, so
 * one bad channel does not hide a whole procedure.
 */
export interface Report {
  errors: string[];
  warnings: string[];
}

export type Check<T> = (value: unknown, path: string, report: Report) => T | undefined;

const MAX_TEXT = 5000;
/** A tag-like "<x", "</", "<!": backend text must be plain text. */
const MARKUP = /<\s*[a-z!/?]/i;

export const problem = (report: Report, path: string, message: string): undefined => {
  report.errors.push(`${path}: ${message}`);
  return undefined;
};

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const plainText: Check<string> = (v, path, r) =>
  typeof v !== 'string'
    ? problem(r, path, `must be text, not ${JSON.stringify(v)?.slice(0, 40)}`)
    : MARKUP.test(v)
      ? problem(r, path, 'must be plain text, not HTML')
      : v.length > MAX_TEXT
        ? problem(r, path, `is longer than ${MAX_TEXT} characters`)
        : v;

/** "Passeport" or { fr: "Passeport", en: "Passport" }. */
export const text: Check<LocalizedText> = (v, path, r) => {
  if (typeof v === 'string') return plainText(v, path, r);
  if (!isObject(v) || !Object.keys(v).length)
    return problem(r, path, 'must be text or translations like {"fr": "…", "en": "…"}');
  const before = r.errors.length;
  const out: Record<string, string> = {};
  for (const [lang, s] of Object.entries(v)) out[lang] = plainText(s, `${path}.${lang}`, r)!;
  return r.errors.length === before ? out : undefined;
};

/** A link we may render: http(s), tel or mailto (relative links resolve against the page). */
export const link: Check<string> = (v, path, r) =>
  safeUrl(v) ??
  problem(
    r,
    path,
    `is not an allowed link (only https:, http:, tel:, mailto:): ${JSON.stringify(String(v).slice(0, 60))}`,
  );

export const matches =
  (pattern: RegExp, what: string): Check<string> =>
  (v, path, r) =>
    typeof v === 'string' && pattern.test(v.trim())
      ? v.trim()
      : problem(r, path, `must be ${what}, not ${JSON.stringify(v)?.slice(0, 40)}`);

export const filled = matches(/\S/, 'a non-empty string');
export const identifier = matches(/^[\w.:-]{1,128}$/, 'an id (letters, digits, "-", "_", ".", ":")');

export const oneOf =
  <T extends string>(...values: T[]): Check<T> =>
  (v, path, r) =>
    values.includes(v as T) ? (v as T) : problem(r, path, `must be one of ${values.join(', ')}`);

export const number: Check<number> = (v, path, r) =>
  typeof v === 'number' && Number.isFinite(v) ? v : problem(r, path, 'must be a number');
export const boolean: Check<boolean> = (v, path, r) =>
  typeof v === 'boolean' ? v : problem(r, path, 'must be true or false');

/** Errors inside become warnings and the value is left out. */
export const lenient =
  <T>(check: Check<T>): Check<T> =>
  (v, path, r) => {
    const inner: Report = { errors: [], warnings: r.warnings };
    const value = check(v, path, inner);
    r.warnings.push(...inner.errors);
    return inner.errors.length ? undefined : value;
  };

/** A list whose bad items are left out, each with a warning. */
export const list =
  <T>(check: Check<T>): Check<T[]> =>
  (v, path, r) => {
    if (!Array.isArray(v)) return problem(r, path, 'must be a list');
    const item = lenient(check);
    return v.flatMap((x, i) => {
      const value = item(x, `${path}[${i}]`, r);
      return value === undefined ? [] : [value];
    });
  };

/** A list that is wrong as a whole when one item is wrong (time ranges: a missing one would lie). */
export const every =
  <T>(check: Check<T>): Check<T[]> =>
  (v, path, r) => {
    if (!Array.isArray(v)) return problem(r, path, 'must be a list');
    const before = r.errors.length;
    const out = v.map((x, i) => check(x, `${path}[${i}]`, r)!);
    return r.errors.length === before ? out : undefined;
  };

type Shape<T> = { [K in keyof T]-?: Check<NonNullable<T[K]>> };

/**
 * An object with known fields. Absent and `null` fields are skipped (sloppy servers send null
 * for empty), unknown fields are dropped (newer formats), required ones must be present.
 */
export const object =
  <T>(shape: Shape<T>, required: (keyof T & string)[] = []): Check<T> =>
  (v, path, r) => {
    if (!isObject(v)) return problem(r, path, 'must be an object');
    const before = r.errors.length;
    const out: Record<string, unknown> = {};
    for (const key of required) if (v[key] == null) problem(r, `${path}.${key}`, 'is required');
    for (const key in shape) {
      if (v[key] == null) continue;
      const value = shape[key](v[key], `${path}.${key}`, r);
      if (value !== undefined) out[key] = value;
    }
    return r.errors.length === before ? (out as T) : undefined;
  };
