import { createContext } from '@lit/context';
import type { CivicError } from '../core/civic-error.js';
import type { ResourceStore } from '../data/resource-store.js';

/** What a provider gives its elements: a store to read from, or why there is none. */
export type CivicContextValue = { store: ResourceStore; error?: undefined } | { store?: undefined; error: CivicError };

/** A string key (not a Symbol) so that elements of another build of the library still match. */
export const civicContext = createContext<CivicContextValue>('civic-elements/provider');
