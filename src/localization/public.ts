/** Public localisation API: add a language or read which ones exist. */
export { registerLocale, availableLanguages } from './locale-registry.js';
export type { Messages } from './locales/fr.js';
