import type { Procedure } from '../../src/model.js';

/** A few procedures covering each online availability, for tests and stories. */
export const passport: Procedure = {
  id: 'passeport',
  title: { fr: "Carte nationale d'identité et passeport", en: 'National identity card and passport' },
  summary: { fr: 'Demander ou renouveler sa carte ou son passeport.', en: 'Apply for or renew your card or passport.' },
  url: 'https://www.saint-aurel.example/demarches/passeport',
  themes: ['etat-civil'],
  audiences: ['famille'],
  online: {
    availability: 'partial',
    url: 'https://ants.gouv.fr/',
    note: { fr: 'Pré-demande en ligne', en: 'Online pre-application' },
  },
  channels: [],
  information: [],
  related: ['acte-naissance'],
};

export const birthCertificate: Procedure = {
  ...passport,
  id: 'acte-naissance',
  title: { fr: 'Acte de naissance', en: 'Birth certificate' },
  online: { availability: 'full', url: 'https://demarches.saint-aurel.example/acte-naissance' },
  related: [],
};

export const dogLicence: Procedure = {
  ...passport,
  id: 'chien-categorise',
  title: { fr: 'Permis de détention de chien catégorisé', en: 'Licence for a dangerous dog' },
  online: { availability: 'none' },
  related: [],
};

export const sampleProcedures: Procedure[] = [passport, birthCertificate, dogLicence];
