import type { Messages } from './fr.js';

/**
 * Brazilian Portuguese, in the vocabulary of municipal service charters (Carta de Serviços):
 * "serviço", "atendimento", "agendamento", "Tenha em mãos".
 *
 * Times come from Intl ("8:30", "17:30", "1:00"): the article agrees with the hour, so
 * "às 17:30" but "à 1:00" and "à 0:30" (zero hora). Days come from Intl as "hoje", "amanhã",
 * "segunda-feira" or "sábado, 2 de janeiro": all read well without an article
 * ("abre segunda-feira às 8:30"), which also avoids choosing between "na" and "no".
 */
const singular = (time: string) => /^0?[01]\D/.test(time);

export const ptBR: Messages = {
  common: {
    loading: 'Carregando…',
    errors: {
      'no-provider': 'Nenhuma fonte de dados: adicione um elemento <civic-provider> à página.',
      config: 'A fonte de dados não está configurada corretamente.',
      unsupported: 'A fonte de dados não fornece esta informação.',
      'missing-attribute': (name) => `Atributo “${name}” ausente.`,
      'not-found': 'Serviço não encontrado.',
      network: 'Não foi possível acessar o serviço no momento.',
      http: 'O serviço está indisponível no momento.',
      timeout: 'O serviço está demorando muito para responder.',
      'invalid-json': 'Não foi possível ler os dados recebidos.',
      'invalid-data': 'Os dados deste serviço são inválidos.',
      'wrong-proof': 'A referência e o comprovante não correspondem.',
      'too-many-attempts': 'Muitas tentativas: tente novamente em alguns minutos.',
      unauthorized: 'Sua sessão expirou: entre novamente para ver suas solicitações.',
    },
  },
  badge: {
    full: 'Totalmente online',
    partial: 'Parcialmente online',
    none: 'Não disponível online',
    compactFull: 'Online',
    compactPartial: 'Parcial',
    compactNone: 'Não online',
    go: (title) => `, acessar o serviço online: ${title}`,
  },
  channels: {
    heading: 'Como solicitar este serviço?',
    empty: 'Ainda não foi informada nenhuma forma de solicitar este serviço.',
    recommended: 'Recomendado',
    kinds: {
      online: 'Online',
      counter: 'Presencial',
      phone: 'Por telefone',
      mail: 'Pelos Correios',
      email: 'Por e-mail',
      live: 'Atendimento ao vivo',
      app: 'Por aplicativo de mensagens',
      'short-number': 'Central de atendimento',
    },
    goOnline: 'Acessar o serviço online',
    accountRequired: 'É necessário fazer login (conta de usuário).',
    needed: 'Tenha em mãos:',
    appointmentRequired: 'Somente com agendamento.',
    noAppointment: 'Sem necessidade de agendamento.',
    book: 'Agendar atendimento',
    bookByPhone: 'Agendamento por telefone:',
    openApp: 'Abrir o aplicativo',
    modes: { video: 'Mostrar (vídeo)', voice: 'Falar (ligação)', chat: 'Escrever (chat)' },
    liveStart: 'Iniciar atendimento',
    liveUntil: (time) => `Disponível agora, até ${singular(time) ? 'a' : 'as'} ${time}`,
    liveOpens: (day, time) => `Indisponível · disponível ${day} a partir ${singular(time) ? 'da' : 'das'} ${time}`,
    liveClosed: 'Indisponível no momento',
  },
  hours: {
    map: 'Ver no mapa',
    openUntil: (time) => `Aberto · fecha ${singular(time) ? 'à' : 'às'} ${time}`,
    closedOpens: (day, time) => `Fechado · abre ${day} ${singular(time) ? 'à' : 'às'} ${time}`,
    closed: 'Fechado',
    holiday: 'feriado',
    showAll: 'Ver todos os horários',
    caption: 'Horário de atendimento',
    day: 'Dia',
    hours: 'Horário',
    closedDay: 'fechado',
    upcoming: 'Próximas alterações de horário:',
    zone: (zone) => `Horários no fuso horário local (${zone}).`,
    loading: 'Carregando horários…',
    unavailable: 'Não foi possível carregar os horários: confirme antes de ir ao local.',
  },
  info: {
    heading: 'Mais informações',
    empty: 'Nenhuma outra fonte de informação foi indicada.',
    kinds: {
      phone: 'Por telefone',
      email: 'Por e-mail',
      faq: 'Perguntas frequentes',
      guide: 'Guia prático',
      office: 'Presencialmente',
      legal: 'Legislação',
      web: 'Saiba mais',
    },
  },
  related: {
    heading: 'Serviços relacionados',
    empty: 'Nenhum serviço relacionado.',
  },
};
