import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { closestLang, watchLang } from './closest-lang.js';
import { loadedMessages, loadMessages, onLocalesChanged, supportedLanguage } from './locale-registry.js';
import type { Messages } from './locales/fr.js';

/**
 * Gives an element the language of its place in the page and its strings, loads them when the
 * page is the first to need that language, and re-renders the element when a `lang` above it
 * changes.
 */
export class LocaleController implements ReactiveController {
  /** The page's language tag as written (for `Intl` and for picking catalog texts). */
  lang = 'fr';
  /** The language of our strings (one we have). */
  language = 'fr';
  /** The strings; French until the page's language has arrived. */
  messages: Messages;
  /** Whether `messages` are in `language`: elements show their loading state until then. */
  ready = true;
  /** Settles when the current language's strings are here. */
  loading: Promise<void> = Promise.resolve();
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #french: Messages;
  #stop: (() => void)[] = [];

  /**
   * `french` holds the French sections the element uses (imported by name, so a bundle carries
   * only the French strings of the elements it contains).
   */
  constructor(host: ReactiveControllerHost & HTMLElement, french: Partial<Messages>) {
    this.#host = host;
    this.#french = french as Messages;
    this.messages = this.#french;
    host.addController(this);
  }

  hostConnected(): void {
    this.#resolve(true);
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
    const messages = this.language === 'fr' ? this.#french : loadedMessages(this.language);
    this.ready = messages !== undefined;
    if (messages) {
      this.messages = messages;
      this.loading = Promise.resolve();
    } else {
      const language = this.language;
      this.loading = loadMessages(language).then(() => {
        if (language !== this.language) return;
        this.messages = loadedMessages(language) ?? this.#french;
        this.ready = true;
        this.#host.requestUpdate();
      });
    }
    this.#host.requestUpdate();
  }
}
