/**
 * The Open311 entry point: registers `adapter="open311"` for `<civic-provider>` and exports the
 * adapter for pages that build it themselves:
 * `<civic-provider adapter="open311" endpoint="https://city.example/open311/v2/" jurisdiction="city.example">`.
 */
import { registerAdapter } from '../../provider/adapter-factories.js';
import { Open311Adapter } from './open311-adapter.js';

registerAdapter('open311', ({ endpoint, jurisdiction, apiKey, fetch }) => new Open311Adapter({ endpoint: endpoint ?? '', jurisdiction, apiKey, fetch }));

export { Open311Adapter, type Open311AdapterOptions } from './open311-adapter.js';
