import type { AdapterFactory } from '../adapter-config.js';
import { StaticAdapter } from './static-adapter.js';

/** `adapter="static"` (the default): the city's JSON catalog file at `src`. */
export const factory: AdapterFactory = ({ src, fetch }) => new StaticAdapter({ src: src ?? '', fetch });
