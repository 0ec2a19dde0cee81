/**
 * Procedures for the stories of the procedure-page boxes (channels, information, related),
 * taken from the demo catalog (demo/data/catalog.json) and varied per story.
 */
import catalog from '../../demo/data/catalog.json';
import type { CivicAdapter, City, ContactKind, Office, Procedure } from '../../src/model.js';
import { memoryAdapter, type MemoryAdapterOptions } from '../../test/harness/memory-adapter.js';

interface RawCatalog {
  offices: Office[];
  procedures: (Omit<Procedure, 'channels' | 'information'> & { channels?: RawWay[]; information?: RawWay[] })[];
}
type RawWay = Record<string, unknown> & { kind: string; office?: string | Office };

const raw = catalog as unknown as RawCatalog;

/** An office of the catalog, by id. */
export function office(id: string): Office {
  const found = raw.offices.find((o) => o.id === id);
  if (!found) throw new Error(`No office "${id}" in the demo catalog`);
  return structuredClone(found);
}

/** `"office": "<id>"` replaced by the office, as the static adapter does (a memory adapter does not). */
const resolved = <T>(way: RawWay): T =>
  (typeof way.office === 'string' ? { ...way, office: office(way.office) } : { ...way }) as T;

/** Every procedure of the demo catalog, offices resolved (a fresh copy on each call). */
export function catalogProcedures(): Procedure[] {
  return raw.procedures.map((p) =>
    structuredClone<Procedure>({
      ...p,
      channels: (p.channels ?? []).map((c) => resolved(c)),
      information: (p.information ?? []).map((c) => resolved(c)),
    }),
  );
}

/** One procedure of the demo catalog, offices resolved. */
export function catalogProcedure(id: string): Procedure {
  const found = catalogProcedures().find((p) => p.id === id);
  if (!found) throw new Error(`No procedure "${id}" in the demo catalog`);
  return found;
}

/** The city of the demo catalog, as an adapter's `getCity` gives it. */
export const city = { ...catalog.city };

/**
 * An in-memory backend over `procedures` that also knows its city (France, Paris time), so the
 * opening hours of the stories do not depend on defaults. `delay` and `failWith` apply to every call.
 */
export function cityAdapter(
  procedures: readonly unknown[],
  options: MemoryAdapterOptions = {},
): CivicAdapter & { calls: string[] } {
  const memory = memoryAdapter(procedures, options);
  const cityAnswer = memoryAdapter([{ id: 'city', ...city }], options);
  return {
    calls: memory.calls,
    getProcedure: (id, callOptions) => memory.getProcedure(id, callOptions),
    getCity: (callOptions) =>
      cityAnswer.getProcedure('city', callOptions) as Promise<unknown> as Promise<Partial<City> | undefined>,
  };
}

/* ------------------------------------------------------------------------------------------ */
/* The procedures of the stories                                                               */

/** Identity card and passport: every kind of channel, the online one recommended. */
export const passport = catalogProcedure('carte-identite-passeport');

/** The same procedure with nothing listed: no channel, no information, no related procedure. */
export const bare: Procedure = { ...passport, id: 'demarche-sans-details', channels: [], information: [], related: [] };

/** Only the live video consultation of the passport procedure. */
export const liveOnly: Procedure = {
  ...passport,
  id: 'visio-titres',
  title: { fr: 'Vérifier son dossier de titre d’identité en visio', en: 'Check your identity document file by video' },
  channels: passport.channels.filter((c) => c.kind === 'live'),
};

/** One way only: online. */
export const onlineOnly: Procedure = {
  ...catalogProcedure('acte-naissance'),
  id: 'acte-naissance-en-ligne',
  channels: catalogProcedure('acte-naissance').channels.filter((c) => c.kind === 'online'),
};

/** Ten ways: online, a counter at each of the city's seven offices, phone and e-mail. */
export const tenChannels: Procedure = {
  ...passport,
  id: 'dix-moyens',
  title: { fr: 'Démarche disponible partout', en: 'A procedure available everywhere' },
  channels: [
    passport.channels[0],
    ...raw.offices.map((o) => ({ kind: 'counter' as const, office: office(o.id) })),
    passport.channels.find((c) => c.kind === 'phone')!,
    passport.channels.find((c) => c.kind === 'email')!,
  ],
};

