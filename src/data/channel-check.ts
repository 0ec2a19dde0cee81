import type { Appointment, Channel, Contact, Office, PostalAddress } from '../model.js';
import { openingHours as hours } from './hours-check.js';
import {
  boolean,
  every,
  filled,
  identifier,
  lenient,
  link,
  list,
  number,
  object,
  oneOf,
  plainText,
  problem,
  text,
  type Check,
  type Report,
} from '../core/shape-checks.js';

/**
 * The full check of a procedure's channels and information contacts, for the elements that show
 * them. A bad item is left out with a warning; a bad part of an item (hours, address, an
 * appointment link) is left out of that item only.
 */
const address = object<PostalAddress>(
  {
    lines: every(plainText),
    postalCode: plainText,
    locality: plainText,
    country: plainText,
    latitude: number,
    longitude: number,
  },
  ['lines', 'locality'],
);

const officeShape = object<Office>(
  {
    id: identifier,
    name: text,
    address: lenient(address),
    phone: filled,
    email: filled,
    url: lenient(link),
    hours: lenient(hours),
    directoryId: filled,
  },
  ['id', 'name'],
);
const office: Check<Office> = (v, path, r) =>
  typeof v === 'string' ? problem(r, path, `refers to no known office: "${v}"`) : officeShape(v, path, r);

const appointment = object<Appointment>({ required: boolean, url: link, phone: filled }, ['required']);

const common = {
  label: text,
  url: link,
  phone: filled,
  email: filled,
  office,
  hours: lenient(hours),
};

const channel = object<Channel>(
  {
    ...common,
    address: lenient(address),
    kind: oneOf('online', 'counter', 'phone', 'mail', 'email', 'live', 'app', 'short-number'),
    recommended: boolean,
    appointment: lenient(appointment),
    accountRequired: boolean,
    needed: list(text),
    modes: list(oneOf('video', 'voice', 'chat')),
    cost: text,
    note: text,
  },
  ['kind'],
);

const contact = object<Contact>(
  { ...common, kind: oneOf('phone', 'email', 'faq', 'guide', 'office', 'legal', 'web') },
  ['kind'],
);

export interface CheckedWays<T> {
  items: T[];
  warnings: string[];
}

/** Channels whose own hours were given but could not be read: the element says so. */
const unreadable = new WeakSet<Channel>();

export function hasUnreadableHours(channel: Channel): boolean {
  return unreadable.has(channel);
}

export function checkChannels(value: unknown, path = 'channels'): CheckedWays<Channel> {
  const report: Report = { errors: [], warnings: [] };
  const raw = Array.isArray(value) ? value : [];
  const items = (list(channel)(value ?? [], path, report) ?? []).map((item, i, all) => {
    // list() drops bad items, so match by position only when nothing was dropped before.
    const source = all.length === raw.length ? (raw[i] as { hours?: unknown } | undefined) : undefined;
    if (source?.hours != null && item.hours === undefined) unreadable.add(item);
    return item;
  });
  return { items, warnings: [...report.errors, ...report.warnings] };
}

export function checkContacts(value: unknown, path = 'information'): CheckedWays<Contact> {
  const report: Report = { errors: [], warnings: [] };
  return { items: list(contact)(value ?? [], path, report) ?? [], warnings: [...report.errors, ...report.warnings] };
}
