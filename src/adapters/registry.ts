import type { AdapterFactory } from './adapter-config.js';

export type { AdapterConfig, AdapterFactory } from './adapter-config.js';

/**
 * Adapters a provider can build from its `adapter="name"` attribute. Each adapter's module
 * registers itself; the ones that ship with the library are loaded the first time a page names
 * them, so a page pays only for the backend it uses.
 */
const factories = new Map<string, AdapterFactory>();

// The factories alone, not the register modules: the registry registers them itself, so that
// no adapter module imports the registry that imports it.
const shipped: Record<string, () => Promise<{ factory: AdapterFactory }>> = {
  open311: () => import('./open311/factory.js'),
  rest: () => import('./rest/factory.js'),
};
const loading = new Map<string, Promise<void>>();

export function registerAdapter(name: string, factory: AdapterFactory): void {
  factories.set(name, factory);
}

export function adapterFactory(name: string): AdapterFactory | undefined {
  return factories.get(name);
}

/** Loads a shipped adapter once per page; resolves when it is registered (or cannot be). */
export function loadAdapter(name: string): Promise<void> | undefined {
  if (factories.has(name) || !Object.hasOwn(shipped, name)) return undefined;
  let promise = loading.get(name);
  if (!promise) {
    promise = shipped[name]().then(
      ({ factory }) => void (factories.has(name) || factories.set(name, factory)),
      (error: unknown) => console.error(`civic-elements: the "${name}" adapter could not be loaded.`, error),
    );
    loading.set(name, promise);
  }
  return promise;
}
