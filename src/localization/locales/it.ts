import type { Messages } from './fr.js';

/**
 * Italian, in the register of Swiss-Italian public administration (Lugano, Ticino):
 * "pratica" for a procedure, impersonal infinitives in instructions, «…» quotation marks.
 *
 * Times come from Intl ("8:30", "17:30", "1:00"): the article agrees with the hour, so
 * "alle 17:30" but "all'1:00". Days come from Intl as "oggi", "domani", "lunedì" or
 * "sabato 3 gennaio": all read well without a preposition ("apre lunedì alle 8:30").
 */
const le = (time: string) => (/^0?1\D/.test(time) ? `l'${time}` : `le ${time}`);

export const it: Messages = {
  common: {
    loading: 'Caricamento…',
    errors: {
      'no-provider': 'Nessuna fonte di dati: aggiungere un elemento <civic-provider> alla pagina.',
      config: 'La fonte di dati non è configurata correttamente.',
      unsupported: 'La fonte di dati non fornisce questa informazione.',
      'missing-attribute': (name) => `Attributo «${name}» mancante.`,
      'not-found': 'Pratica non trovata.',
      network: 'Al momento il servizio non è raggiungibile.',
      http: 'Al momento il servizio non è disponibile.',
      timeout: 'Il servizio impiega troppo tempo a rispondere.',
      'invalid-json': 'I dati ricevuti non sono leggibili.',
      'invalid-data': 'I dati di questa pratica non sono validi.',
      'wrong-proof': 'Il riferimento e la prova non corrispondono.',
      'too-many-attempts': 'Troppi tentativi: riprova tra qualche minuto.',
      unauthorized: 'La sessione è scaduta: accedi di nuovo per vedere le tue richieste.',
    },
  },
  badge: {
    full: 'Interamente online',
    partial: 'Parzialmente online',
    none: 'Non disponibile online',
    compactFull: 'Online',
    compactPartial: 'In parte',
    compactNone: 'Non online',
    go: (title) => `, svolgi la pratica online: ${title}`,
  },
  channels: {
    heading: 'Come svolgere questa pratica?',
    empty: 'Al momento non è indicato alcun modo per svolgere questa pratica.',
    recommended: 'Consigliato',
    kinds: {
      online: 'Online',
      counter: 'Allo sportello',
      phone: 'Per telefono',
      mail: 'Per posta',
      email: 'Per e-mail',
      live: 'Consulenza in diretta',
      app: 'Tramite app di messaggistica',
      'short-number': 'Numero breve',
    },
    goOnline: 'Svolgi la pratica online',
    accountRequired: 'Accesso richiesto (account utente).',
    needed: 'Da preparare:',
    appointmentRequired: 'Solo su appuntamento.',
    noAppointment: 'Senza appuntamento.',
    book: 'Prenota un appuntamento',
    bookByPhone: 'Appuntamenti per telefono:',
    openApp: "Apri l'app",
    modes: { video: 'Mostrare (video)', voice: 'Parlare (chiamata)', chat: 'Scrivere (chat)' },
    liveStart: 'Avvia la consulenza',
    liveUntil: (time) => `Disponibile ora, fino al${le(time)}`,
    liveOpens: (day, time) => `Non disponibile · disponibile ${day} dal${le(time)}`,
    liveClosed: 'Al momento non disponibile',
  },
  hours: {
    map: 'Vedi sulla mappa',
    openUntil: (time) => `Aperto · chiude al${le(time)}`,
    closedOpens: (day, time) => `Chiuso · apre ${day} al${le(time)}`,
    closed: 'Chiuso',
    holiday: 'giorno festivo',
    showAll: 'Mostra tutti gli orari',
    caption: "Orari d'apertura",
    day: 'Giorno',
    hours: 'Orario',
    closedDay: 'chiuso',
    upcoming: "Prossime variazioni d'orario:",
    zone: (zone) => `Orari indicati in ora locale (${zone}).`,
    loading: 'Caricamento degli orari…',
    unavailable: 'Non è stato possibile caricare gli orari: informarsi prima di recarsi sul posto.',
  },
  info: {
    heading: 'Per saperne di più',
    empty: 'Non sono indicate altre fonti di informazione.',
    kinds: {
      phone: 'Per telefono',
      email: 'Per e-mail',
      faq: 'Domande frequenti',
      guide: 'Guida pratica',
      office: 'Sul posto',
      legal: 'Base legale',
      web: 'Ulteriori informazioni',
    },
  },
  related: {
    heading: 'Pratiche correlate',
    empty: 'Nessuna pratica correlata.',
  },
};
