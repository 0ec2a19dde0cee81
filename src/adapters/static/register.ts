import { registerAdapter } from '../registry.js';
import { factory } from './factory.js';

/** `<civic-provider adapter="static" src="/catalog.json">`, the default adapter. */
registerAdapter('static', factory);
