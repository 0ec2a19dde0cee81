/**
 * French, the default language, and the reference list of every string of the library, in one
 * section per element so that each element bundles only its own French strings. Another language
 * is one file with the same sections (`Messages`), loaded when a page needs it.
 */
export const common = {
  loading: 'Chargement…',
  errors: {
    'no-provider': 'Aucune source de données : ajoutez un élément <civic-provider> à la page.',
    config: 'La source de données est mal configurée.',
    unsupported: 'La source de données ne fournit pas cette information.',
    'missing-attribute': (name: string) => `Attribut « ${name} » manquant.`,
    'not-found': 'Démarche introuvable.',
    network: 'Le service est injoignable pour le moment.',
    http: 'Le service est indisponible pour le moment.',
    timeout: 'Le service met trop de temps à répondre.',
    'invalid-json': 'Les données reçues sont illisibles.',
    'invalid-data': 'Les données de cette démarche sont invalides.',
    'wrong-proof': 'La référence et le justificatif ne correspondent pas.',
    'too-many-attempts': 'Trop de tentatives : réessayez dans quelques minutes.',
    unauthorized: 'Votre session a expiré : reconnectez-vous pour voir vos demandes.',
  },
};

export const badge = {
  full: 'Entièrement en ligne',
  partial: 'En partie en ligne',
  none: 'Pas en ligne',
  compactFull: 'En ligne',
  compactPartial: 'En partie',
  compactNone: 'Pas en ligne',
  /** Read after the status by screen readers when the badge links to the online service. */
  go: (title: string) => `, faire la démarche en ligne : ${title}`,
};

export const channels = {
  heading: 'Comment faire cette démarche ?',
  empty: "Aucun moyen de faire cette démarche n'est indiqué pour le moment.",
  recommended: 'Recommandé',
  kinds: {
    online: 'En ligne',
    counter: 'Au guichet',
    phone: 'Par téléphone',
    mail: 'Par courrier',
    email: 'Par e-mail',
    live: 'Avec un conseiller en direct',
    app: 'Par messagerie',
    'short-number': 'Numéro court',
  },
  goOnline: 'Faire la démarche en ligne',
  accountRequired: 'Connexion requise (compte usager ou FranceConnect).',
  needed: 'À préparer :',
  appointmentRequired: 'Sur rendez-vous uniquement.',
  noAppointment: 'Sans rendez-vous.',
  book: 'Prendre rendez-vous',
  bookByPhone: 'Rendez-vous par téléphone :',
  openApp: "Ouvrir l'application",
  modes: { video: 'Montrer (vidéo)', voice: 'Parler (appel)', chat: 'Écrire (messagerie)' },
  liveStart: 'Démarrer la consultation',
  liveUntil: (time: string) => `Disponible maintenant, jusqu'à ${time}`,
  liveOpens: (day: string, time: string) => `Indisponible · disponible ${day} à ${time}`,
  liveClosed: 'Indisponible pour le moment',
};

export const hours = {
  map: 'Voir sur la carte',
  openUntil: (time: string) => `Ouvert · ferme à ${time}`,
  closedOpens: (day: string, time: string) => `Fermé · ouvre ${day} à ${time}`,
  closed: 'Fermé',
  holiday: 'jour férié',
  showAll: 'Voir tous les horaires',
  caption: "Horaires d'ouverture",
  day: 'Jour',
  hours: 'Horaires',
  closedDay: 'fermé',
  upcoming: 'Horaires particuliers à venir :',
  zone: (zone: string) => `Heures données en ${zone}.`,
  loading: 'Chargement des horaires…',
  unavailable: "Les horaires n'ont pas pu être chargés : renseignez-vous avant de vous déplacer.",
};

export const info = {
  heading: 'Pour en savoir plus',
  empty: "Aucune autre source d'information n'est indiquée.",
  kinds: {
    phone: 'Par téléphone',
    email: 'Par e-mail',
    faq: 'Questions fréquentes',
    guide: 'Guide pratique',
    office: 'Sur place',
    legal: 'Texte de référence',
    web: 'En savoir plus',
  },
};

export const related = {
  heading: 'Démarches liées',
  empty: 'Aucune démarche liée.',
};

export interface Messages {
  common: typeof common;
  badge: typeof badge;
  channels: typeof channels;
  hours: typeof hours;
  info: typeof info;
  related: typeof related;
}

/** All of French at once, for tests and for a city's own translations to start from. */
export const fr: Messages = { common, badge, channels, hours, info, related };
