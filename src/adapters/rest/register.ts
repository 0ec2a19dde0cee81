import { registerAdapter } from '../registry.js';
import { factory } from './factory.js';

/** `<civic-provider adapter="rest" endpoint="https://city.example/api/civic/">`. */
registerAdapter('rest', factory);
