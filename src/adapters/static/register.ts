import { registerAdapter } from '../../provider/adapter-factories.js';
import { StaticAdapter } from './static-adapter.js';

registerAdapter('static', ({ src, fetch }) => new StaticAdapter({ src: src ?? '', fetch }));
