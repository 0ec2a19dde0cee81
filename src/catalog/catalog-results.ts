import { html, nothing, type TemplateResult } from 'lit';
import type { RovingFocus } from '../controllers/roving-focus.js';
import { pickText } from '../core/localized-text.js';
import type { catalog } from '../localization/locales/fr.js';
import type { Procedure } from '../model.js';
import type { CatalogTexts } from './catalog-texts.js';
import type { CatalogRow } from './catalog-view.js';
import type { TextRange } from './search-index.types.js';

/** The results of <civic-catalog>: the count, the list with its roving focus, "show more", "no results". */

/** "Featured": a star, so the highlight is not told by colour alone. */
const star = html`<svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
  <path fill="currentColor" d="M8 1.2l2 4.3 4.7.5-3.5 3.2 1 4.6L8 11.5l-4.2 2.3 1-4.6L1.3 6l4.7-.5z" />
</svg>`;

/** `text` with the ranges that matched in `<mark>`: text nodes only, never markup from data. */
export function marked(text: string, ranges: readonly TextRange[] | undefined): unknown {
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

export interface ResultsContext {
  t: typeof catalog;
  lang: string;
  texts: CatalogTexts;
  rows: readonly CatalogRow[];
  /** What is typed, trimmed ("" for none, and always with `no-search`). */
  query: string;
  noSearch: boolean;
  /** A theme or audience filter is in effect. */
  filtered: boolean;
  /** How many rows are shown, and how many more "show more" adds. */
  visible: number;
  limit: number;
  href: (procedure: Procedure) => string | undefined;
  roving: RovingFocus;
  onMore: () => void;
  onClear: () => void;
}

export function catalogResults(context: ResultsContext): TemplateResult {
  const { t, rows, query, noSearch, roving } = context;
  if (!rows.length) return none(context);
  const shown = rows.slice(0, context.visible);
  const count = query ? t.resultsFor(rows.length, query) : context.filtered ? t.results(rows.length) : t.popular;
  const left = rows.length - shown.length;
  const links = shown.filter((row) => context.href(row.procedure)).length;
  // The link in the tab order: the one last focused, or the first when the results changed.
  if (roving.active >= links) roving.active = 0;
  let link = 0;
  return html`${noSearch ? nothing : html`<p class="count" part="count" id="count">${count}</p>`}
    <ol
      class="list"
      role="list"
      aria-labelledby=${noSearch ? 'heading' : 'count'}
      @keydown=${noSearch ? nothing : roving.onKeydown}
      @focusin=${noSearch ? nothing : roving.onFocusin}
    >
      ${shown.map((row, i) => resultRow(row, i, context, context.href(row.procedure) ? link++ : -1))}
    </ol>
    ${
      left > 0 && !noSearch
        ? html`<button class="button secondary more" part="more" type="button" @click=${context.onMore}>
            ${t.more(Math.min(left, context.limit))}
          </button>`
        : nothing
    }`;
}

function resultRow({ procedure: p, hit, highlight }: CatalogRow, i: number, context: ResultsContext, link: number) {
  const { texts } = context;
  const href = context.href(p);
  const title = marked(texts.titles.get(p.id) ?? '', hit?.highlights.title);
  const summary = texts.summaries.get(p.id);
  const theme = p.themes.map((id) => texts.themes.get(id)).find(Boolean);
  const roving = !context.noSearch && link >= 0;
  const reason = highlight && (pickText(highlight.label, context.lang) || context.t.highlight);
  return html`<li class="result ${highlight ? 'pinned' : ''}" part="result">
    ${reason ? html`<p class="pin" part="highlight" id="pin-${i}">${star}<span>${reason}</span></p>` : nothing}
    <p class="title">
      ${
        href
          ? html`<a
              part="link"
              href=${href}
              tabindex=${roving ? context.roving.tabIndexOf(link) : nothing}
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

function none({ t, query, noSearch, filtered, texts, onClear }: ResultsContext): TemplateResult {
  if (noSearch) return html`<p class="message muted" part="empty">${t.results(0)}</p>`;
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
    <button class="button secondary" type="button" @click=${onClear}>
      ${filtered ? t.clearFilters : t.clearSearch}
    </button>
  </div>`;
}

/** The room of the results while the catalog loads: as many rows as will be shown. */
export function catalogSkeleton(loading: string, rows: number, noSearch: boolean): TemplateResult {
  return html`<p class="visually-hidden">${loading}</p>
    ${noSearch ? nothing : html`<p class="count" aria-hidden="true"><span class="bone"></span></p>`}
    <div class="list" aria-hidden="true">
      ${Array.from({ length: rows }, () => html`<div class="result ghost"><span class="bone title"></span><span class="bone"></span><span class="bone short"></span></div>`)}
    </div>`;
}
