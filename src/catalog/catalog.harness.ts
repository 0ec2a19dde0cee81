import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { catalogAdapter, type CatalogAdapterOptions } from '../../test/harness/catalog-adapter.js';
import { words } from '../../test/harness/dom.js';
import { ElementHarness } from '../../test/harness/element-harness.js';
import { renderWithAdapter, settle } from '../../test/harness/render.js';
import { CATALOG_NOW, catalogProcedures } from '../../test/harness/sample-catalog.js';
import type { CivicAdapter } from '../model.js';
import type { CivicProvider } from '../provider/civic-provider.js';
import type { CivicCatalog } from './catalog.js';
import './define.js';

export interface CatalogOptions extends CatalogAdapterOptions {
  /** The procedures of the in-memory backend (the sample catalog when absent). */
  procedures?: readonly unknown[];
  /** A backend of the test's own, instead of the in-memory one. */
  adapter?: CivicAdapter;
  lang?: string;
  timeout?: number;
  theme?: string;
  audience?: string;
  limit?: number;
  noSearch?: boolean;
  level?: number;
  linkTemplate?: string;
  /** The moment that decides the highlights (`CATALOG_NOW` when absent). */
  now?: string;
  urlState?: boolean;
}

export type Filter = 'theme' | 'audience';

/** The <civic-catalog> of these options, as a page writes it. */
export const catalogTemplate = (o: CatalogOptions = {}) =>
  html`<civic-catalog
    theme=${ifDefined(o.theme)}
    audience=${ifDefined(o.audience)}
    limit=${o.limit ?? nothing}
    ?no-search=${o.noSearch}
    heading-level=${o.level ?? nothing}
    link-template=${ifDefined(o.linkTemplate)}
    now=${o.now ?? CATALOG_NOW}
    ?url-state=${o.urlState}
  ></civic-catalog>`;

let unique = 0;
/** The demo catalog file at a URL no other test used, so the page-wide cache hides no request. */
export const demoCatalogSrc = () => `/demo/data/catalog.json?catalog-test=${Date.now()}-${++unique}`;

/**
 * What a reader of a <civic-catalog> sees and does: the results, the count, what is said to
 * screen readers, the search box, the filters and the keys. Reads the DOM only.
 */
export class CatalogHarness extends ElementHarness<CivicCatalog> {
  /** A catalog in a provider over the in-memory backend (or `o.adapter`), once it has rendered. */
  static async render(o: CatalogOptions = {}): Promise<CatalogHarness> {
    const adapter = o.adapter ?? catalogAdapter(o.procedures ?? catalogProcedures, o);
    const el = await renderWithAdapter<CivicCatalog>(catalogTemplate(o), adapter, {
      lang: o.lang,
      timeout: o.timeout,
    });
    return new CatalogHarness(el);
  }

  /** A catalog over the demo catalog file through the static adapter, once results (or an error) show. */
  static async renderDemo(o: CatalogOptions = {}): Promise<CatalogHarness> {
    const provider = await fixture<CivicProvider>(
      html`<civic-provider adapter="static" src=${demoCatalogSrc()} lang=${o.lang ?? 'fr'}
        >${catalogTemplate(o)}</civic-provider
      >`,
    );
    const harness = new CatalogHarness(provider.querySelector('civic-catalog')!);
    await harness.until(() => !!harness.$('[part~=result]') || !!harness.$('[part~=error]'), 'the demo catalog');
    return harness;
  }

  get heading(): HTMLElement {
    return this.$('[part~=heading]')!;
  }

  get input(): HTMLInputElement {
    return this.$<HTMLInputElement>('input#q')!;
  }

  /** The result links, in order. */
  get links(): HTMLAnchorElement[] {
    return this.$$<HTMLAnchorElement>('a[part~=link]');
  }

  /** The ids of the results shown, in order (each result's badge names its procedure). */
  results(): (string | null)[] {
    return this.$$('[part~=result] civic-online-badge').map((b) => b.getAttribute('procedure'));
  }

  titles(): string[] {
    return this.$$('[part~=result] .title').map(words);
  }

  /** The visible count ("2 résultats pour « acte »", or "most requested"). */
  get count(): string {
    return words(this.$('[part~=count]'));
  }

  /** The live region that says the results to screen readers. */
  get region(): HTMLElement {
    return this.$('section > [role=status]')!;
  }

  /** What the live region says now. */
  get announced(): string {
    return words(this.region);
  }

  select(name: Filter): HTMLSelectElement | null {
    return this.$<HTMLSelectElement>(`select[name=${name}]`);
  }

  /** A filter's options as read ("Animaux (1)"). */
  options(name: Filter): string[] {
    return [...(this.select(name)?.options ?? [])].map((o) => words(o));
  }

  /** Types into the search box with the keyboard, replacing what was there, and waits for the results. */
  async search(text: string): Promise<void> {
    this.input.focus();
    this.input.select();
    await sendKeys({ type: text });
    await settle(this.el);
  }

  /** Chooses a filter's option as a reader does (the select's change). */
  async choose(name: Filter, value: string): Promise<void> {
    const select = this.select(name)!;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle(this.el);
  }

  /** Waits for the pause after a change: the live region then says `text`. */
  said(text: string | RegExp): Promise<void> {
    return this.until(
      () => (typeof text === 'string' ? this.announced === text : text.test(this.announced)),
      `"${String(text)}" said`,
    );
  }
}
