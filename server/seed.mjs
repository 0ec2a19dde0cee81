/**
 * The reference server's demo data for the fictional city of Saint-Aurel-sur-Loire: citizens'
 * requests (one in each state), their histories, and a signed-in citizen's session. Plain data
 * without Node imports, so that a demo page or a test can import it and print the references and
 * proofs to try.
 *
 * The procedures and the city come from `demo/data/catalog.json` (see database.mjs).
 */

/** How references look, and the proof the server asks by default (see `createApp({ proof })`). */
export const REFERENCE_PATTERN = '^SA-\\d{4}-\\d{5}$';
export const REFERENCE_EXAMPLE = 'SA-2026-00412';

/** The demo citizen's session: send `Authorization: Bearer demo-citizen-token`. */
export const DEMO_SESSION_TOKEN = 'demo-citizen-token';
/** A session that has expired: me/requests answers 401 with it. */
export const EXPIRED_SESSION_TOKEN = 'demo-expired-token';

export const DEMO_CITIZENS = [
  { id: 1, name: 'Camille Martin', email: 'camille.martin@example.org' },
  { id: 2, name: 'Karim Benali', email: 'karim.benali@example.net' },
];

/** Sessions by token; the database keeps only a hash of each token. */
export const DEMO_SESSIONS = [
  {
    token: DEMO_SESSION_TOKEN,
    citizenId: 1,
    createdAt: '2026-01-05T08:00:00+01:00',
    expiresAt: '2099-12-31T23:59:59+01:00',
  },
  {
    token: EXPIRED_SESSION_TOKEN,
    citizenId: 2,
    createdAt: '2026-01-05T08:00:00+01:00',
    expiresAt: '2026-01-05T09:00:00+01:00',
  },
];

/**
 * "2026-03-02 09:14" in Paris time as ISO 8601 with its offset: +01:00 in winter, +02:00 in
 * summer time (from 29 March 2026 02:00 to 25 October 2026 03:00).
 * @param {string} local
 */
export function paris(local) {
  const [date, time = '00:00'] = local.split(' ');
  const moment = `${date}T${time}`;
  const summer = moment >= '2026-03-29T02:00' && moment < '2026-10-25T03:00';
  return `${moment}:00${summer ? '+02:00' : '+01:00'}`;
}

/**
 * One event of a request's history.
 * @param {string} when Paris time, "2026-03-02 09:14"
 * @param {string} [state]
 * @param {string} [stateLabel]
 * @param {string} [note]
 */
const event = (when, state, stateLabel, note) => ({
  date: paris(when),
  ...(state ? { state } : {}),
  ...(stateLabel ? { stateLabel } : {}),
  ...(note ? { note } : {}),
});

/**
 * The demo requests. `email` is the applicant's, given with the request, and `code` the receipt
 * code printed on its receipt: the proof the server asks is one of them. `citizenId` is the signed-in owner, when the request was
 * made from a city account. The state and dates of each request are those of its last event.
 */
