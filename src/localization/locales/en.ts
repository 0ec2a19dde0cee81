import type { Messages } from './fr.js';

export const en: Messages = {
  loading: 'Loading…',
  errors: {
    'no-provider': 'No data source: add a <civic-provider> element to the page.',
    config: 'The data source is not configured correctly.',
    unsupported: 'The data source does not provide this information.',
    'missing-attribute': (name) => `The "${name}" attribute is missing.`,
    'not-found': 'Procedure not found.',
    network: 'The service cannot be reached right now.',
    http: 'The service is unavailable right now.',
    timeout: 'The service is taking too long to answer.',
    'invalid-json': 'The data received cannot be read.',
    'invalid-data': 'The data of this procedure is invalid.',
  },
  badge: {
    full: 'Fully online',
    partial: 'Partly online',
    none: 'Not online',
    compactFull: 'Online',
    compactPartial: 'Partly',
    compactNone: 'Not online',
    go: (title) => `, do it online: ${title}`,
  },
};
