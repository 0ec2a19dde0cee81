import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Longest value read from the page URL: a query string is no place for an essay. */
const MAX_LENGTH = 200;

/**
 * Some query parameters of the page URL kept in step with what an element shows, only when the
 * page opted in (`names()` is empty otherwise): read back on load, so the back button and shared
 * links show the same thing, and written with `history.replaceState` (no history entry per
 * keystroke). Other parameters and the fragment are kept.
 */
export class UrlParams implements ReactiveController {
  readonly #names: () => readonly string[];

  constructor(host: ReactiveControllerHost, names: () => readonly string[]) {
    this.#names = names;
    host.addController(this);
  }

  hostConnected(): void {}

  /** The parameters present in the page URL, trimmed; an absent one is absent here too. */
  read(): Record<string, string> {
    const params = new URL(location.href).searchParams;
    const values: Record<string, string> = {};
    for (const name of this.#names()) {
      const value = params.get(name);
      if (value !== null) values[name] = value.slice(0, MAX_LENGTH).trim();
    }
    return values;
  }

  /** Writes the values (an empty or absent one removes its parameter), when the URL says something else. */
  write(values: Readonly<Record<string, string | undefined>>): void {
    const names = this.#names();
    if (!names.length) return;
    const url = new URL(location.href);
    const params = url.searchParams;
    const wanted = (name: string) => values[name]?.trim() ?? '';
    if (names.every((name) => (params.get(name) ?? '') === wanted(name))) return;
    for (const name of names) {
      if (wanted(name)) params.set(name, wanted(name));
      else params.delete(name);
    }
    history.replaceState(history.state, '', url);
  }
}
