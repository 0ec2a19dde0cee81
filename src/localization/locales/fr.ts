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

/** Shared by <civic-request-status> and <civic-request-list>: states, facts, history, errors. */
export const request = {
  /** A request's state, said of « la demande » (feminine). */
  states: {
    received: 'Reçue',
    'in-progress': 'En cours de traitement',
    'waiting-citizen': 'En attente de votre part',
    'waiting-decision': 'En attente de décision',
    done: 'Terminée',
    rejected: 'Refusée',
    cancelled: 'Annulée',
    unknown: 'État non précisé',
  },
  /** The backend's own word for the state, shown when it differs from ours. */
  original: (label: string) => `Libellé du service : « ${label} »`,
  reference: (reference: string) => `Demande n° ${reference}`,
  untitled: 'Votre demande',
  actionNeeded: 'Une action est attendue de votre part',
  actionNeededDefault:
    "Le service attend une réponse ou un document de votre part : consultez le message qu'il vous a envoyé ou contactez-le.",
  nextStep: 'Prochaine étape',
  expected: 'Réponse prévue',
  /** "12 mars 2026 (dans 3 jours)"; the relative words come from Intl. */
  expectedOn: (date: string, relative: string) => `${date} (${relative})`,
  typical: 'Délai habituel',
  handledBy: 'Service en charge',
  created: 'Déposée le',
  updated: 'Dernière mise à jour',
  history: 'Historique',
  noHistory: "Aucune étape n'est encore indiquée.",
  undated: 'Date non précisée',
  /** The disclosure of a long note. */
  fullNote: 'Lire le message en entier',
  errors: {
    notFound: "Aucune demande ne correspond à ce numéro. Vérifiez-le sur l'accusé de réception.",
    tooManyAttempts:
      'Trop de tentatives : pour protéger les demandes, la recherche est bloquée quelques minutes. Réessayez plus tard.',
    down: 'Le suivi des demandes est indisponible pour le moment. Réessayez plus tard.',
    timeout: 'Le suivi des demandes met trop de temps à répondre. Réessayez dans un instant.',
    unsupported: "Le suivi des demandes n'est pas proposé sur ce site.",
    refused: 'Le service de la ville a refusé cette recherche.',
  },
  retry: 'Réessayer',
  /** An open request whose expected date is before today: "19 avril 2010". */
  expectedPassed: (date: string) => `Date prévue dépassée depuis le ${date}`,
};

export const requestStatus = {
  heading: 'Suivre une demande',
  reference: 'Numéro de la demande',
  referenceHint: (example: string) => `Il figure sur l'accusé de réception, par exemple : ${example}`,
  referenceHintPlain: "Il figure sur l'accusé de réception.",
  referenceMissing: 'Saisissez le numéro de votre demande.',
  referenceInvalid: (example: string) => `Ce numéro n'a pas la bonne forme : il doit ressembler à ${example}.`,
  referenceInvalidPlain: "Ce numéro n'a pas la bonne forme : recopiez-le tel qu'il figure sur l'accusé de réception.",
  proofs: {
    email: {
      label: 'Adresse e-mail',
      hint: 'Celle que vous avez donnée en faisant la demande.',
      missing: "Saisissez l'adresse e-mail donnée en faisant la demande.",
      wrong: 'Ce numéro et cette adresse e-mail ne correspondent pas. Vérifiez-les et réessayez.',
    },
    postcode: {
      label: 'Code postal',
      hint: "Celui de l'adresse indiquée dans la demande.",
      missing: "Saisissez le code postal de l'adresse indiquée dans la demande.",
      wrong: 'Ce numéro et ce code postal ne correspondent pas. Vérifiez-les et réessayez.',
    },
    code: {
      label: 'Code de suivi',
      hint: "Il figure sur l'accusé de réception, sous le numéro de la demande.",
      missing: "Saisissez le code de suivi figurant sur l'accusé de réception.",
      wrong: 'Ce numéro et ce code de suivi ne correspondent pas. Vérifiez-les et réessayez.',
    },
  },
  emailInvalid: 'Cette adresse e-mail est incomplète : elle doit ressembler à nom@exemple.fr.',
  submit: 'Suivre ma demande',
  searching: 'Recherche de la demande…',
  newSearch: 'Nouvelle recherche',
  /** Said to screen readers when the request is shown. */
  found: (reference: string, state: string) => `Demande ${reference} : ${state}.`,
  foundActionNeeded: (reference: string) => `Demande ${reference} : une action est attendue de votre part.`,
};

export const requestList = {
  heading: 'Mes demandes',
  signIn: 'Connectez-vous pour voir vos demandes.',
  empty: "Vous n'avez aucune demande en cours.",
  filter: 'Afficher',
  all: 'Toutes',
  /** The filter's choice for states the backend names its own way. */
  other: 'Autre état',
  /** "3 demandes affichées", said to screen readers when the filter changes. */
  shown: (count: number) => (count <= 1 ? `${count} demande affichée` : `${count} demandes affichées`),
  waiting: (count: number) =>
    count <= 1
      ? 'Une demande attend une action de votre part.'
      : `${count} demandes attendent une action de votre part.`,
  lastActivity: 'Dernière activité',
  showHistory: (steps: number) =>
    steps <= 1 ? `Voir l'historique (${steps} étape)` : `Voir l'historique (${steps} étapes)`,
};

/** <civic-catalog>: the search of the city's procedures, and its "most requested" block. */
export const catalog = {
  heading: 'Trouver une démarche',
  popular: 'Démarches les plus demandées',
  search: 'Rechercher une démarche',
  /** Said to screen readers with the search field. */
  keys: 'Résultats pendant la saisie. Flèche bas pour les parcourir, Échap pour effacer.',
  theme: 'Thème',
  allThemes: 'Tous les thèmes',
  audience: 'Profil',
  allAudiences: 'Tous les profils',
  /** Shown above the results and said to screen readers when they change. */
  results: (count: number) => (count === 0 ? 'Aucun résultat' : count === 1 ? '1 résultat' : `${count} résultats`),
  resultsFor: (count: number, query: string) =>
    `${count === 1 ? '1 résultat' : `${count} résultats`} pour « ${query} »`,
  highlight: 'À la une',
  more: (count: number) => (count === 1 ? 'Afficher 1 démarche de plus' : `Afficher ${count} démarches de plus`),
  none: (query: string) => `Aucune démarche ne correspond à « ${query} ».`,
  noneFiltered: 'Aucune démarche ne correspond à ces critères.',
  tips: [
    "Vérifiez l'orthographe.",
    'Essayez avec moins de mots, ou un mot plus courant.',
    'Parcourez les démarches par thème.',
  ],
  clearFilters: 'Effacer les filtres',
  clearSearch: 'Effacer la recherche',
  retry: 'Réessayer',
  invalid: 'La liste des démarches ne peut pas être lue pour le moment.',
};

export interface Messages {
  common: typeof common;
  badge: typeof badge;
  channels: typeof channels;
  hours: typeof hours;
  info: typeof info;
  related: typeof related;
  request: typeof request;
  requestStatus: typeof requestStatus;
  requestList: typeof requestList;
  catalog: typeof catalog;
}

/** All of French at once, for tests and for a city's own translations to start from. */
export const fr: Messages = {
  common,
  badge,
  channels,
  hours,
  info,
  related,
  request,
  requestStatus,
  requestList,
  catalog,
};
