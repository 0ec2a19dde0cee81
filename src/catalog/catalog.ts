import { headingLevelOf, momentOf } from '../core/attribute-values.js';
import { common, catalog } from '../localization/locales/fr.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { CivicElement } from '../base/civic-element.js';
import { ResourceController } from '../base/resource-controller.js';
import type { CivicError } from '../core/civic-error.js';
import { pickText } from '../core/localized-text.js';
import { safeUrl } from '../core/safe-url.js';
import { catalogData, type CatalogData } from '../data/catalog-store.js';
import { cityOf, DEFAULT_CITY } from '../data/city.js';
import { formStyles } from '../styles/form-styles.js';
import { boxStyles } from '../styles/box-styles.js';
import type { Audience, City, Procedure, Theme } from '../model.js';
import { isTimeZone, zonedMoment } from '../opening-hours/zoned-time.js';
import { baseStyles } from '../styles/base-styles.js';
import { readUrlState, writeUrlState } from './catalog-url-state.js';
import { catalogView, knownFilter, type CatalogRow, type CatalogView } from './catalog-view.js';
import { catalogStyles } from './catalog.styles.js';
import { SearchIndex } from './search-index.js';
import type { SearchEngine, TextRange } from './search-index.types.js';

interface Loaded {
  data: CatalogData;
  city: City;
}

/** Detail of `civic-load`: the catalog as checked (procedures that fail the check are left out). */
export interface CatalogLoadDetail {
  procedures: Procedure[];
  themes: Theme[];
  audiences: Audience[];
}

/** Detail of `civic-search`, sent once the reader pauses: the search and how many results it gives. */
export interface CatalogSearchDetail {
  /** What the reader typed, trimmed ("" for none). */
  query: string;
  /** Theme and audience ids, "" for all. */
  theme: string;
  audience: string;
  count: number;
}

/** The catalog's texts in one language, and the search engine over them. */
interface Texts {
  lang: string;
  data: CatalogData;
  engine: SearchEngine;
  titles: Map<string, string>;
  summaries: Map<string, string>;
  themes: Map<string, string>;
  audiences: Map<string, string>;
}

/** What is shown for the current search. */
interface Shown {
  view: CatalogView;
  texts: Texts;
  /** The filters in effect (a value the catalog does not know is no filter). */
  theme: string;
  audience: string;
}

/** The pause after typing before results are said to screen readers, `civic-search` is sent and the URL is written. */
const SETTLE_MS = 400;
const DEFAULT_LIMIT = 10;

