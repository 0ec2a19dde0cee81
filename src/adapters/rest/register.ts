import { registerAdapter } from '../../provider/adapter-factories.js';
import { RestAdapter } from './rest-adapter.js';

/** `<civic-provider adapter="rest" endpoint="https://city.example/api/civic/">`. */
registerAdapter('rest', ({ endpoint, fetch }) => new RestAdapter({ endpoint: endpoint ?? '', fetch }));
