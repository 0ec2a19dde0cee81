import {
  coordinate,
  flag,
  httpUrl,
  isoDate,
  isRecord,
  recordsOf,
  scalar,
  texts,
  type Loose,
} from './open311-values.js';

/**
 * Open311 answers (JSON or XML, spec or real-world) read into clean typed records: trimmed text,
 * absent instead of empty or null, ids as strings, booleans as booleans, dates normalised or
 * absent, links http(s) only. One reader per resource of GeoReport v2 and its extensions; the
 * mapping onto the library's model is `open311-mapping.ts`.
 */

/** A service (an issue type citizens can report), from `services.{fmt}`. */
export interface Open311Service {
  code: string;
  name?: string;
  description?: string;
  group?: string;
  keywords: string[];
  /** Whether the service has a definition with attributes to fill in. */
  metadata?: boolean;
  /** realtime, batch or blackbox. */
  type?: string;
}

/** One entry of the `notes` extension (`extensions=true`): the request's history. */
export interface Open311Note {
  /** Normalised ISO 8601; absent when missing or unreadable. */
  datetime?: string;
  description?: string;
  /** Some servers (Chicago) put a short text in `summary` besides `description`. */
  summary?: string;
  /** submitted, opened, closed, activity… */
  type?: string;
}

/** A service request, from `requests.{fmt}` or `requests/{id}.{fmt}`. */
export interface Open311Request {
  id: string;
  status?: string;
  statusNotes?: string;
  serviceName?: string;
  serviceCode?: string;
  description?: string;
  /** Agencies, joined with ", " (old FixMyStreet sends `{recipient: […]}`). */
  agencyResponsible?: string;
  serviceNotice?: string;
  requested?: string;
  updated?: string;
  expected?: string;
  /** The raw date texts that could not be read, for warnings. */
  unreadableDates: string[];
  address?: string;
  addressId?: string;
  zipcode?: string;
  /** Absent when 0 (mySociety's "unknown"). */
  lat?: number;
  long?: number;
  mediaUrl?: string;
  token?: string;
  /** The `notes` extension; absent when the server sent none. */
  notes?: Open311Note[];
}

/** mySociety's `servicerequestupdates.{fmt}` extension. */
export interface Open311Update {
  id?: string;
  requestId: string;
  status?: string;
  description?: string;
  updated?: string;
  mediaUrl?: string;
  externalStatusCode?: string;
}

/** An endpoint listed by `discovery.{fmt}`. */
export interface Open311Endpoint {
  specification?: string;
  url?: string;
  changeset?: string;
  type?: string;
  /** MIME types: text/xml, application/json. */
  formats: string[];
}

export interface Open311Discovery {
  changeset?: string;
  contact?: string;
  keyService?: string;
  endpoints: Open311Endpoint[];
}

/** An attribute of a service definition (`services/{code}.{fmt}`). */
export interface Open311Attribute {
  code: string;
  variable?: boolean;
  datatype?: string;
  required?: boolean;
  datatypeDescription?: string;
  order?: number;
  description?: string;
  values: { key: string; name?: string }[];
}

export interface Open311ServiceDefinition {
  serviceCode?: string;
  attributes: Open311Attribute[];
}

/** One `{code, description}` of the specification's error answer. */
export interface Open311ErrorItem {
  code?: string;
  description?: string;
}

const text = (record: Loose, key: string): string | undefined => scalar(record[key]);

export function readServices(document: unknown): Open311Service[] {
  const services: Open311Service[] = [];
  for (const record of recordsOf(document, ['services', 'service'])) {
    const code = text(record, 'service_code');
    if (code === undefined) continue;
    services.push(
      clean({
        code,
        name: text(record, 'service_name'),
        description: text(record, 'description'),
        group: text(record, 'group'),
        keywords: texts(record.keywords)
          .flatMap((k) => k.split(','))
          .map((k) => k.trim())
          .filter(Boolean),
        metadata: flag(record.metadata),
        type: text(record, 'type'),
      }),
    );
  }
  return services;
}