/** "Featured": a star, so the highlight is not told by colour alone. */
const star = html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path fill="currentColor" d="M8 1.2l2 4.3 4.7.5-3.5 3.2 1 4.6L8 11.5l-4.2 2.3 1-4.6L1.3 6l4.7-.5z" />
</svg>`;

/** `text` with the ranges that matched in `<mark>`: text nodes only, never markup from data. */
function marked(text: string, ranges: readonly TextRange[] | undefined): unknown {
  if (!ranges?.length) return text;
  const parts: unknown[] = [];
  let at = 0;
  for (const [from, to] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(from, at);
    const end = Math.min(to, text.length);
    if (end <= start) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(text.slice(at));
  return parts;
}

/**
 * The city's procedures, searched as you type: each result links to the procedure's page with its
 * summary, its theme and whether it can be done online. Themes and profiles (audiences) filter the
 * results, each choice with the number of results it gives for what is typed. With nothing typed,
 * the city's highlights come first (until their end date), then the most requested procedures.
 *
 * With `no-search` it is the "most requested procedures" block of a home page: no search box, no
 * filters, the first `limit` procedures (of the `theme` or `audience` given, if any).
 *
 * The number of results is said to screen readers when the reader pauses, without moving the
 * focus. From the search box, the down arrow goes through the results (the up arrow goes back),
 * and Escape clears what is typed. Catalog texts are shown as text, never as HTML.
 *
 * The adapter must list procedures (`listProcedures`); `getThemes` and `getAudiences` give the
 * filters, and the static adapter also reads the catalog's `synonyms` and `highlights`.
 *
 * @tagname civic-catalog
 * @fires civic-load - The catalog was loaded. `detail: { procedures, themes, audiences }`.
 * @fires civic-error - The catalog cannot be shown (backend down, time-out, unsupported adapter…). `detail: { code, message, details, status }`.
 * @fires civic-search - The reader searched or filtered, once they pause. `detail: { query, theme, audience, count }`.
 * @csspart base - The box.
 * @csspart heading - The box's heading.
 * @csspart search - The search form (box and filters).
 * @csspart input - The search box.
 * @csspart filter - The theme and profile selects.
 * @csspart count - The number of results (or "most requested").
 * @csspart results - The list of results.
 * @csspart result - One result.
 * @csspart highlight - The city's reason for a highlighted result.
 * @csspart link - A result's title, linking to the procedure's page.
 * @csspart summary - A result's summary.
 * @csspart theme - A result's theme.
 * @csspart more - The "show more" button.
 * @csspart empty - The "no results" message and its suggestions.
 * @csspart error - The message when the catalog cannot be shown.
 */
export class CivicCatalog extends CivicElement {
  protected static override french = { common, catalog };

  static override styles = [baseStyles, boxStyles, formStyles, catalogStyles];

  static override properties = {
    theme: {},
    audience: {},
    limit: { type: Number },
    noSearch: { type: Boolean, attribute: 'no-search' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    linkTemplate: { attribute: 'link-template' },
    now: {},
    urlState: { type: Boolean, attribute: 'url-state' },
  };

  /**
   * A theme id to start with (the reader can change it), or the only theme shown with `no-search`.
   * @attr theme
   */
  theme = '';

  /**
   * An audience id (profile) to start with, or the only audience shown with `no-search`.
   * @attr audience
   */
  audience = '';

  /**
   * How many results are shown at first (10 by default); a button shows as many more. With
   * `no-search`, exactly how many procedures are listed.
   * @attr limit
   */
  limit = DEFAULT_LIMIT;

  /**
   * The "most requested procedures" block of a home page: no search box and no filters.
   * @attr no-search
   */
  noSearch = false;

  /**
   * Level of the box's heading (2 to 6) in the page's outline.
   * @attr heading-level
   */
  headingLevel = 2;

  /**
   * Where each procedure links to, with `{id}` replaced by its id (e.g. `/demarches/{id}`); the
   * catalog's `url` of each procedure when absent.
   * @attr link-template
   */
  linkTemplate?: string;

  /**
   * The moment that decides which highlights are still shown (ISO 8601), for previews and tests;
   * the real time when absent.
   * @attr now
   */
  now?: string;

  /**
   * Opt-in: keep the search and filters in the page URL's query string (`?q=…&theme=…&audience=…`,
   * with `history.replaceState`) and read them back on load, so the back button and shared links
   * show the same results.
   * @attr url-state
   */
  urlState = false;

  #query = '';
  #theme = '';
  #audience = '';
  /** How many results are shown (more after "show more"). */
  #visible = 0;
  /** The result link in the tab order (roving focus), by its position among the links. */
  #active = 0;
  #announcement = '';
  #version = 0;
  #timer?: ReturnType<typeof setTimeout>;
  /** A change by the reader not yet announced (the catalog may still be loading). */
  #pending = false;
  #texts?: Texts;

  readonly #data = new ResourceController<Loaded>(this, () => this.provider.value, {
    args: () => `catalog:${this.#version}`,
    load: async (store, _args, signal) => {
      const [data, city] = await Promise.all([
        catalogData(store, signal),
        cityOf(store, signal).catch(() => DEFAULT_CITY),
      ]);
      return { data, city };
    },
    loaded: ({ data }): CatalogLoadDetail => ({
      procedures: data.procedures,
      themes: data.themes,
      audiences: data.audiences,
    }),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    // Moved elsewhere in the page, it settles its pending search again (updated() checks this).
    this.#timer = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.#theme = this.theme?.trim() ?? '';
    if (changed.has('audience')) this.#audience = this.audience?.trim() ?? '';
    if (changed.has('limit') || changed.has('theme') || changed.has('audience')) this.#visible = this.#limit;
    if (changed.has('urlState') && this.urlState && !this.noSearch) {
      const { q, theme, audience } = readUrlState();
      if (q !== undefined) this.#query = q;
      if (theme !== undefined) this.#theme = theme.trim();
      if (audience !== undefined) this.#audience = audience.trim();
    }
  }

  protected override updated(): void {
    if (this.#pending && !this.#timer && this.#data.state.status === 'ready') this.#settle();
  }

  protected override errorMessage(error: CivicError): string {
    return error.code === 'invalid-data' || error.code === 'invalid-json'
      ? this.msg.catalog.invalid
      : super.errorMessage(error);
  }

  get #limit(): number {
    const limit = Math.round(Number(this.limit));
    return limit >= 1 ? limit : DEFAULT_LIMIT;
  }

  get #level(): number {
    return headingLevelOf(this.headingLevel);
  }

  /** Today in the city's time zone, for highlights. */
  #today(city: City): string {
    return zonedMoment(momentOf(this.now), isTimeZone(city.timeZone) ? city.timeZone : DEFAULT_CITY.timeZone).date;
  }

  /** The texts in the reader's language and the search engine over them, built once per language. */
  #textsFor({ data, city }: Loaded): Texts {
    const lang = this.locale.lang;
    if (this.#texts?.data === data && this.#texts.lang === lang) return this.#texts;
    const pick = (text: Parameters<typeof pickText>[0]) => pickText(text, lang, city.defaultLanguage);
    const themes = new Map(data.themes.map((t) => [t.id, pick(t.title)]));
    const audiences = new Map(data.audiences.map((a) => [a.id, pick(a.title)]));
    const titles = new Map<string, string>();
    const summaries = new Map<string, string>();
    const documents = data.procedures.map((p) => {
      titles.set(p.id, pick(p.title));
      summaries.set(p.id, pick(p.summary));
      // The theme's name is a word citizens use too ("état civil").
      const keywords = [...(p.keywords ?? []), ...p.themes.flatMap((id) => themes.get(id) ?? [])];
      return {
        id: p.id,
        title: titles.get(p.id)!,
        summary: summaries.get(p.id) || undefined,
        keywords,
        popularity: p.popularity,
      };
    });
    const engine = new SearchIndex(documents, { lang, synonyms: data.synonyms });
    return (this.#texts = { lang, data, engine, titles, summaries, themes, audiences });
  }

  #view(loaded: Loaded): Shown {
    const texts = this.#textsFor(loaded);
    const { data } = loaded;
    const theme = knownFilter(this.#theme, data.themes);
    const audience = knownFilter(this.#audience, data.audiences);
    const query = this.noSearch ? '' : this.#query;
    return {
      view: catalogView(data, { query, theme, audience, today: this.#today(loaded.city), engine: texts.engine }),
      texts,
      theme,
      audience,
    };
  }

  /* ---------------------------------------------------------------------------------------- */
  /* The reader's changes                                                                      */

  /** Results change at once; what is said, sent and written waits for a pause. */
  #changed(): void {
    this.#visible = this.#limit;
    this.#active = 0;
    this.#pending = true;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#settle();
    }, SETTLE_MS);
    this.requestUpdate();
  }

  #settle(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const state = this.#data.state;
    if (state.status !== 'ready' || !this.locale.ready) return; // said once the catalog is here (updated())
    this.#pending = false;
    const { view, theme, audience } = this.#view(state.value);
    const query = this.#query.trim();
    const count = view.rows.length;
    const t = this.msg.catalog;
    const said = count
      ? query
        ? t.resultsFor(count, query)
        : t.results(count)
      : query
        ? t.none(query)
        : t.noneFiltered;
    // The same words again (another filter, same count) are still a change a screen reader says.
    this.#announcement = said === this.#announcement.trim() ? `${said}\u00a0` : said;
    this.requestUpdate();
    if (this.urlState) writeUrlState({ q: query, theme, audience });
    const detail: CatalogSearchDetail = { query, theme, audience, count };
    this.dispatchEvent(new CustomEvent<CatalogSearchDetail>('civic-search', { detail, bubbles: true, composed: true }));
  }

  #setQuery(query: string): void {
    this.#query = query;
    this.#changed();
  }

  #onInput = (event: Event): void => this.#setQuery((event.target as HTMLInputElement).value);

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    if (this.#pending) this.#settle();
  };

  #onFilter = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    if (select.name === 'theme') this.#theme = select.value;
    else this.#audience = select.value;
    this.#changed();
  };

  #onSearchKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown') {
      if (this.#focusLink(0)) event.preventDefault();
    } else if (event.key === 'Escape' && this.#query) {
      event.preventDefault();
      this.#setQuery('');
    }
  };

  /** Arrow keys, Home and End move through the result links; Escape clears and goes back to the box. */
  #onListKey = (event: KeyboardEvent): void => {
    if (this.noSearch) return;
    const links = this.#links();
    const at = links.indexOf(event.target as HTMLAnchorElement);
    if (at < 0) return;
    const moves: Record<string, number> = {
      ArrowDown: Math.min(at + 1, links.length - 1),
      ArrowUp: at - 1,
      Home: 0,
      End: links.length - 1,
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      if (this.#query) this.#setQuery('');
      this.#input()?.focus();
    } else if (event.key in moves) {
      event.preventDefault();
      if (moves[event.key] < 0) this.#input()?.focus();
      else this.#focusLink(moves[event.key]);
    }
  };

  /** A result link focused by Tab or a click becomes the one in the tab order. */
  #onListFocus = (event: FocusEvent): void => {
    const at = this.#links().indexOf(event.target as HTMLAnchorElement);
    if (at >= 0 && !this.noSearch) this.#rove(at);
  };

  #more = async (): Promise<void> => {
    const before = this.#links().length;
    this.#visible += this.#limit;
    this.requestUpdate();
    await this.updateComplete;
    // The first of the new results: where the reader goes on.
    this.#focusLink(before);
  };

  #clear = async (): Promise<void> => {
    if (this.#theme || this.#audience) {
      this.#theme = '';
      this.#audience = '';
    } else this.#query = '';
    this.#changed();
    await this.updateComplete;
    this.#input()?.focus();
  };

  #retry = (): void => {
    this.#version++;
    this.requestUpdate();
  };

  #input(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('#q');
  }

  #links(): HTMLAnchorElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLAnchorElement>('.results a[part~="link"]')];
  }

  #rove(at: number): void {
    this.#active = at;
    if (!this.noSearch) this.#links().forEach((a, i) => (a.tabIndex = i === at ? 0 : -1));
  }

  #focusLink(at: number): boolean {
    const link = this.#links()[at];
    if (!link) return false;
    this.#rove(at);
    link.focus();
    return true;
  }

  /* ---------------------------------------------------------------------------------------- */
  /* Rendering                                                                                 */

  protected override render(): TemplateResult {
    const state = this.locale.ready ? this.#data.state : { status: 'loading' as const };
    const t = this.msg.catalog;
    const ready = state.status === 'ready' ? this.#view(state.value) : undefined;
    return html`<section class="civic box catalog" part="base" aria-labelledby="heading">
      <div class="heading" part="heading" role="heading" aria-level=${this.#level} id="heading">
        ${this.noSearch ? t.popular : t.heading}
      </div>
      ${this.noSearch || state.status === 'error' ? nothing : this.#form(ready)}
      <div id="results" class="results" aria-busy=${state.status === 'loading' ? 'true' : nothing}>
        ${ready ? this.#results(ready.view, ready.texts) : state.status === 'error' ? this.#error(state.error) : this.#skeleton()}
      </div>
      <p class="visually-hidden" role="status" aria-atomic="true">${this.#announcement}</p>
    </section>`;
  }

  #form(ready: Shown | undefined): TemplateResult {
    const t = this.msg.catalog;
    // While loading, the filters hold their place (no layout shift); they go when the catalog has none.
    const filter = (name: 'theme' | 'audience', label: string, all: string) => {
      const titles = ready?.texts[name === 'theme' ? 'themes' : 'audiences'];
      if (titles && !titles.size) return nothing;
      const counts = ready?.view[name === 'theme' ? 'themeCounts' : 'audienceCounts'];
      const current = ready?.[name] ?? '';
      const option = (id: string, title: string) => {
        const count = counts?.get(id) ?? 0;
        return html`<option value=${id} ?selected=${id === current} ?disabled=${!count && id !== current}>
          ${title} (${count})
        </option>`;
      };
      return html`<div class="filter">
        <label for=${name}>${label}</label>
        <select
          id=${name}
          name=${name}
          part="filter"
          ?disabled=${!titles}
          .value=${live(current)}
          @change=${this.#onFilter}
        >
          ${titles ? [option('', all), ...[...titles].map(([id, title]) => option(id, title))] : html`<option value="">${all}</option>`}
        </select>
      </div>`;
    };
    return html`<form class="search" part="search" role="search" aria-labelledby="heading" @submit=${this.#onSubmit}>
      <div class="field">
        <label for="q">${t.search}</label>
        <input
          id="q"
          part="input"
          type="search"
          autocomplete="off"
          enterkeyhint="search"
          aria-describedby="keys"
          aria-controls="results"
          .value=${live(this.#query)}
          @input=${this.#onInput}
          @keydown=${this.#onSearchKey}
        />
        <span id="keys" class="visually-hidden">${t.keys}</span>
      </div>
      <div class="filters">
        ${filter('theme', t.theme, t.allThemes)} ${filter('audience', t.audience, t.allAudiences)}
      </div>
    </form>`;
  }

  #results(view: CatalogView, texts: Texts): TemplateResult {
    const t = this.msg.catalog;
    const query = this.noSearch ? '' : this.#query.trim();
    const { rows } = view;
    if (!rows.length) return this.#none(query, texts);
    const shown = rows.slice(0, this.noSearch ? this.#limit : Math.max(this.#visible, this.#limit));
    const filtered = !!(this.#filtersOn(texts.data) || query);
    const count = query ? t.resultsFor(rows.length, query) : filtered ? t.results(rows.length) : t.popular;
    const left = rows.length - shown.length;
    const links = shown.filter((row) => this.#href(row.procedure)).length;
    // The link in the tab order: the one last focused, or the first when the results changed.
    if (this.#active >= links) this.#active = 0;
    let link = 0;
    return html`${this.noSearch ? nothing : html`<p class="count" part="count" id="count">${count}</p>`}
      <ol
        class="list"
        role="list"
        aria-labelledby=${this.noSearch ? 'heading' : 'count'}
        @keydown=${this.#onListKey}
        @focusin=${this.#onListFocus}
      >
        ${shown.map((row, i) => this.#row(row, i, texts, this.#href(row.procedure) ? link++ : -1))}
      </ol>
      ${
        left > 0 && !this.noSearch
          ? html`<button class="button secondary more" part="more" type="button" @click=${this.#more}>
              ${t.more(Math.min(left, this.#limit))}
            </button>`
          : nothing
      }`;
  }

  #filtersOn(data: CatalogData): boolean {
    return !!(knownFilter(this.#theme, data.themes) || knownFilter(this.#audience, data.audiences));
  }

  #href(p: Procedure): string | undefined {
    return this.linkTemplate ? safeUrl(this.linkTemplate.replaceAll('{id}', encodeURIComponent(p.id))) : safeUrl(p.url);
  }

  #row({ procedure: p, hit, highlight }: CatalogRow, i: number, texts: Texts, link: number): TemplateResult {
    const href = this.#href(p);
    const title = marked(texts.titles.get(p.id) ?? '', hit?.highlights.title);
    const summary = texts.summaries.get(p.id);
    const theme = p.themes.map((id) => texts.themes.get(id)).find(Boolean);
    const roving = !this.noSearch && link >= 0;
    const reason = highlight && (pickText(highlight.label, this.locale.lang) || this.msg.catalog.highlight);
    return html`<li class="result ${highlight ? 'pinned' : ''}" part="result">
      ${reason ? html`<p class="pin" part="highlight" id="pin-${i}">${star}<span>${reason}</span></p>` : nothing}
      <p class="title">
        ${
          href
            ? html`<a
                part="link"
                href=${href}
                tabindex=${roving ? (link === this.#active ? 0 : -1) : nothing}
                aria-describedby=${reason ? `pin-${i}` : nothing}
                >${title}</a
              >`
            : html`<span part="link">${title}</span>`
        }
      </p>
      <civic-online-badge procedure=${p.id} variant="compact" no-link></civic-online-badge>
      ${summary ? html`<p class="summary" part="summary">${marked(summary, hit?.highlights.summary)}</p>` : nothing}
      ${theme ? html`<p class="theme" part="theme">${theme}</p>` : nothing}
    </li>`;
  }

  #none(query: string, texts: Texts): TemplateResult {
    const t = this.msg.catalog;
    if (this.noSearch) return html`<p class="message muted" part="empty">${t.results(0)}</p>`;
    const filtered = this.#filtersOn(texts.data);
    const tips = texts.data.themes.length ? t.tips : t.tips.slice(0, 2);
    return html`<div class="none" part="empty">
      <p class="none-title">${query ? t.none(query) : t.noneFiltered}</p>
      ${
        query
          ? html`<ul class="tips">
              ${tips.map((tip) => html`<li>${tip}</li>`)}
            </ul>`
          : nothing
      }
      <button class="button secondary" type="button" @click=${this.#clear}>
        ${filtered ? t.clearFilters : t.clearSearch}
      </button>
    </div>`;
  }

  #error(error: CivicError): TemplateResult {
    const retry = !['unsupported', 'no-provider', 'config'].includes(error.code);
    return html`<div class="message error" part="error" role="status"><p>${this.errorMessage(error)}</p></div>
      ${retry ? html`<button class="button secondary" type="button" @click=${this.#retry}>${this.msg.catalog.retry}</button>` : nothing}`;
  }

  /** The room of the results while the catalog loads: as many rows as will be shown. */
  #skeleton(): TemplateResult {
    const rows = Math.min(this.#limit, DEFAULT_LIMIT);
    return html`<p class="visually-hidden">${this.msg.common.loading}</p>
      ${this.noSearch ? nothing : html`<p class="count" aria-hidden="true"><span class="bone"></span></p>`}
      <div class="list" aria-hidden="true">
        ${Array.from({ length: rows }, () => html`<div class="result ghost"><span class="bone title"></span><span class="bone"></span><span class="bone short"></span></div>`)}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-catalog': CivicCatalog;
  }
}
