import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { boxFailure, CivicBox } from '../base/civic-box.js';
import { ResourceController } from '../base/resource-controller.js';
import type { CivicError } from '../core/civic-error.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import { PauseController } from '../controllers/pause-controller.js';
import { RovingFocus } from '../controllers/roving-focus.js';
import { UrlParams } from '../controllers/url-params.js';
import { safeUrl } from '../core/safe-url.js';
import { DEFAULT_CITY } from '../data/city.js';
import { catalog, common } from '../localization/locales/fr.js';
import type { Procedure } from '../model.js';
import { isTimeZone, zonedMoment } from '../opening-hours/zoned-time.js';
import { formStyles } from '../styles/form-styles.js';
import { searchForm } from './catalog-form.js';
import { catalogResults, catalogSkeleton } from './catalog-results.js';
import { catalogTexts, loadCatalog, type CatalogTexts, type LoadedCatalog } from './catalog-texts.js';
import { loadDetail, type CatalogSearchDetail } from './catalog-events.js';
import { catalogView, knownFilter, type CatalogView } from './catalog-view.js';
import { catalogStyles } from './catalog.styles.js';

export type { CatalogLoadDetail, CatalogSearchDetail } from './catalog-events.js';

/** What is shown for the current search. */
interface Shown {
  view: CatalogView;
  texts: CatalogTexts;
  /** The filters in effect (a value the catalog does not know is no filter). */
  theme: string;
  audience: string;
}

/** The pause after typing before results are said to screen readers, `civic-search` is sent and the URL is written. */
const SETTLE_MS = 400;
const DEFAULT_LIMIT = 10;
const URL_KEYS = ['q', 'theme', 'audience'] as const;

/**
 * Every result is a Tab stop; the arrow keys, Home and End are only a shortcut. The ARIA Authoring
 * Practices keep one Tab stop with arrow keys inside for composite widgets (listbox, grid, toolbar),
 * whose role tells the pattern; a list of links is not one, and a sighted keyboard user Tabbed past
 * every result without knowing the arrows (the only instruction was visually hidden).
 */
class ResultKeys extends RovingFocus {
  override tabIndexOf(): 0 {
    return 0;
  }
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
export class CivicCatalog extends CivicBox {
  protected static override french = { common, catalog };

  static override styles = [...CivicBox.styles, formStyles, catalogStyles];

  static override properties = {
    ...CivicBox.properties,
    theme: {},
    audience: {},
    limit: { type: Number },
    noSearch: { type: Boolean, attribute: 'no-search' },
    linkTemplate: { attribute: 'link-template' },
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
   * Where each procedure links to, with `{id}` replaced by its id (e.g. `/demarches/{id}`); the
   * catalog's `url` of each procedure when absent.
   * @attr link-template
   */
  linkTemplate?: string;

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
  #texts?: CatalogTexts;

  readonly #announcer = new LiveAnnouncer(this);
  /** Results change at once; what is said, sent and written waits for a pause (or the catalog). */
  readonly #pause = new PauseController(this, SETTLE_MS, () => this.#settle());
  readonly #url = new UrlParams(this, () => (this.urlState && !this.noSearch ? URL_KEYS : []));
  /** The result links: arrow keys, Home and End; up from the first or Escape goes back to the box. */
  readonly #roving = new ResultKeys(
    this,
    () => [...this.renderRoot.querySelectorAll<HTMLElement>('.results a[part~="link"]')],
    (event) => {
      if (event.key === 'Escape' && this.#query) this.#setQuery('');
      this.#input()?.focus();
    },
  );

  readonly #data = new ResourceController<LoadedCatalog>(this, () => this.provider.value, {
    args: () => 'catalog',
    load: (store, _args, signal) => loadCatalog(store, signal),
    loaded: ({ data }) => loadDetail(data),
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('theme')) this.#theme = this.theme?.trim() ?? '';
    if (changed.has('audience')) this.#audience = this.audience?.trim() ?? '';
    if (changed.has('limit') || changed.has('theme') || changed.has('audience')) this.#visible = this.#limit;
    if (changed.has('urlState')) {
      const { q, theme, audience } = this.#url.read();
      if (q !== undefined) this.#query = q;
      if (theme !== undefined) this.#theme = theme;
      if (audience !== undefined) this.#audience = audience;
    }
  }

