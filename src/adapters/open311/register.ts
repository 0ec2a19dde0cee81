/**
 * The Open311 entry point: registers `adapter="open311"` for `<civic-provider>` and exports the
 * adapter for pages that build it themselves:
 * `<civic-provider adapter="open311" endpoint="https://city.example/open311/v2/" jurisdiction="city.example">`.
 */
import { registerAdapter } from '../registry.js';
import { factory } from './factory.js';

registerAdapter('open311', factory);

export { Open311Adapter, type Open311AdapterOptions } from './open311-adapter.js';
