import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { catalog } from '../localization/locales/fr.js';
import type { CatalogTexts } from './catalog-texts.js';
import type { CatalogView } from './catalog-view.js';

/** The search form of <civic-catalog>: the search box, and the theme and profile filters with their counts. */
export interface SearchFormContext {
  t: typeof catalog;
  query: string;
  /** Once the catalog is here: its texts, the counts for the current search, the filters in effect. */
  ready?: { texts: CatalogTexts; view: CatalogView; theme: string; audience: string };
  onInput: (event: Event) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onSubmit: (event: Event) => void;
  onFilter: (event: Event) => void;
}

export function searchForm(context: SearchFormContext): TemplateResult {
  const { t } = context;
  return html`<form class="search" part="search" role="search" aria-labelledby="heading" @submit=${context.onSubmit}>
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
        .value=${live(context.query)}
        @input=${context.onInput}
        @keydown=${context.onKeydown}
      />
      <span id="keys" class="visually-hidden">${t.keys}</span>
    </div>
    <div class="filters">
      ${filter('theme', t.theme, t.allThemes, context)} ${filter('audience', t.audience, t.allAudiences, context)}
    </div>
  </form>`;
}

/** While loading, a filter holds its place (no layout shift); it goes when the catalog has no such list. */
function filter(
  name: 'theme' | 'audience',
  label: string,
  all: string,
  { ready, onFilter }: SearchFormContext,
): TemplateResult | typeof nothing {
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
    <select id=${name} name=${name} part="filter" ?disabled=${!titles} .value=${live(current)} @change=${onFilter}>
      ${titles ? [option('', all), ...[...titles].map(([id, title]) => option(id, title))] : html`<option value="">${all}</option>`}
    </select>
  </div>`;
}
