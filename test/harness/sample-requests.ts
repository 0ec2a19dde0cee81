import type { Procedure, RequestLookup, ServiceRequest } from '../../src/model.js';
import { birthCertificate, passport } from './sample-procedures.js';

/**
 * Citizen requests of Saint-Aurel-sur-Loire for tests and stories, one per state, a long history,
 * and one with everything a sloppy backend sends. "Today" is `TODAY` (Thursday 12 March 2026,
 * 10:00 in Paris): `EXPECTED_IN_3_DAYS` is three days later.
 */
export const TODAY = '2026-03-12T10:00:00+01:00';

/** The lookup of the city's backend: a reference like EC-2026-004211 and the e-mail address. */
export const lookupWithEmail: RequestLookup = {
  referencePattern: '[A-Z]{2}-\\d{4}-\\d{6}',
  referenceExample: 'EC-2026-004211',
  proof: 'email',
};

/** The passport with its usual processing time, as the catalog gives it. */
export const passportWithTime: Procedure = {
  ...passport,
  processingTime: {
    days: 30,
    note: { fr: 'À compter du rendez-vous en mairie.', en: 'From the appointment at the town hall.' },
  },
};

export const requestProcedures: Procedure[] = [passportWithTime, birthCertificate];

export const EMAIL = 'camille.martin@example.org';

/** In progress, an expected date three days from `TODAY`, handled by the civil registry. */
export const inProgress: ServiceRequest = {
  reference: 'EC-2026-004211',
  procedureId: 'passeport',
  procedureTitle: { fr: 'Passeport (titre sécurisé)', en: 'Passport (secure document)' },
  state: 'in-progress',
  stateLabel: 'Instruction du dossier',
  history: [
    {
      date: '2026-02-20T09:12:00+01:00',
      state: 'received',
      stateLabel: 'Dossier déposé',
      note: 'Pré-demande en ligne n° 2602-PA-7781 reçue.',
    },
    {
      date: '2026-02-27T14:30:00+01:00',
      state: 'received',
      note: 'Rendez-vous en mairie honoré : empreintes et photo enregistrées.',
    },
    {
      date: '2026-03-02T11:05:00+01:00',
      state: 'in-progress',
      stateLabel: 'Instruction du dossier',
      note: 'Dossier transmis au centre d’instruction.',
    },
  ],
  expectedDate: '2026-03-15',
  nextStep: {
    fr: 'Vous recevrez un SMS quand le passeport sera disponible en mairie.',
    en: 'You will get a text message when the passport is ready at the town hall.',
  },
  handledBy: 'Service état civil – Mairie de Saint-Aurel',
  createdAt: '2026-02-20T09:12:00+01:00',
  updatedAt: '2026-03-02T11:05:00+01:00',
};

/** The city waits for the citizen: a proof of address is missing. */
export const waitingCitizen: ServiceRequest = {
  reference: 'EC-2026-004388',
  procedureId: 'passeport',
  state: 'waiting-citizen',
  stateLabel: 'Pièce manquante',
  history: [
    { date: '2026-03-03T16:40:00+01:00', state: 'received' },
    {
      date: '2026-03-09T10:20:00+01:00',
      state: 'waiting-citizen',
      stateLabel: 'Pièce manquante',
      note: 'Le justificatif de domicile fourni a plus de trois mois.',
    },
  ],
  nextStep: {
    fr: 'Déposez un justificatif de domicile de moins de 3 mois dans votre espace, ou à l’accueil de la mairie, avant le 26 mars.',
    en: 'Upload a proof of address less than 3 months old in your account, or bring it to the town hall, before 26 March.',
  },
  handledBy: 'Service état civil – Mairie de Saint-Aurel',
  createdAt: '2026-03-03T16:40:00+01:00',
  updatedAt: '2026-03-09T10:20:00+01:00',
};

/** Received, no expected date: the catalog's usual processing time is shown instead. */
export const received: ServiceRequest = {
  reference: 'EC-2026-004502',
  procedureId: 'passeport',
  state: 'received',
  history: [{ date: '2026-03-11T08:50:00+01:00', state: 'received', note: 'Demande enregistrée.' }],
  createdAt: '2026-03-11T08:50:00+01:00',
};

export const waitingDecision: ServiceRequest = {
  reference: 'UR-2026-000127',
  procedureTitle: { fr: 'Déclaration préalable de travaux', en: 'Prior declaration of works' },
  state: 'waiting-decision',
  stateLabel: 'Avis de l’architecte des Bâtiments de France attendu',
  history: [
    { date: '2026-01-15', state: 'received' },
    { date: '2026-01-29', state: 'in-progress', note: 'Dossier complet.' },
    {
      date: '2026-02-10',
      state: 'waiting-decision',
      stateLabel: 'Avis de l’architecte des Bâtiments de France attendu',
    },
  ],
  expectedDate: '2026-04-15',
  handledBy: 'Service urbanisme',
  createdAt: '2026-01-15',
  updatedAt: '2026-02-10',
};

