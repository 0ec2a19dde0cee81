/**
 * The civic-elements model and adapter contract.
 *
 * This is the one file a back-end developer reads to connect a system: every element reads
 * these plain objects, and an adapter is any object with the methods of `CivicAdapter`.
 * Nothing here depends on Lit or on the browser beyond `AbortSignal`.
 */

/**
 * Text a city writes in one or more languages: a plain string (in the catalog's default
 * language) or a map of language tags to strings, e.g. `{ fr: 'Passeport', en: 'Passport' }`.
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

/** How much of a procedure a citizen can carry out online. */
export type OnlineAvailability = 'full' | 'partial' | 'none';

/** A public service a citizen carries out: passport, dog licence, school canteen… */
export interface Procedure {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
  /** The city's own page about the procedure. */
  url?: string;
  /** Theme ids (see `Theme`). */
  themes: string[];
  /** Audience ids: family, business, newcomer… (see `Audience`). */
  audiences: string[];
  online: OnlineService;
  /** In the city's order of preference: the recommended channel first. */
  channels: Channel[];
  /** Ways to get more information. */
  information: Contact[];
  /** Ids of related procedures. */
  related: string[];
  /** Typical time from complete application to answer. */
  processingTime?: ProcessingTime;
  /** Extra words citizens use for it (synonyms, former names). */
  keywords?: string[];
  /** Relative demand, higher is more requested. */
  popularity?: number;
}

export interface OnlineService {
  availability: OnlineAvailability;
  /** Where to do it online; absent when `availability` is `none`. */
  url?: string;
  /** What is online when availability is `partial` (e.g. "pre-application only"). */
  note?: LocalizedText;
}

export interface ProcessingTime {
  /** Typical number of calendar days. */
  days: number;
  note?: LocalizedText;
}

export type ChannelKind =
  | 'online' // a web service
  | 'counter' // an office to visit
  | 'phone'
  | 'mail' // postal mail
  | 'email'
  | 'live' // live consultation by video, voice or chat
  | 'app' // mobile app or messaging (WhatsApp…)
  | 'short-number'; // the city's short service number (311, 156…)

/** One way to carry a procedure out. */
export interface Channel {
  kind: ChannelKind;
  label?: LocalizedText;
  /** The city marks its preferred channel. */
  recommended?: boolean;
  url?: string;
  /** International or national phone number, as the city writes it. */
  phone?: string;
  email?: string;
  /** For counters and postal mail. */
  office?: Office;
  address?: PostalAddress;
  hours?: OpeningHours;
  appointment?: Appointment;
  /** Online: a sign-in (city account, FranceConnect…) is needed. */
  accountRequired?: boolean;
  /** What to have ready. */
  needed?: LocalizedText[];
  /** Live consultation modes. */
  modes?: LiveMode[];
  /** Cost of a call, e.g. "free call" or "local rate". */
  cost?: LocalizedText;
  note?: LocalizedText;
}

export type LiveMode = 'video' | 'voice' | 'chat';

export interface Appointment {
  required: boolean;
  url?: string;
  phone?: string;
}

/** An office (town hall, annex, service) with its address and hours. */
export interface Office {
  id: string;
  name: LocalizedText;
  address?: PostalAddress;
  phone?: string;
  email?: string;
  url?: string;
  hours?: OpeningHours;
  /** Identifier in the national directory (Annuaire de l'administration), when known. */
  directoryId?: string;
}

export interface PostalAddress {
  lines: string[];
  postalCode: string;
  locality: string;
  /** ISO 3166-1 alpha-2. */
  country?: string;
  latitude?: number;
  longitude?: number;
}

/** "HH:MM-HH:MM" in the city's time zone, e.g. "08:30-12:00". */
export type TimeRange = string;

export type Weekday = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su';

/** Opening hours in the city's local time. */
export interface OpeningHours {
  /** IANA time zone; defaults to the city's. */
  timeZone?: string;
  /** Regular week; a missing day is closed. */
  weekly: Partial<Record<Weekday, TimeRange[]>>;
  /** Periods with other weekly hours (summer hours…), "MM-DD" bounds inclusive. */
  seasons?: { from: string; to: string; weekly: Partial<Record<Weekday, TimeRange[]>>; label?: LocalizedText }[];
  /** Dated exceptions: closures or special hours, "YYYY-MM-DD" bounds inclusive. */
  exceptions?: { from: string; to?: string; hours?: TimeRange[]; note?: LocalizedText }[];
  /** Whether the place is closed on public holidays (default `closed`). */
  publicHolidays?: 'closed' | 'open';
  note?: LocalizedText;
}

export type ContactKind = 'phone' | 'email' | 'faq' | 'guide' | 'office' | 'legal' | 'web';

