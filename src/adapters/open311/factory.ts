import type { AdapterFactory } from '../adapter-config.js';
import { Open311Adapter } from './open311-adapter.js';

/** `adapter="open311"`: an Open311 GeoReport v2 server at `endpoint`. */
export const factory: AdapterFactory = ({
  endpoint,
  jurisdiction,
  apiKey,
  format,
  updates,
  discovery,
  timeZone,
  fetch,
}) =>
  new Open311Adapter({
    endpoint: endpoint ?? '',
    jurisdiction,
    apiKey,
    // An unknown word is `auto`, as when absent.
    format: format === 'json' || format === 'xml' ? format : 'auto',
    updates,
    discovery,
    timeZone,
    fetch,
  });
