import type { Procedure, RequestEvent, RequestState, ServiceRequest, Theme } from '../../model.js';
import type { Open311Note, Open311Request, Open311Service, Open311Update } from './open311-records.js';
import { knownState, readStatus, statusKey, UNCHANGED, type StatusReading } from './open311-status.js';
import { timeOf } from './open311-values.js';

/**
 * Open311 records onto the library's model. Services are procedures a citizen can carry out
 * online (reporting an issue is what Open311 is for); requests are followed with a history built
 * from the `notes` extension, or mySociety's updates, around the request's own dates.
 */

const IDENTIFIER = /^[\w.:-]{1,128}$/;

/** A theme id for an Open311 group: the group itself when it is a valid id, else a slug of it. */
export function themeId(group: string): string {
  const trimmed = group.trim();
  if (IDENTIFIER.test(trimmed)) return trimmed;
  const slug = trimmed
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\w.:-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 128);
  return slug || 'group';
}

export function toProcedure(service: Open311Service): Procedure {
  const procedure: Procedure = {
    id: service.code,
    title: service.name ?? service.code,
    themes: service.group ? [themeId(service.group)] : [],
    audiences: [],
    // Reporting the issue online is what the service is for.
    online: { availability: 'full' },
    channels: [],
    information: [],
    related: [],
  };
  if (service.description) procedure.summary = service.description;
  if (service.keywords.length) procedure.keywords = service.keywords;
  return procedure;
}

/** The distinct groups of the services, in order of appearance. */
export function toThemes(services: readonly Open311Service[]): Theme[] {
  const themes = new Map<string, Theme>();
  for (const { group } of services)
    if (group && !themes.has(themeId(group))) themes.set(themeId(group), { id: themeId(group), title: group });
  return [...themes.values()];
}

/** Note types of the `notes` extension that mark a state (others are plain activity). */
const NOTE_STATES: Readonly<Record<string, RequestState>> = {
  submitted: 'received',
  received: 'received',
  created: 'received',
  opened: 'in-progress', // as the status "open"
  reopened: 'in-progress',
  closed: 'done',
  completed: 'done',
  resolved: 'done',
};

/** An event, or nothing: an event without a readable date is kept only when it says something. */
function event(date: string | undefined, fields: Omit<RequestEvent, 'date'>): RequestEvent | undefined {
  if (date === undefined && !fields.note) return undefined;
  const out: RequestEvent = { date: date ?? '' };
  if (fields.state) out.state = fields.state;
  if (fields.stateLabel) out.stateLabel = fields.stateLabel;
  if (fields.note) out.note = fields.note;
  return out;
}

function noteEvent(note: Open311Note): RequestEvent | undefined {
  const type = note.type ? statusKey(note.type) : undefined;
  const state =
    type === undefined ? undefined : Object.hasOwn(NOTE_STATES, type) ? NOTE_STATES[type] : knownState(type);
  const text = note.description ?? note.summary;
  return event(
    note.datetime,
    state ? { state, stateLabel: readStatus(note.type).stateLabel, note: text } : { note: text },
  );
}

/** mySociety updates of one request, oldest first, `unchanged` carrying the state before it. */
function updateEvents(updates: readonly Open311Update[], start: StatusReading): RequestEvent[] {
  let previous = start;
  const events: RequestEvent[] = [];
  for (const u of inOrder(updates, (x) => x.updated)) {
    // An update that changes nothing and says nothing is not shown.
    if (u.status !== undefined && statusKey(u.status) === UNCHANGED && !u.description) continue;
    const reading = readStatus(u.status, previous);
    previous = reading;
    const e = event(u.updated, { ...reading, note: u.description });
    if (e) events.push(e);
  }
  return events;
}

/**
 * Oldest first, stable; an item without a date stays just after the item it followed in the
 * server's order.
 */
function inOrder<T>(items: readonly T[], dateOf: (item: T) => string | undefined): T[] {
  let time = -Infinity;
  return items
    .map((item, i) => {
      const date = dateOf(item);
      if (date) time = timeOf(date);
      return { item, time, i };
    })
    .sort((a, b) => a.time - b.time || a.i - b.i)
    .map(({ item }) => item);
}

/**
 * The request as a citizen follows it. `updates` are mySociety updates (any request's: only this
 * request's are used); they serve as history when the server sent no `notes`.
 */
export function toServiceRequest(request: Open311Request, updates: readonly Open311Update[] = []): ServiceRequest {
  const current = readStatus(request.status);
  const received: StatusReading = { state: 'received' };

  let middle: RequestEvent[];
  if (request.notes?.length) middle = request.notes.flatMap((n) => noteEvent(n) ?? []);
  else {
    const own = updates.filter((u) => u.requestId === request.id);
    middle = updateEvents(own, received);
  }

  const events: RequestEvent[] = [];
  // The request's creation, unless the history already has its receipt.
  if (!middle.some((e) => e.state === 'received')) {
    const first = event(request.requested, received);
    if (first) events.push(first);
  }
  events.push(...middle);
  // The last change and its notes, unless the history already tells them.
  const latest = events.reduce((max, e) => (e.date ? Math.max(max, timeOf(e.date)) : max), -Infinity);
  const later = request.updated !== undefined && timeOf(request.updated) > latest;
  const untold = request.statusNotes !== undefined && !events.some((e) => e.note === request.statusNotes);
  if (later || untold) {
    const last = event(request.updated ?? request.requested, { ...current, note: request.statusNotes });
    if (last) events.push(last);
  }

  const out: ServiceRequest = { reference: request.id, state: current.state, history: inOrder(events, (e) => e.date) };
  if (current.stateLabel) out.stateLabel = current.stateLabel;
  if (request.serviceCode) out.procedureId = request.serviceCode;
  if (request.serviceName) out.procedureTitle = request.serviceName;
  if (request.expected) out.expectedDate = request.expected;
  if (request.serviceNotice) out.nextStep = request.serviceNotice;
  if (request.agencyResponsible) out.handledBy = request.agencyResponsible;
  if (request.requested) out.createdAt = request.requested;
  if (request.updated) out.updatedAt = request.updated;
  return out;
}
