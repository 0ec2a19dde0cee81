/** Entry point `civic-elements/provider.js`: defines <civic-provider> with the static adapter. */
import '../adapters/static/register.js';
import { defineElement } from '../core/define-element.js';
import { CivicProvider } from './civic-provider.js';

defineElement('civic-provider', CivicProvider);

export { CivicProvider };
export { registerAdapter, type AdapterConfig, type AdapterFactory } from '../adapters/registry.js';
