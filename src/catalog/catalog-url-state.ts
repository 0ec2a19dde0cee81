/**
 * The search of <civic-catalog> in the page URL's query string (`?q=passeport&theme=etat-civil`),
 * only with its `url-state` attribute: kept up to date with `history.replaceState` (no new history
 * entry per keystroke) and read back on load, so the back button and shared links show the same
 * search. Other parameters and the fragment of the URL are kept.
 */
export interface CatalogUrlState {
  q: string;
  theme: string;
  audience: string;
}

const KEYS: readonly (keyof CatalogUrlState)[] = ['q', 'theme', 'audience'];

/** What the page URL says; a parameter that is absent is absent here too. */
export function readUrlState(href = location.href): Partial<CatalogUrlState> {
  const params = new URL(href).searchParams;
  const state: Partial<CatalogUrlState> = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value !== null) state[key] = value.slice(0, 200);
  }
  return state;
}

/** Writes the search into the page URL (empty values removed), when it changed. */
export function writeUrlState(state: CatalogUrlState): void {
  const url = new URL(location.href);
  const params = url.searchParams;
  if (KEYS.every((key) => (params.get(key) ?? '') === state[key].trim())) return;
  for (const key of KEYS) {
    const value = state[key].trim();
    if (value) params.set(key, value);
    else params.delete(key);
  }
  history.replaceState(history.state, '', url);
}
