import type { Messages } from './fr.js';

/**
 * German, standard spelling (ß, „…“), so that one file serves Germany, Austria and Switzerland;
 * the vocabulary stays that of Swiss public administration (Schalter, Dienstleistung, Anliegen).
 * A Swiss variant would only replace ß with ss ("schliesst") and „…“ with «…».
 *
 * Days come from Intl as "heute", "morgen", "Montag" or "Samstag, 2. Januar". Weekdays and dates
 * need "am" ("öffnet am Montag um 8:30"), "heute" and "morgen" must not have it ("öffnet morgen
 * um 8:30"). German capitalises weekdays but not these two adverbs, so the capital decides.
 * "Uhr" is left out after the time, as in most German interfaces, so that the string stays right
 * whatever Intl returns.
 */
const am = (day: string) => (/^\p{Lu}/u.test(day) ? `am ${day}` : day);

export const de: Messages = {
  common: {
    loading: 'Wird geladen …',
    errors: {
      'no-provider': 'Keine Datenquelle: Fügen Sie der Seite ein <civic-provider>-Element hinzu.',
      config: 'Die Datenquelle ist nicht korrekt konfiguriert.',
      unsupported: 'Die Datenquelle stellt diese Information nicht bereit.',
      'missing-attribute': (name) => `Das Attribut „${name}“ fehlt.`,
      'not-found': 'Dienstleistung nicht gefunden.',
      network: 'Der Dienst ist zurzeit nicht erreichbar.',
      http: 'Der Dienst ist zurzeit nicht verfügbar.',
      timeout: 'Der Dienst braucht zu lange für eine Antwort.',
      'invalid-json': 'Die empfangenen Daten sind nicht lesbar.',
      'invalid-data': 'Die Daten dieser Dienstleistung sind ungültig.',
      'wrong-proof': 'Referenz und Nachweis stimmen nicht überein.',
      'too-many-attempts': 'Zu viele Versuche: Bitte versuchen Sie es in einigen Minuten erneut.',
      unauthorized: 'Ihre Sitzung ist abgelaufen: Melden Sie sich erneut an, um Ihre Anfragen zu sehen.',
    },
  },
  badge: {
    full: 'Vollständig online',
    partial: 'Teilweise online',
    none: 'Nicht online',
    compactFull: 'Online',
    compactPartial: 'Teilweise',
    compactNone: 'Nicht online',
    go: (title) => `, online erledigen: ${title}`,
  },
  channels: {
    heading: 'So erledigen Sie Ihr Anliegen',
    empty: 'Wie Sie dieses Anliegen erledigen können, ist noch nicht angegeben.',
    recommended: 'Empfohlen',
    kinds: {
      online: 'Online',
      counter: 'Am Schalter',
      phone: 'Telefonisch',
      mail: 'Per Post',
      email: 'Per E-Mail',
      live: 'Live-Beratung',
      app: 'Per Messenger',
      'short-number': 'Kurznummer',
    },
    goOnline: 'Online erledigen',
    accountRequired: 'Anmeldung erforderlich (Benutzerkonto).',
    needed: 'Bitte bereithalten:',
    appointmentRequired: 'Nur mit Termin.',
    noAppointment: 'Ohne Termin.',
    book: 'Termin vereinbaren',
    bookByPhone: 'Termine telefonisch unter:',
    openApp: 'App öffnen',
    modes: { video: 'Zeigen (Video)', voice: 'Sprechen (Anruf)', chat: 'Schreiben (Chat)' },
    liveStart: 'Beratung starten',
    liveUntil: (time) => `Jetzt verfügbar, bis ${time}`,
    liveOpens: (day, time) => `Nicht verfügbar · verfügbar ${am(day)} ab ${time}`,
    liveClosed: 'Zurzeit nicht verfügbar',
  },
  hours: {
    map: 'Auf der Karte anzeigen',
    openUntil: (time) => `Geöffnet · schließt um ${time}`,
    closedOpens: (day, time) => `Geschlossen · öffnet ${am(day)} um ${time}`,
    closed: 'Geschlossen',
    holiday: 'Feiertag',
    showAll: 'Alle Öffnungszeiten anzeigen',
    caption: 'Öffnungszeiten',
    day: 'Tag',
    hours: 'Zeiten',
    closedDay: 'geschlossen',
    upcoming: 'Demnächst abweichende Öffnungszeiten:',
    zone: (zone) => `Zeitangaben in Ortszeit (${zone}).`,
    loading: 'Öffnungszeiten werden geladen …',
    unavailable: 'Die Öffnungszeiten konnten nicht geladen werden. Bitte erkundigen Sie sich vor Ihrem Besuch.',
  },
  info: {
    heading: 'Weitere Informationen',
    empty: 'Keine weiteren Informationsquellen angegeben.',
    kinds: {
      phone: 'Telefonisch',
      email: 'Per E-Mail',
      faq: 'Häufige Fragen',
      guide: 'Leitfaden',
      office: 'Vor Ort',
      legal: 'Rechtsgrundlage',
      web: 'Mehr erfahren',
    },
  },
  related: {
    heading: 'Verwandte Dienstleistungen',
    empty: 'Keine verwandten Dienstleistungen.',
  },
};