export const done: ServiceRequest = {
  reference: 'EC-2026-003950',
  procedureId: 'acte-naissance',
  state: 'done',
  stateLabel: 'Acte envoyé',
  history: [
    { date: '2026-02-02T10:00:00+01:00', state: 'received' },
    {
      date: '2026-02-04T15:12:00+01:00',
      state: 'done',
      stateLabel: 'Acte envoyé',
      note: 'Copie intégrale envoyée par courrier.',
    },
  ],
  expectedDate: '2026-02-10',
  createdAt: '2026-02-02T10:00:00+01:00',
  updatedAt: '2026-02-04T15:12:00+01:00',
};

export const rejected: ServiceRequest = {
  reference: 'OD-2026-000318',
  procedureTitle: { fr: 'Occupation du domaine public (terrasse)', en: 'Use of public space (café terrace)' },
  state: 'rejected',
  history: [
    { date: '2026-01-20T09:00:00+01:00', state: 'received' },
    {
      date: '2026-02-12T17:45:00+01:00',
      state: 'rejected',
      note: 'Le trottoir ne laisse pas 1,40 m de passage libre. Vous pouvez déposer une nouvelle demande pour une terrasse plus petite.',
    },
  ],
  handledBy: 'Service voirie',
  createdAt: '2026-01-20T09:00:00+01:00',
  updatedAt: '2026-02-12T17:45:00+01:00',
};

export const cancelled: ServiceRequest = {
  reference: 'EC-2026-002777',
  procedureId: 'acte-naissance',
  state: 'cancelled',
  stateLabel: 'Annulée à la demande de l’usager',
  history: [
    { date: '2026-01-05T11:00:00+01:00', state: 'received' },
    { date: '2026-01-06T09:30:00+01:00', state: 'cancelled', stateLabel: 'Annulée à la demande de l’usager' },
  ],
  createdAt: '2026-01-05T11:00:00+01:00',
  updatedAt: '2026-01-06T09:30:00+01:00',
};

/** 40 events over a year and a half: a building permit with many exchanges. */
export const longTimeline: ServiceRequest = {
  reference: 'UR-2025-000042',
  procedureTitle: { fr: 'Permis de construire', en: 'Building permit' },
  state: 'in-progress',
  history: Array.from({ length: 40 }, (_, i) => ({
    date: new Date(Date.UTC(2024, 9, 1 + i * 13, 8 + (i % 8))).toISOString(),
    state: i === 0 ? ('received' as const) : ('in-progress' as const),
    stateLabel: i === 0 ? undefined : `Échange n° ${i}`,
    note: i % 3 === 0 ? `Pièce complémentaire n° ${i / 3 + 1} reçue et versée au dossier.` : undefined,
  })),
  expectedDate: '2026-06-30',
  handledBy: 'Service urbanisme',
  createdAt: '2024-10-01T08:00:00Z',
};

export const HUGE_NOTE = `Courrier du service : ${'Nous avons bien reçu les pièces et les examinons dans l’ordre d’arrivée. '.repeat(120)}Fin du courrier.`;
export const HTML_NOTE =
  '<b>Important</b> : <img src=x onerror="alert(1)"> présentez-vous <script>alert(2)</script> au guichet 3.';

/** What a sloppy backend sends: unreadable dates, states of its own, a huge note, HTML in notes. */
export const badData = {
  reference: 'EC-2026-009999',
  procedureTitle: 'Demande de logement social',
  state: 'ARCHIVED_PENDING_REVIEW',
  stateLabel: 'En cours d’archivage',
  history: [
    { date: 'last Tuesday', state: 'received', note: 'Date illisible.' },
    { date: '2026-13-45T99:00:00Z', state: 'IN_PROGRESS', note: HTML_NOTE },
    { date: '2026-02-30', state: 'escalated', note: HUGE_NOTE },
    { date: '2026-03-01T10:00:00+01:00', note: 'Relance envoyée.' },
  ],
  expectedDate: '31/03/2026',
  createdAt: 'yesterday',
  updatedAt: 1234,
  handledBy: '<i>Service logement</i>',
  nextStep: null,
};

export const sampleRequests: ServiceRequest[] = [
  inProgress,
  waitingCitizen,
  received,
  waitingDecision,
  done,
  rejected,
  cancelled,
  longTimeline,
];