export function readRequests(document: unknown): Open311Request[] {
  const requests: Open311Request[] = [];
  for (const record of recordsOf(document, ['service_requests', 'requests', 'request'])) {
    const id = text(record, 'service_request_id');
    if (id === undefined) continue;
    const unreadableDates: string[] = [];
    const date = (key: string) => {
      const raw = text(record, key);
      const iso = isoDate(raw);
      if (raw !== undefined && iso === undefined) unreadableDates.push(`${key}: ${JSON.stringify(raw.slice(0, 40))}`);
      return iso;
    };
    const agencies = texts(record.agency_responsible);
    requests.push(
      clean({
        id,
        status: text(record, 'status'),
        statusNotes: text(record, 'status_notes'),
        serviceName: text(record, 'service_name'),
        serviceCode: text(record, 'service_code'),
        description: text(record, 'description'),
        agencyResponsible: agencies.length ? agencies.join(', ') : undefined,
        serviceNotice: text(record, 'service_notice'),
        requested: date('requested_datetime'),
        updated: date('updated_datetime'),
        expected: date('expected_datetime'),
        unreadableDates,
        address: text(record, 'address'),
        addressId: text(record, 'address_id'),
        zipcode: text(record, 'zipcode'),
        lat: coordinate(record.lat, 90),
        long: coordinate(record.long, 180),
        mediaUrl: httpUrl(record.media_url),
        token: text(record, 'token'),
        notes: record.notes === undefined || record.notes === null ? undefined : readNotes(record.notes),
      }),
    );
  }
  return requests;
}

function readNotes(value: unknown): Open311Note[] {
  return recordsOf(value, ['notes', 'note']).map((note) =>
    clean({
      datetime: isoDate(note.datetime),
      description: text(note, 'description'),
      summary: text(note, 'summary'),
      type: text(note, 'type'),
    }),
  );
}

export function readUpdates(document: unknown): Open311Update[] {
  const updates: Open311Update[] = [];
  for (const record of recordsOf(document, ['service_request_updates', 'request_updates', 'request_update'])) {
    const requestId = text(record, 'service_request_id');
    if (requestId === undefined) continue;
    updates.push(
      clean({
        id: text(record, 'update_id'),
        requestId,
        status: text(record, 'status'),
        description: text(record, 'description'),
        updated: isoDate(record.updated_datetime),
        mediaUrl: httpUrl(record.media_url),
        externalStatusCode: text(record, 'external_status_code'),
      }),
    );
  }
  return updates;
}

export function readDiscovery(document: unknown): Open311Discovery {
  const [root] = recordsOf(document, ['discovery']);
  if (!root) return { endpoints: [] };
  const endpoints = recordsOf(root.endpoints, ['endpoints', 'endpoint']).map((e) =>
    clean({
      specification: text(e, 'specification'),
      url: httpUrl(e.url),
      changeset: text(e, 'changeset'),
      type: text(e, 'type'),
      formats: texts(e.formats),
    }),
  );
  return clean({
    changeset: text(root, 'changeset'),
    contact: text(root, 'contact'),
    keyService: text(root, 'key_service'),
    endpoints,
  });
}

export function readServiceDefinition(document: unknown): Open311ServiceDefinition {
  const [root] = recordsOf(document, ['service_definition']);
  if (!root) return { attributes: [] };
  const attributes: Open311Attribute[] = [];
  for (const a of recordsOf(root.attributes, ['attributes', 'attribute'])) {
    const code = text(a, 'code');
    if (code === undefined) continue;
    const order = Number(text(a, 'order'));
    attributes.push(
      clean({
        code,
        variable: flag(a.variable),
        datatype: text(a, 'datatype'),
        required: flag(a.required),
        datatypeDescription: text(a, 'datatype_description'),
        order: text(a, 'order') !== undefined && Number.isFinite(order) ? order : undefined,
        description: text(a, 'description'),
        values: recordsOf(a.values, ['values', 'value']).flatMap((v) => {
          const key = text(v, 'key');
          return key === undefined ? [] : [clean({ key, name: text(v, 'name') })];
        }),
      }),
    );
  }
  return clean({ serviceCode: text(root, 'service_code'), attributes });
}

/**
 * The items of an error answer (`[{code, description}]`, `<errors><error>…`), or `undefined`
 * when the document is not one: a list whose every item has a `code` or a `description` and no
 * field of a service or a request.
 */
export function readErrors(document: unknown): Open311ErrorItem[] | undefined {
  const isErrorsRoot = isRecord(document) && Object.keys(document).length === 1 && 'errors' in document;
  if (!isErrorsRoot && !Array.isArray(document)) return undefined;
  const items = recordsOf(document, ['errors', 'error']);
  const looksLikeError = (item: Loose) =>
    ('code' in item || 'description' in item) &&
    Object.keys(item).every((key) => key === 'code' || key === 'description');
  if (!items.length ? !isErrorsRoot : !items.every(looksLikeError)) return undefined;
  return items.map((item) => clean({ code: text(item, 'code'), description: text(item, 'description') }));
}

/** The object without its `undefined` fields, so records compare and print cleanly. */
function clean<T extends object>(record: T): T {
  for (const key of Object.keys(record) as (keyof T)[]) if (record[key] === undefined) delete record[key];
  return record;
}
