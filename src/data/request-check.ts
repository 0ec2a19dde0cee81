import { CivicError } from '../core/civic-error.js';
import type { LocalizedText, RequestEvent, RequestLookup, RequestState, ServiceRequest } from '../model.js';
import { isObject, type Report } from '../core/shape-checks.js';

/**
 * Every citizen request, whatever adapter it comes from, goes through this check before an
 * element sees it. Unlike a procedure, a request is the citizen's own file: it is never refused
 * for a detail, only when it has no reference. What cannot be read is left out or made readable,
 * with a warning for the city's web team. The warnings name fields, never values: a reference,
 * a note or an e-mail address must not end up in a console or a log.
 *
 * Decisions:
 * - A state that is none of the seven `RequestState`s (after folding case and `_`/space to `-`,
 *   so `IN_PROGRESS` is `in-progress`) becomes `unknown`, with the backend's word kept as
 *   `stateLabel` (its `stateLabel`, else the raw state). Elements show that word with a neutral
 *   icon and say nothing they do not know. A request without a state takes its latest event's.
 * - Dates must be ISO 8601 ("2026-03-12", "2026-03-12T14:30:00+01:00"; a space instead of "T"
 *   is accepted). A date that does not parse is left out: nothing reads "Invalid Date". An event
 *   whose date is unreadable is kept (its note may matter), undated, after the event it followed.
 * - Texts are plain text. Markup is NOT refused here (a note is the city's message to the
 *   citizen, and "<b>" in it must not hide it): elements show it as text, never as HTML. Control
 *   characters are removed; notes longer than `MAX_NOTE` characters are cut with "…" (elements
 *   fold long notes further behind a disclosure that shows the full text kept here).
 * - History is sorted oldest first; at most `MAX_EVENTS` events, the most recent ones, are kept.
 */

export const REQUEST_STATES: readonly RequestState[] = [
  'received',
  'in-progress',
  'waiting-citizen',
  'waiting-decision',
  'done',
  'rejected',
  'cancelled',
];

/** A state as shown: one of the seven, or `unknown` when the backend's state is none of them. */
export type ShownState = RequestState | 'unknown';

/** A history event as elements get it: its date may be missing when the backend's was unreadable. */
export interface CheckedEvent extends Omit<RequestEvent, 'date' | 'state'> {
  /** ISO 8601; absent when the backend's date could not be read. */
  date?: string;
  state?: ShownState;
}

/**
 * A `ServiceRequest` after the check: `state` may be `unknown` (see `stateLabel` for the
 * backend's word) and history events may be undated.
 */
export interface CheckedRequest extends Omit<ServiceRequest, 'state' | 'history'> {
  state: ShownState;
  history: CheckedEvent[];
}

export interface CheckedResult<T> {
  value: T;
  warnings: string[];
}

/** Longest note kept; longer notes are cut with "…". */
export const MAX_NOTE = 10_000;
/** Longest state label, name of a service, title or next step kept. */
const MAX_LABEL = 300;
const MAX_REFERENCE = 200;
export const MAX_EVENTS = 500;

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001F\u007F]/;
const ID = /^[\w.:-]{1,128}$/;

/** What an ISO 8601 date says. */
export interface ReadDate {
  /** Milliseconds since the epoch; for a date or a time without a zone, that wall clock read as UTC. */
  time: number;
  /** Whether a time of day is given. */
  hasTime: boolean;
  /** Whether the moment is absolute (a zone is given); otherwise it is the city's wall clock. */
  hasZone: boolean;
}

/** Reads an ISO 8601 date strictly (no browser guessing): `undefined` when it is not a real date. */
export function readDate(value: unknown): ReadDate | undefined {
  if (typeof value !== 'string') return undefined;
  const m = ISO_DATE.exec(value.trim());
  if (!m) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m
    .slice(1, 7)
    .map((n) => (n === undefined ? undefined : Number(n))) as number[];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(wall);
  // 2026-02-30 or 25:00 do not come back as they went in.
  if (
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day ||
    back.getUTCHours() !== hour ||
    back.getUTCMinutes() !== minute
  )
    return undefined;
  const zone = m[7];
  let offset = 0;
  if (zone && zone.toUpperCase() !== 'Z') {
    const z = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
    const minutes = Number(z[2]) * 60 + Number(z[3] ?? 0);
    if (Number(z[2]) > 23 || Number(z[3] ?? 0) > 59) return undefined;
    offset = (z[1] === '-' ? -1 : 1) * minutes;
  }
  return { time: wall - offset * 60_000, hasTime: m[4] !== undefined, hasZone: zone !== undefined };
}

