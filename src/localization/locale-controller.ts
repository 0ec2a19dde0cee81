import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { closestLang, watchLang } from './closest-lang.js';
import { messagesFor, onLocalesChanged, supportedLanguage } from './locale-registry.js';
import type { Messages } from './locales/fr.js';

/**
 * Gives an element the language of its place in the page and its strings, and re-renders it
 * when a `lang` above it changes.
 */
export class LocaleController implements ReactiveController {
  /** The page's language tag as written (for `Intl` and for picking catalogue texts). */
  lang = 'fr';
  /** The language of our strings (one we have). */
  language = 'fr';
  messages: Messages = messagesFor('fr');
  readonly #host: ReactiveControllerHost & HTMLElement;
  #stop: (() => void)[] = [];

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#resolve();
    this.#stop = [watchLang(this.#host, () => this.#resolve()), onLocalesChanged(() => this.#resolve(true))];
  }

  hostDisconnected(): void {
    for (const stop of this.#stop) stop();
    this.#stop = [];
  }

  #resolve(force = false): void {
    const lang = closestLang(this.#host);
    if (lang === this.lang && !force) return;
    this.lang = lang;
    this.language = supportedLanguage(lang);
    this.messages = messagesFor(lang);
    this.#host.requestUpdate();
  }
}