/** Information of every kind, one of each, gathered from the catalog. */
const contactKinds: ContactKind[] = ['phone', 'email', 'faq', 'guide', 'office', 'legal', 'web'];
export const everyContactKind: Procedure = {
  ...passport,
  id: 'toutes-informations',
  information: contactKinds.map((kind) => {
    const contact = catalogProcedures()
      .flatMap((p) => p.information)
      .find((c) => c.kind === kind);
    if (!contact) throw new Error(`No "${kind}" information in the demo catalog`);
    return contact;
  }),
};

/**
 * A sloppy or hostile catalog entry: an unknown kind, a phone "number" in words, hours written
 * "8h-12h", `javascript:` links and HTML in labels, next to two good channels. The procedure's
 * core (title, online link) is sound, so it is shown, without its bad parts.
 */
export const badData = {
  ...passport,
  id: 'donnees-douteuses',
  channels: [
    { kind: 'fax', phone: '+33 2 61 91 00 99', label: 'Par télécopie' },
    { kind: 'phone', phone: 'appelez-nous', label: { fr: 'Accueil de la mairie', en: 'Town hall reception' } },
    {
      kind: 'phone',
      phone: '+33 2 61 91 00 00',
      label: { fr: 'Standard', en: 'Switchboard' },
      hours: { weekly: { mo: ['8h-12h'] } },
    },
    { kind: 'online', url: 'javascript:alert(1)', label: 'Formulaire' },
    { kind: 'email', email: 'accueil@saint-aurel.example', label: 'Écrivez-nous <img src=x onerror=alert(1)>' },
    {
      kind: 'counter',
      office: office('hotel-de-ville'),
      label: { fr: 'Accueil général', en: 'General reception' },
      appointment: { required: true, url: 'javascript:alert(1)' },
    },
  ],
} as unknown as Procedure;

/** A counter at an office known by its national-directory id only: its hours come from the directory. */
export const directoryCounter: Procedure = {
  ...passport,
  id: 'guichet-annuaire',
  channels: [
    {
      kind: 'counter',
      label: { fr: 'Mairie déléguée de Port-Aurel', en: 'Port-Aurel delegate town hall' },
      office: {
        id: 'mairie-deleguee-port-aurel',
        name: { fr: 'Mairie déléguée de Port-Aurel', en: 'Port-Aurel delegate town hall' },
        address: {
          lines: ['1 quai des Pêcheurs'],
          postalCode: '44190',
          locality: 'Saint-Aurel-sur-Loire',
          country: 'FR',
        },
        directoryId: '9b1f7c2e-0000-4000-8000-000000000044',
      },
    },
  ],
};

/** A procedure whose related list names a procedure the backend does not know. */
export const unknownRelated: Procedure = {
  ...passport,
  id: 'liens-perimes',
  related: ['acte-naissance', 'carte-grise-2019', 'recensement-citoyen'],
};

/** Every procedure of the catalog plus the story variants. */
export const storyProcedures: Procedure[] = [
  ...catalogProcedures(),
  bare,
  liveOnly,
  onlineOnly,
  tenChannels,
  everyContactKind,
  badData,
  directoryCounter,
  unknownRelated,
];

/* ------------------------------------------------------------------------------------------ */
/* Moments, in Paris time (ISO 8601 with the offset of the date)                               */

/** Tuesday 10 March 2026, 10:00: the town hall is open (until 12:00), the live consultation starts at 14:00. */
export const tuesdayMorning = '2026-03-10T10:00:00+01:00';
/** Saturday 14 March 2026, 15:00: the town hall closed at noon and opens again on Monday. */
export const saturdayAfternoon = '2026-03-14T15:00:00+01:00';
/** Wednesday 11 November 2026 (Armistice Day, a public holiday), 10:00. */
export const armisticeDay = '2026-11-11T10:00:00+01:00';