const warn = (report: Report, path: string, message: string): undefined => {
  report.warnings.push(`${path}: ${message}`);
  return undefined;
};

/** Plain text, cut at `max` with "…"; markup is kept as text. */
function plain(value: unknown, path: string, report: Report, max = MAX_LABEL): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) value = String(value);
  if (typeof value !== 'string') return warn(report, path, 'must be text; left out');
  const text = value.replace(CONTROL, '').replace(/\r\n?/g, '\n').trim();
  if (!text) return undefined;
  if (text.length <= max) return text;
  report.warnings.push(`${path}: longer than ${max} characters; cut`);
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

function localized(value: unknown, path: string, report: Report): LocalizedText | undefined {
  if (typeof value === 'string') return plain(value, path, report);
  if (!isObject(value)) return warn(report, path, 'must be text or translations like {"fr": "…", "en": "…"}; left out');
  const out: Record<string, string> = {};
  for (const [lang, text] of Object.entries(value)) {
    const checked = plain(text, `${path}.${lang}`, report);
    if (checked !== undefined) out[lang] = checked;
  }
  return Object.keys(out).length ? out : undefined;
}

function date(value: unknown, path: string, report: Report): string | undefined {
  if (value == null || value === '') return undefined;
  return typeof value === 'string' && readDate(value)
    ? value.trim().replace(' ', 'T')
    : warn(report, path, 'is not an ISO 8601 date; left out');
}

/** One of the seven states, `unknown` for anything else. */
function state(value: unknown, path: string, report: Report): ShownState | undefined {
  if (value == null || value === '') return undefined;
  const folded =
    typeof value === 'string'
      ? value
          .trim()
          .toLowerCase()
          .replace(/[\s_]+/g, '-')
      : '';
  if ((REQUEST_STATES as readonly string[]).includes(folded)) return folded as RequestState;
  report.warnings.push(`${path}: not one of ${REQUEST_STATES.join(', ')}; shown as the backend wrote it`);
  return 'unknown';
}

/** The backend's word for a state: its label, else the raw state when it is not one of ours. */
function stateWords(
  raw: Record<string, unknown>,
  shown: ShownState | undefined,
  path: string,
  report: Report,
): string | undefined {
  const label = raw.stateLabel == null ? undefined : plain(raw.stateLabel, `${path}.stateLabel`, report);
  if (label || shown !== 'unknown') return label;
  return typeof raw.state === 'string' ? plain(raw.state, `${path}.state`, report) : undefined;
}

function event(value: unknown, path: string, report: Report): CheckedEvent | undefined {
  if (!isObject(value)) return warn(report, path, 'must be an object; left out');
  const out: CheckedEvent = {};
  const when = date(value.date, `${path}.date`, report);
  if (when) out.date = when;
  else if (value.date == null) warn(report, `${path}.date`, 'is missing');
  const shown = state(value.state, `${path}.state`, report);
  if (shown) out.state = shown;
  const label = stateWords(value, shown, path, report);
  if (label) out.stateLabel = label;
  if (value.note != null) {
    const note = plain(value.note, `${path}.note`, report, MAX_NOTE);
    if (note) out.note = note;
  }
  if (!out.state && !out.stateLabel && !out.note)
    return warn(report, path, 'says nothing (no state, label or note); left out');
  return out;
}

/** Oldest first. An undated event stays after the event it followed in the backend's order. */
function chronological(events: CheckedEvent[]): CheckedEvent[] {
  const times = events.map((e) => (e.date ? readDate(e.date)!.time : undefined));
  const dated = times.filter((t): t is number => t !== undefined);
  // Many backends list the newest first: read them in the order they happened.
  const newestFirst = dated.length > 1 && dated[0] > dated[dated.length - 1];
  const order = events.map((e, i) => ({ e, t: times[i] }));
  if (newestFirst) order.reverse();
  let last = -Infinity;
  const keyed = order.map(({ e, t }, i) => {
    if (t !== undefined) last = t;
    return { e, key: t ?? last, i };
  });
  keyed.sort((a, b) => a.key - b.key || a.i - b.i);
  return keyed.map((k) => k.e);
}

function history(value: unknown, path: string, report: Report): CheckedEvent[] {
  if (value == null) return [];
  if (!Array.isArray(value)) return warn(report, path, 'must be a list; left out') ?? [];
  const events = value.flatMap((item, i) => event(item, `${path}[${i}]`, report) ?? []);
  const sorted = chronological(events);
  if (sorted.length <= MAX_EVENTS) return sorted;
  report.warnings.push(`${path}: more than ${MAX_EVENTS} events; the ${MAX_EVENTS} most recent are kept`);
  return sorted.slice(-MAX_EVENTS);
}