  protected heading(): string {
    return this.noSearch ? this.msg.catalog.popular : this.msg.catalog.heading;
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

  /** What is shown for the search and filters now: the texts in the reader's language (built once per language) and the view. */
  #shown({ data, city }: LoadedCatalog): Shown {
    const lang = this.locale.lang;
    if (this.#texts?.data !== data || this.#texts.lang !== lang) this.#texts = catalogTexts(data, city, lang);
    const theme = knownFilter(this.#theme, data.themes);
    const audience = knownFilter(this.#audience, data.audiences);
    const query = this.noSearch ? '' : this.#query;
    // Today in the city's time zone, for highlights.
    const today = zonedMoment(this.moment, isTimeZone(city.timeZone) ? city.timeZone : DEFAULT_CITY.timeZone).date;
    const view = catalogView(data, { query, theme, audience, today, engine: this.#texts.engine });
    return { view, texts: this.#texts, theme, audience };
  }

  /* ---------------------------------------------------------------------------------------- */
  /* The reader's changes                                                                      */

  #changed(): void {
    this.#visible = this.#limit;
    this.#roving.active = 0;
    this.#pause.changed();
  }

  /** Says the results, writes the URL and sends `civic-search`; not before the catalog is here. */
  #settle(): boolean {
    const state = this.#data.state;
    if (state.status !== 'ready' || !this.locale.ready) return false;
    const { view, theme, audience } = this.#shown(state.value);
    const query = this.#query.trim();
    const count = view.rows.length;
    const t = this.msg.catalog;
    this.#announcer.say(
      count ? (query ? t.resultsFor(count, query) : t.results(count)) : query ? t.none(query) : t.noneFiltered,
    );
    this.#url.write({ q: query, theme, audience });
    const detail: CatalogSearchDetail = { query, theme, audience, count };
    this.dispatchEvent(new CustomEvent<CatalogSearchDetail>('civic-search', { detail, bubbles: true, composed: true }));
    return true;
  }

  #setQuery(query: string): void {
    this.#query = query;
    this.#changed();
  }

  #onInput = (event: Event): void => this.#setQuery((event.target as HTMLInputElement).value);

  #onSubmit = (event: Event): void => {
    event.preventDefault();
    this.#pause.flush();
  };

  #onFilter = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    if (select.name === 'theme') this.#theme = select.value;
    else this.#audience = select.value;
    this.#changed();
  };

  /** From the box, the down arrow goes to the results; Escape clears what is typed. */
  #onSearchKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown') {
      if (this.#roving.focus(0)) event.preventDefault();
    } else if (event.key === 'Escape' && this.#query) {
      event.preventDefault();
      this.#setQuery('');
    }
  };

  #more = (): void => {
    const before = this.renderRoot.querySelectorAll('.results a[part~="link"]').length;
    this.#visible += this.#limit;
    this.requestUpdate();
    // The first of the new results: where the reader goes on.
    void this.updateComplete.then(() => this.#roving.focus(before));
  };

  #clear = (): void => {
    if (this.#theme || this.#audience) {
      this.#theme = '';
      this.#audience = '';
    } else this.#query = '';
    this.#changed();
    void this.updateComplete.then(() => this.#input()?.focus());
  };

  #input(): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>('#q');
  }

  #href = (p: Procedure): string | undefined =>
    this.linkTemplate ? safeUrl(this.linkTemplate.replaceAll('{id}', encodeURIComponent(p.id))) : safeUrl(p.url);

  /* ---------------------------------------------------------------------------------------- */
  /* Rendering                                                                                 */

  protected override render(): TemplateResult {
    const state = this.locale.ready ? this.#data.state : { status: 'loading' as const };
    const ready = state.status === 'ready' ? this.#shown(state.value) : undefined;
    const form =
      this.noSearch || state.status === 'error'
        ? nothing
        : searchForm({
            t: this.msg.catalog,
            query: this.#query,
            ready,
            onInput: this.#onInput,
            onKeydown: this.#onSearchKey,
            onSubmit: this.#onSubmit,
            onFilter: this.#onFilter,
          });
    return this.box(
      html`${form}
        <div id="results" class="results" aria-busy=${state.status === 'loading' ? 'true' : nothing}>
          ${
            ready
              ? this.#results(ready)
              : state.status === 'error'
                ? boxFailure(state.error, this.errorMessage(state.error), {
                    status: true,
                    retry: () => this.#data.reload(),
                    retryLabel: this.msg.catalog.retry,
                  })
                : this.skeleton()
          }
        </div>
        ${this.#announcer.region()}`,
      { classes: 'civic box catalog' },
    );
  }

  #results({ view, texts, theme, audience }: Shown): TemplateResult {
    return catalogResults({
      t: this.msg.catalog,
      lang: this.locale.lang,
      texts,
      rows: view.rows,
      query: this.noSearch ? '' : this.#query.trim(),
      noSearch: this.noSearch,
      filtered: !!(theme || audience),
      visible: this.noSearch ? this.#limit : Math.max(this.#visible, this.#limit),
      limit: this.#limit,
      href: this.#href,
      roving: this.#roving,
      onMore: this.#more,
      onClear: this.#clear,
    });
  }

  /** The room of the results while the catalog loads: as many rows as will be shown. */
  protected override skeleton(): TemplateResult {
    return catalogSkeleton(this.msg.common.loading, Math.min(this.#limit, DEFAULT_LIMIT), this.noSearch);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-catalog': CivicCatalog;
  }
}
