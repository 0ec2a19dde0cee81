/**
 * French, the default language, and the reference list of every string of the library.
 * A new language is one file like this one, typed `Messages`, passed to `registerLocale()`.
 */
export const fr = {
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
  },
  badge: {
    full: 'Entièrement en ligne',
    partial: 'En partie en ligne',
    none: 'Pas en ligne',
    compactFull: 'En ligne',
    compactPartial: 'En partie',
    compactNone: 'Pas en ligne',
    /** Read after the status by screen readers when the badge links to the online service. */
    go: (title: string) => `, faire la démarche en ligne : ${title}`,
  },
};

export type Messages = typeof fr;