/**
 * The request, readable, with warnings; throws `invalid-data` when it is not an object or has no
 * reference. `path` names it in messages (never put the reference in it).
 */
export function checkRequest(value: unknown, path = 'request'): CheckedResult<CheckedRequest> {
  const report: Report = { errors: [], warnings: [] };
  if (!isObject(value))
    throw new CivicError('invalid-data', `${path} is invalid`, { details: [`${path}: must be an object`] });
  const raw = value.reference;
  const reference =
    typeof raw === 'string' ? raw.trim() : typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : '';
  if (!reference || reference.length > MAX_REFERENCE || ANY_CONTROL.test(reference)) {
    const why = reference ? `must be at most ${MAX_REFERENCE} characters of text` : 'is required';
    throw new CivicError('invalid-data', `${path} is invalid`, { details: [`${path}.reference: ${why}`] });
  }
  const events = history(value.history, `${path}.history`, report);
  let shown = state(value.state, `${path}.state`, report);
  let stateLabel = stateWords(value, shown, path, report);
  if (!shown) {
    // No state: the latest event that has one tells it.
    const latest = [...events].reverse().find((e) => e.state);
    shown = latest?.state ?? 'unknown';
    stateLabel ??= latest?.stateLabel;
    report.warnings.push(
      `${path}.state: is missing; ${latest ? 'the latest event’s state is shown' : 'shown as not given'}`,
    );
  }
  const out: CheckedRequest = { reference, state: shown, history: events };
  if (stateLabel) out.stateLabel = stateLabel;
  if (value.procedureId != null) {
    if (typeof value.procedureId === 'string' && ID.test(value.procedureId.trim()))
      out.procedureId = value.procedureId.trim();
    else warn(report, `${path}.procedureId`, 'must be an id (letters, digits, "-", "_", ".", ":"); left out');
  }
  if (value.procedureTitle != null) {
    const title = localized(value.procedureTitle, `${path}.procedureTitle`, report);
    if (title) out.procedureTitle = title;
  }
  if (value.nextStep != null) {
    const next = localized(value.nextStep, `${path}.nextStep`, report);
    if (next) out.nextStep = next;
  }
  if (value.handledBy != null) {
    const who = plain(value.handledBy, `${path}.handledBy`, report);
    if (who) out.handledBy = who;
  }
  for (const key of ['expectedDate', 'createdAt', 'updatedAt'] as const) {
    const when = date(value[key], `${path}.${key}`, report);
    if (when) out[key] = when;
  }
  return { value: out, warnings: report.warnings };
}

/**
 * What the backend asks before showing a request. Never blocks the form: an unreadable pattern is
 * left out (the backend still checks), an unknown kind of proof is asked as a code.
 */
export function checkRequestLookup(value: unknown): CheckedResult<RequestLookup> {
  const report: Report = { errors: [], warnings: [] };
  const out: RequestLookup = {};
  if (value == null) return { value: out, warnings: [] };
  if (!isObject(value))
    return { value: out, warnings: ['requestLookup: must be an object; nothing checked before sending'] };
  if (value.referencePattern != null) {
    if (typeof value.referencePattern === 'string' && compiles(value.referencePattern))
      out.referencePattern = value.referencePattern;
    else
      warn(
        report,
        'requestLookup.referencePattern',
        'is not a regular expression; references are not checked before sending',
      );
  }
  if (value.referenceExample != null) {
    const example = plain(value.referenceExample, 'requestLookup.referenceExample', report, 60);
    if (example) out.referenceExample = example;
  }
  if (value.proof != null) {
    if (value.proof === 'email' || value.proof === 'postcode' || value.proof === 'code') out.proof = value.proof;
    else {
      out.proof = 'code';
      warn(report, 'requestLookup.proof', 'must be email, postcode or code; asked as a code');
    }
  }
  return { value: out, warnings: report.warnings };
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern);
    return pattern.length > 0 && pattern.length <= 500;
  } catch {
    return false;
  }
}

/**
 * The reference to send for what the citizen typed: trimmed, and upper-cased when only that
 * matches the pattern ("ec-2026-004211" for "EC-2026-004211"). `undefined` when it does not
 * match (the pattern must match the whole reference).
 */
export function acceptReference(typed: string, pattern?: string): string | undefined {
  const reference = typed.trim();
  if (!reference || reference.length > MAX_REFERENCE) return undefined;
  if (!pattern) return reference;
  const whole = new RegExp(`^(?:${pattern})$`);
  if (whole.test(reference)) return reference;
  const upper = reference.toUpperCase();
  return whole.test(upper) ? upper : undefined;
}