/** A way to get more information. */
export interface Contact {
  kind: ContactKind;
  label?: LocalizedText;
  url?: string;
  phone?: string;
  email?: string;
  office?: Office;
  hours?: OpeningHours;
}

export interface Theme {
  id: string;
  title: LocalizedText;
}

export interface Audience {
  id: string;
  title: LocalizedText;
}

/** The city behind a catalog. */
export interface City {
  name: LocalizedText;
  /** ISO 3166-1 alpha-2, for phone formatting and public holidays. */
  country: string;
  /** IANA time zone for opening hours. */
  timeZone: string;
  /** Language of untranslated texts. */
  defaultLanguage: string;
  url?: string;
}

/** The states every backend's request states are mapped onto. */
export type RequestState =
  'received' | 'in-progress' | 'waiting-citizen' | 'waiting-decision' | 'done' | 'rejected' | 'cancelled';

/** A citizen's request as they follow it. */
export interface ServiceRequest {
  reference: string;
  procedureId?: string;
  procedureTitle?: LocalizedText;
  state: RequestState;
  /** The backend's own word for the state, kept visible. */
  stateLabel?: string;
  /** Dated events, oldest first. */
  history: RequestEvent[];
  /** ISO 8601. */
  expectedDate?: string;
  nextStep?: LocalizedText;
  handledBy?: string;
  createdAt?: string;
  updatedAt?: string;
}

export interface RequestEvent {
  /** ISO 8601. */
  date: string;
  state?: RequestState;
  stateLabel?: string;
  note?: string;
}

/** What a backend asks before it shows a request, so that a reference alone reveals nothing. */
export interface RequestLookup {
  /** Regular expression the reference must match, checked before anything is sent. */
  referencePattern?: string;
  /** A reference as printed on receipts, shown as a hint: "EC-2026-004211". */
  referenceExample?: string;
  /** The proof asked besides the reference; none when the reference is enough. */
  proof?: 'email' | 'postcode' | 'code';
}

/** Headers that prove the signed-in citizen's session, supplied by the host page on each call. */
export type SessionHeaders = () => Record<string, string> | Promise<Record<string, string>>;

/** A procedure the city puts first while `until` (a date, inclusive, in the city's time) is not past. */
export interface CatalogHighlight {
  /** Id of the procedure. */
  procedure: string;
  /** "YYYY-MM-DD": the last day it is shown, in the city's time zone. */
  until: string;
  /** Why it is first, e.g. "Élections municipales : inscrivez-vous avant le 6 février". */
  label?: LocalizedText;
}

/** Words citizens type -> what the catalog says: `{ "carte grise": ["certificat d'immatriculation"] }`. */
export type CatalogSynonyms = Record<string, string[]>;

export interface ProcedureQuery {
  text?: string;
  theme?: string;
  audience?: string;
}

/** Everything an adapter method receives besides its arguments. */
export interface AdapterCallOptions {
  /** Aborted when no element needs the answer any more, or on time-out. */
  signal: AbortSignal;
  /** For the signed-in citizen's data: the host page's session, never stored by the library. */
  session?: SessionHeaders;
}

/**
 * What a backend provides. Only `getProcedure` is required; an element that needs a method the
 * adapter lacks says so on the page. Methods return `undefined` for "not found" and throw
 * (ideally a `CivicError`) for everything else.
 */
export interface CivicAdapter {
  getProcedure(id: string, options: AdapterCallOptions): Promise<Procedure | undefined>;
  listProcedures?(query: ProcedureQuery, options: AdapterCallOptions): Promise<Procedure[]>;
  getCity?(options: AdapterCallOptions): Promise<Partial<City> | undefined>;
  getThemes?(options: AdapterCallOptions): Promise<Theme[]>;
  getAudiences?(options: AdapterCallOptions): Promise<Audience[]>;
  /** For the catalog's search: words citizens type and what the catalog says instead. */
  getSynonyms?(options: AdapterCallOptions): Promise<CatalogSynonyms | undefined>;
  /** Procedures the city puts first for a while (before an election…). */
  getHighlights?(options: AdapterCallOptions): Promise<CatalogHighlight[] | undefined>;
  /** How references look and which proof the backend asks; none asked when absent. */
  getRequestLookup?(options: AdapterCallOptions): Promise<RequestLookup>;
  /**
   * A request by its reference and the proof the backend asks (e-mail, postcode, code on the
   * receipt). Throws a CivicError `wrong-proof` or `too-many-attempts` when the backend says so.
   */
  getRequest?(
    reference: string,
    proof: string | undefined,
    options: AdapterCallOptions,
  ): Promise<ServiceRequest | undefined>;
  /** The signed-in citizen's requests; `options.session` gives the host page's session headers. */
  listMyRequests?(options: AdapterCallOptions): Promise<ServiceRequest[]>;
}
