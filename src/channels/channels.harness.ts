import { fixture, html } from '@open-wc/testing';
import '../index.js';
import { $$, words } from '../../test/harness/dom.js';
import { memoryAdapter, type MemoryAdapterOptions } from '../../test/harness/memory-adapter.js';
import { settle } from '../../test/harness/render.js';
import type { CivicAdapter, City, Office, Procedure } from '../model.js';
import type { CivicProvider } from '../provider/civic-provider.js';
import type { CivicChannels } from './channels.js';

/**
 * What the `<civic-channels>` tests share (channels-*.test.ts): the demo city and a channel of each
 * kind, a procedure that offers them, `show()` to render the box for it, and readers of the box
 * (a channel's entry by its kind heading, its open-now line, its week table). Test code only: the
 * build leaves `*.harness.ts` out, like the tests.
 */

/** Monday 23 November 2026, 10:00 in Paris (UTC+1 in November); 06:00 in São Paulo. */
export const MONDAY_10 = '2026-11-23T09:00:00Z';
/** Saturday 28 November 2026, 16:00 in Paris: every place of the data is closed until Monday. */
export const SATURDAY_16 = '2026-11-28T15:00:00Z';

export const saintAurel: City = {
  name: { fr: 'Ville de Saint-Aurel-sur-Loire', en: 'City of Saint-Aurel-sur-Loire' },
  country: 'FR',
  timeZone: 'Europe/Paris',
  defaultLanguage: 'fr',
};

export const weekdays = (...ranges: string[]) => ({ mo: ranges, tu: ranges, we: ranges, th: ranges, fr: ranges });

export const townHall: Office = {
  id: 'hotel-de-ville',
  name: 'Hôtel de ville',
  address: {
    lines: ['1 place de la Mairie'],
    postalCode: '44000',
    locality: 'Saint-Aurel-sur-Loire',
    latitude: 47.2,
    longitude: -1.55,
  },
  hours: { weekly: { ...weekdays('08:30-12:00', '13:30-17:00'), sa: ['09:00-12:00'] } },
};

export const URLS = {
  online: 'https://demarches.saint-aurel.example/passeport',
  book: 'https://rdv.saint-aurel.example/titres',
  live: 'https://visio.saint-aurel.example/etat-civil',
  app: 'https://wa.me/33639981234',
};

export const online = {
  kind: 'online',
  recommended: true,
  url: URLS.online,
  label: { fr: 'Pré-demande sur le site de la ville', en: 'Pre-application on the city website' },
  accountRequired: true,
  needed: [{ fr: "Une photo d'identité numérique", en: 'A digital ID photo' }, 'Un justificatif de domicile'],
};
export const counter = {
  kind: 'counter',
  office: townHall,
  appointment: { required: true, url: URLS.book, phone: '+33 2 61 91 00 11' },
};
export const phone = {
  kind: 'phone',
  phone: '+33 2 61 91 00 10',
  hours: { weekly: weekdays('09:00-12:00', '14:00-17:00') },
  cost: "Prix d'un appel local",
};
export const mail = {
  kind: 'mail',
  address: {
    lines: ['Mairie – Service état civil', '1 place de la Mairie'],
    postalCode: '44000',
    locality: 'Saint-Aurel-sur-Loire',
  },
};
export const email = { kind: 'email', email: 'etat-civil@saint-aurel.example' };
export const live = {
  kind: 'live',
  url: URLS.live,
  modes: ['video', 'voice', 'chat'],
  hours: { weekly: weekdays('09:00-17:00') },
};
export const app = { kind: 'app', url: URLS.app };
export const shortNumber = { kind: 'short-number', phone: '3939' };

/** One channel of each kind, the online one recommended. */
export const ALL = [online, counter, phone, mail, email, live, app, shortNumber];
/** The French kind headings of ALL, in its order. */
export const KIND_HEADINGS = [
  'En ligne',
  'Au guichet',
  'Par téléphone',
  'Par courrier',
  'Par e-mail',
  'Avec un conseiller en direct',
  'Par messagerie',
  'Numéro court',
];

/** The passport procedure (or another id) with these channels, unchecked: tests give bad data too. */
export const procedureWith = (channels: readonly unknown[], id = 'passeport') =>
  ({
    id,
    title: { fr: "Carte nationale d'identité et passeport", en: 'National identity card and passport' },
    themes: [],
    audiences: [],
    online: { availability: 'partial', url: URLS.online },
    channels,
    information: [],
    related: [],
  }) as unknown as Procedure;

/** A memory adapter that also tells its city. */
export function cityAdapter(
  procedures: readonly unknown[],
  options: MemoryAdapterOptions & { city?: Partial<City> } = {},
): CivicAdapter {
  const base = memoryAdapter(procedures, options);
  return {
    getProcedure: (id, options) => base.getProcedure(id, options),
    getCity: async () => options.city ?? saintAurel,
  };
}

export interface ShowOptions {
  now?: string;
  lang?: string;
  level?: string;
  directory?: string;
  city?: Partial<City>;
  timeout?: number;
}

/** Renders `<civic-channels>` for a procedure with these channels, in a provider, once settled. */
export async function show(channels: readonly unknown[], options: ShowOptions = {}): Promise<CivicChannels> {
  const adapter = cityAdapter([procedureWith(channels)], { city: options.city });
  const provider = await fixture<CivicProvider>(
    html`<civic-provider
      .adapter=${adapter}
      .timeout=${options.timeout ?? 8000}
      .directory=${options.directory}
      lang=${options.lang ?? 'fr'}
      ><civic-channels
        procedure="passeport"
        heading-level=${options.level ?? '2'}
        now=${options.now ?? MONDAY_10}
      ></civic-channels
    ></civic-provider>`,
  );
  const element = provider.querySelector('civic-channels')!;
  await settle(element);
  return element;
}

/** Every channel entry of the box, in order. */
export const entries = (el: CivicChannels) => $$(el, 'li[part~=channel]');
/** The kind heading of an entry ("Au guichet"). */
export const kindOf = (li: Element) => words(li.querySelector('.entry-title .kind'));

/** The entry whose kind heading is `kind`; fails when there is none. */
export function entry(el: CivicChannels, kind: string): HTMLElement {
  const found = entries(el).find((li) => kindOf(li) === kind);
  if (!found) throw new Error(`no "${kind}" channel; shown: ${entries(el).map(kindOf).join(', ') || 'none'}`);
  return found;
}

/** The open-now line of an entry ("Ouvert · ferme à 12:00"). */
export const stateLine = (li: Element) => words(li.querySelector('[part~=hours-state]'));

/** The week table of an entry, as [day, hours] rows. */
export const rows = (li: Element) =>
  [...li.querySelectorAll('tbody tr')].map((tr) => [words(tr.querySelector('th')), words(tr.querySelector('td'))]);

let unique = 0;
/** The fixture routes ignore the query string: a new one per test defeats the page-wide cache. */
export const fresh = (path: string) => `${location.origin}${path}?case=${Date.now()}-${++unique}`;
