import { LitElement, css, html, type PropertyValues } from 'lit';
import { CivicError } from '../core/civic-error.js';
import { ResourceStore } from '../data/resource-store.js';
import type { CivicAdapter } from '../model.js';
import { adapterFactory, loadAdapter } from '../adapters/registry.js';
import { civicContext, type CivicContextValue } from './civic-context.js';
import { ContextProvider } from './context-provider.js';
import { providerChanged, providerConnected, providerDisconnected } from './page-providers.js';

/** What makes the adapter: a change of any rebuilds it. */
const SETTINGS = [
  'adapter',
  'src',
  'endpoint',
  'timeout',
  'directory',
  'jurisdiction',
  'apiKey',
  'format',
  'updates',
  'discovery',
  'timeZone',
] as const;

/**
 * Gives the civic elements inside it their data source and settings. It shows nothing.
 *
 * Which provider serves an element: the closest `<civic-provider>` that contains it; an element
 * that no provider contains uses the first `<civic-provider>` of the page (document order). So one
 * provider anywhere on the page (a footer block, a header widget) serves every element.
 *
 * From HTML alone: `<civic-provider adapter="static" src="/catalog.json" lang="fr">`.
 * From JavaScript: `provider.adapter = { getProcedure(id, { signal }) { … } }`.
 *
 * @tagname civic-provider
 * @slot - The page content whose civic elements use this provider.
 */
export class CivicProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  static override properties = {
    adapter: {},
    src: {},
    endpoint: {},
    timeout: { type: Number },
    directory: {},
    jurisdiction: {},
    apiKey: { attribute: 'api-key' },
    format: {},
    updates: { type: Boolean },
    discovery: {},
    timeZone: { attribute: 'time-zone' },
  };

  /**
   * The backend: the name of a built-in adapter (`static`, the default; `rest` and `open311`
   * when their entry points are loaded) or, as a JavaScript property, an adapter object.
   * @attr adapter
   */
  adapter: string | CivicAdapter = 'static';

  /**
   * URL of the catalog file, for the `static` adapter (relative to the page).
   * @attr src
   */
  src?: string;

  /**
   * Base URL of the backend, for the `rest` and `open311` adapters.
   * @attr endpoint
   */
  endpoint?: string;

  /**
   * Open311: the `jurisdiction_id` to send, for servers that serve several jurisdictions.
   * @attr jurisdiction
   */
  jurisdiction?: string;

  /**
   * Open311: an `api_key`. Reading needs none; writing does, and a key in a public page is public:
   * put writes behind a same-origin proxy that adds the key (see the README).
   * @attr api-key
   */
  apiKey?: string;

  /**
   * Open311: `xml` or `json`. Without it, the format the discovery document lists, else XML.
   * @attr format
   */
  format?: string;

  /**
   * Open311: read request histories from mySociety's `servicerequestupdates` (FixMyStreet).
   * @attr updates
   */
  updates?: boolean;

  /**
   * Open311: the URL of the city's discovery document (never guessed).
   * @attr discovery
   */
  discovery?: string;

  /**
   * Open311: the city's IANA time zone ("America/Vancouver"). Without it, dates keep the offset
   * the server gave them.
   * @attr time-zone
   */
  timeZone?: string;

  /**
   * Records endpoint of the national directory of offices (Annuaire de l'administration), for
   * counters that give a `directoryId` instead of their hours. Defaults to the public API; set it
   * to a mirror or a proxy.
   * @attr directory
   */
  directory?: string;

  /**
   * Milliseconds after which a request that got no answer ends in a time-out error.
   * @attr timeout
   */
  timeout = 8000;

  readonly #context = new ContextProvider(this, civicContext);

  /**
   * What this provider gives its elements (read by the page-wide rule).
   * @internal
   */
  get contextValue(): CivicContextValue | undefined {
    return this.#context.value;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Before the first render: children ask for the context as soon as they connect.
    this.#configure();
    providerConnected(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    providerDisconnected(this);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (SETTINGS.some((p) => changed.has(p))) this.#configure();
  }

  protected override render(): unknown {
    return html`<slot></slot>`;
  }

  #configured: unknown[] = [];
  #waiting = false;

  #configure(): void {
    // Attributes arrive one by one; build a new store only when the configuration really changed,
    // or elements would lose what they already loaded.
    const configuration = SETTINGS.map((p) => this[p]);
    const same = configuration.every((v, i) => v === this.#configured[i]);
    if (same && (this.#context.value !== undefined || this.#waiting)) return;
    this.#configured = configuration;
    const name = typeof this.adapter === 'string' ? this.adapter || 'static' : undefined;
    const pending = name === undefined ? undefined : loadAdapter(name);
    this.#waiting = !!pending;
    if (pending) {
      // Elements wait (loading) while the adapter's code arrives, then get their store.
      void pending.then(() => {
        if (this.#configured !== configuration) return;
        this.#waiting = false;
        this.#apply();
      });
      return;
    }
    this.#apply();
  }

  #apply(): void {
    this.#context.setValue(this.#build());
    providerChanged();
  }

  #build(): CivicContextValue {
    try {
      const options = { timeoutMs: this.timeout, directory: this.directory };
      if (typeof this.adapter === 'object' && this.adapter !== null)
        return { store: new ResourceStore(this.adapter, options) };
      const name = String(this.adapter || 'static');
      const factory = adapterFactory(name);
      if (!factory)
        return this.#fail(`adapter="${name}" is not available: load its entry point, or use adapter="static"`);
      if (name === 'static' && !this.src)
        return this.#fail('adapter="static" needs a src attribute: the URL of the catalog file');
      if (name !== 'static' && !this.endpoint)
        return this.#fail(`adapter="${name}" needs an endpoint attribute: the base URL of the backend`);
      const adapter = factory({
        src: this.src,
        endpoint: this.endpoint,
        jurisdiction: this.jurisdiction,
        apiKey: this.apiKey,
        format: this.format,
        updates: this.updates,
        discovery: this.discovery,
        timeZone: this.timeZone,
      });
      return { store: new ResourceStore(adapter, options) };
    } catch (error) {
      return this.#fail(error instanceof Error ? error.message : String(error));
    }
  }

  #fail(message: string): CivicContextValue {
    console.error(`civic-elements: <civic-provider> ${message}.`);
    return { error: new CivicError('config', message, { details: [message] }) };
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-provider': CivicProvider;
  }
}
