import type { CatalogHighlight, CatalogSynonyms } from '../../src/data/catalog-store.js';
import type { Audience, City, Procedure, Theme } from '../../src/model.js';

/**
 * A small catalog of Saint-Aurel-sur-Loire for the catalog's tests and stories: eight procedures
 * over three themes and two profiles, one highlight, one synonym. "Now" is `CATALOG_NOW`.
 */

/** Monday 23 November 2026, 10:00 in Paris. */
export const CATALOG_NOW = '2026-11-23T09:00:00Z';

export const saintAurel: City = {
  name: 'Saint-Aurel-sur-Loire',
  country: 'FR',
  timeZone: 'Europe/Paris',
  defaultLanguage: 'fr',
};

export const catalogThemes: Theme[] = [
  { id: 'etat-civil', title: { fr: 'État civil et papiers', en: 'Civil status and documents' } },
  { id: 'ecole', title: { fr: 'Famille et école', en: 'Family and school' } },
  { id: 'animaux', title: { fr: 'Animaux', en: 'Animals' } },
];

export const catalogAudiences: Audience[] = [
  { id: 'famille', title: { fr: 'Familles', en: 'Families' } },
  { id: 'senior', title: { fr: 'Seniors', en: 'Older people' } },
];

/** A procedure of the catalog: its summary and links follow from its French and English titles. */
export function catalogProcedure(
  id: string,
  title: [string, string],
  themeIds: string[],
  audienceIds: string[],
  popularity: number,
  extra: Partial<Procedure> = {},
): Procedure {
  return {
    id,
    title: { fr: title[0], en: title[1] },
    summary: { fr: `Tout savoir sur : ${title[0].toLowerCase()}.`, en: `All about: ${title[1].toLowerCase()}.` },
    url: `https://www.saint-aurel.example/demarches/${id}`,
    themes: themeIds,
    audiences: audienceIds,
    online: { availability: 'full', url: `https://demarches.saint-aurel.example/${id}` },
    channels: [],
    information: [],
    related: [],
    popularity,
    ...extra,
  };
}

export const idCard = catalogProcedure(
  'passeport',
  ['Carte d’identité et passeport', 'Identity card and passport'],
  ['etat-civil'],
  ['famille'],
  980,
  { keywords: ['CNI'], online: { availability: 'partial', url: 'https://ants.gouv.fr/' } },
);
export const birth = catalogProcedure(
  'acte-naissance',
  ['Acte de naissance', 'Birth certificate'],
  ['etat-civil'],
  ['famille'],
  900,
);
export const death = catalogProcedure(
  'acte-deces',
  ['Acte de décès', 'Death certificate'],
  ['etat-civil'],
  ['famille', 'senior'],
  480,
);
export const canteen = catalogProcedure(
  'cantine',
  ['Inscription à la cantine', 'School canteen'],
  ['ecole'],
  ['famille'],
  950,
);
export const school = catalogProcedure(
  'ecole',
  ['Inscription à l’école', 'School enrolment'],
  ['ecole'],
  ['famille'],
  930,
);
export const dog = catalogProcedure(
  'chien',
  ['Permis de détention d’un chien dangereux', 'Licence for a dangerous dog'],
  ['animaux'],
  [],
  40,
  { online: { availability: 'none' } },
);
export const alarm = catalogProcedure('teleassistance', ['Téléassistance', 'Personal alarm'], [], ['senior'], 120);
export const vote = catalogProcedure(
  'listes',
  ['Inscription sur les listes électorales', 'Registering to vote'],
  ['etat-civil'],
  [],
  860,
);

export const catalogProcedures: Procedure[] = [idCard, birth, death, canteen, school, dog, alarm, vote];

/** Without a query and before 5 March 2027: the highlight, then by popularity. */
export const DEFAULT_ORDER = [
  'listes',
  'passeport',
  'cantine',
  'ecole',
  'acte-naissance',
  'acte-deces',
  'teleassistance',
  'chien',
];

export const voteHighlight: CatalogHighlight = {
  procedure: 'listes',
  until: '2027-03-05',
  label: { fr: 'Élections : inscrivez-vous avant le 5 mars', en: 'Elections: register by 5 March' },
};

export const catalogSynonyms: CatalogSynonyms = { papiers: ['carte d’identité'] };
