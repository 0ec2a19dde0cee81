import type { AdapterFactory } from '../adapter-config.js';
import { Open311Adapter } from './open311-adapter.js';

/** `adapter="open311"`: an Open311 GeoReport v2 server at `endpoint`. */
export const factory: AdapterFactory = ({ endpoint, jurisdiction, apiKey, fetch }) =>
  new Open311Adapter({ endpoint: endpoint ?? '', jurisdiction, apiKey, fetch });