export const DEMO_REQUESTS = [
  {
    reference: 'SA-2026-00412',
    procedureId: 'inscription-scolaire',
    email: 'camille.martin@example.org',
    code: 'K7QF-2M9X-PD4T',
    citizenId: 1,
    state: 'waiting-citizen',
    stateLabel: 'Pièce manquante',
    handledBy: 'Service Éducation',
    expectedDate: '2026-12-04',
    nextStep:
      'Justificatif de domicile manquant : déposez une facture d’énergie ou une quittance de loyer de moins de 3 mois dans votre espace famille, ou à l’accueil de l’Espace Famille. L’inscription reprend dès sa réception.',
    history: [
      event(
        '2026-11-09 09:14',
        'received',
        'Demande reçue',
        'Inscription en cours d’année en CE1 (arrivée dans la commune), déposée en ligne.',
      ),
      event(
        '2026-11-12 14:02',
        'in-progress',
        'En cours d’instruction',
        'Dossier pris en charge par le service Éducation.',
      ),
      event(
        '2026-11-17 10:40',
        'waiting-citizen',
        'Pièce manquante',
        'Justificatif de domicile manquant : la facture jointe date de plus de 3 mois. Merci d’en déposer une récente.',
      ),
    ],
  },
  {
    reference: 'SA-2026-00387',
    procedureId: 'acte-naissance',
    email: 'camille.martin@example.org',
    code: '3HWN-8RZC-6VJA',
    citizenId: 1,
    state: 'done',
    stateLabel: 'Acte envoyé',
    handledBy: 'Service État civil',
    history: [
      event('2026-10-19 18:31', 'received', 'Demande reçue', 'Demande de copie intégrale d’acte de naissance.'),
      event('2026-10-20 09:12', 'in-progress', 'En cours de traitement'),
      event(
        '2026-10-21 09:05',
        'done',
        'Acte envoyé',
        'La copie intégrale a été envoyée par courrier à l’adresse indiquée.',
      ),
    ],
  },
  {
    reference: 'SA-2026-00455',
    procedureId: 'signalement-voirie',
    email: 'camille.martin@example.org',
    code: 'T2GB-9KXM-4QYE',
    citizenId: 1,
    state: 'in-progress',
    stateLabel: 'Intervention programmée',
    handledBy: 'Service Voirie',
    expectedDate: '2026-12-04',
    nextStep:
      'Une équipe interviendra rue des Tilleuls la semaine du 30 novembre ; la chaussée pourra être fermée une demi-journée.',
    history: [
      event(
        '2026-11-02 07:48',
        'received',
        'Signalement reçu',
        'Nid-de-poule signalé devant le 14 rue des Tilleuls, photo jointe.',
      ),
      event('2026-11-03 11:20', 'in-progress', 'Transmis aux services techniques'),
      event(
        '2026-11-05 15:05',
        undefined,
        undefined,
        'Constat sur place : réparation provisoire à l’enrobé à froid le jour même.',
      ),
      event(
        '2026-11-16 10:30',
        'in-progress',
        'Intervention programmée',
        'Réfection définitive programmée la semaine du 30 novembre.',
      ),
    ],
  },
  {
    reference: 'SA-2026-00468',
    procedureId: 'encombrants',
    email: 'camille.martin@example.org',
    code: 'P5DS-7HNW-2CRF',
    citizenId: 1,
    state: 'received',
    stateLabel: 'Demande enregistrée',
    handledBy: 'Service Propreté urbaine',
    expectedDate: '2026-12-09',
    nextStep: 'Vous recevrez un SMS la veille avec le créneau de passage ; sortez les objets le matin même avant 7 h.',
    history: [
      event(
        '2026-11-20 20:12',
        'received',
        'Demande enregistrée',
        'Enlèvement demandé pour un canapé et un sommier (2 m³ environ).',
      ),
    ],
  },
  {
    reference: 'SA-2026-00201',
    procedureId: 'permis-construire',
    email: 'karim.benali@example.net',
    code: 'Z8MV-3TAK-9GBH',
    citizenId: 2,
    state: 'waiting-decision',
    stateLabel: 'En attente de signature',
    handledBy: 'Service Urbanisme',
    expectedDate: '2026-12-11',
    nextStep:
      'L’instruction est terminée : l’arrêté est soumis à la signature du maire. Vous le recevrez par courrier recommandé.',
    history: [
      event(
        '2026-08-24 10:03',
        'received',
        'Dépôt enregistré',
        'Permis de construire pour une extension de 32 m² déposé en ligne.',
      ),
      event(
        '2026-08-28 16:45',
        'in-progress',
        'Dossier complet',
        'Dossier déclaré complet ; délai d’instruction de droit commun : 2 mois.',
      ),
      event('2026-09-07 09:30', undefined, undefined, 'Consultation du gestionnaire du réseau d’eau.'),
      event(
        '2026-09-18 14:10',
        'waiting-citizen',
        'Pièces complémentaires demandées',
        'Plan de coupe PC3 à compléter : hauteur au faîtage non cotée.',
      ),
      event('2026-10-01 11:02', 'in-progress', 'Instruction reprise', 'Plan de coupe reçu.'),
      event(
        '2026-11-13 17:25',
        'waiting-decision',
        'En attente de signature',
        'Avis favorable du service instructeur.',
      ),
    ],
  },
  {
    reference: 'SA-2026-00333',
    procedureId: 'terrasse',
    email: 'contact@lecomptoirdaurel.example',
    code: 'E4RY-6PQD-8XWN',
    state: 'rejected',
    stateLabel: 'Refusée',
    handledBy: 'Service Commerce et domaine public',
    nextStep:
      'Vous pouvez déposer une nouvelle demande pour une terrasse de 2 mètres de profondeur au plus, ou former un recours gracieux dans les 2 mois.',
    history: [
      event('2026-04-08 15:22', 'received', 'Demande reçue', 'Terrasse de 24 m² sur le trottoir, place du Marché.'),
      event('2026-04-10 09:40', 'in-progress', 'En cours d’instruction'),
      event('2026-04-24 11:15', undefined, undefined, 'Visite sur place avec la police municipale.'),
      event(
        '2026-05-06 16:00',
        'rejected',
        'Refusée',
        'Largeur de passage piéton restante inférieure à 1,40 m : la demande ne peut pas être accordée en l’état.',
      ),
    ],
  },
  {
    reference: 'SA-2026-00298',
    procedureId: 'location-salle',
    email: 'bureau@amicale-coteaux.example',
    code: 'M9CJ-4WSG-7TKV',
    state: 'cancelled',
    stateLabel: 'Annulée à votre demande',
    handledBy: 'Service Vie associative',
    history: [
      event(
        '2026-02-02 12:05',
        'received',
        'Demande reçue',
        'Réservation de la salle des Coteaux le samedi 14 mars 2026.',
      ),
      event(
        '2026-02-04 10:00',
        'waiting-decision',
        'Pré-réservation',
        'Salle pré-réservée en attente de l’attestation d’assurance.',
      ),
      event(
        '2026-02-19 09:26',
        'cancelled',
        'Annulée à votre demande',
        'Annulation reçue par e-mail ; aucun frais retenu.',
      ),
    ],
  },
  {
    reference: 'SA-2026-00421',
    procedureId: 'creche',
    email: 'julie.nguyen@example.com',
    code: 'R6NX-2BHE-5DMQ',
    state: 'in-progress',
    stateLabel: 'Examen en commission',
    handledBy: 'Service Petite enfance',
    expectedDate: '2026-12-16',
    nextStep:
      'La commission d’attribution des places se réunit le 9 décembre ; la réponse est envoyée par e-mail dans la semaine.',
    history: [
      event(
        '2026-09-14 21:40',
        'received',
        'Pré-inscription reçue',
        'Pré-inscription en crèche pour un accueil à partir de janvier 2027, 4 jours par semaine.',
      ),
      event('2026-09-18 08:55', 'in-progress', 'Dossier complet'),
      event(
        '2026-11-06 14:30',
        'in-progress',
        'Examen en commission',
        'Dossier inscrit à la commission d’attribution du 9 décembre.',
      ),
    ],
  },
];
