import type { AdapterFactory } from '../adapter-config.js';
import { RestAdapter } from './rest-adapter.js';

/** `adapter="rest"`: the library's REST contract at `endpoint`. */
export const factory: AdapterFactory = ({ endpoint, fetch }) => new RestAdapter({ endpoint: endpoint ?? '', fetch });
