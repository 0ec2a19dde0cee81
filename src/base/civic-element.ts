import { LitElement } from 'lit';
import type { CivicError } from '../core/civic-error.js';
import { LocaleController } from '../localization/locale-controller.js';
import { common, type Messages } from '../localization/locales/fr.js';
import { ProviderController } from '../provider/provider-controller.js';

/** Detail of the `civic-error` event every element dispatches when it cannot show its content. */
export interface CivicErrorDetail {
  /** Machine-readable reason: `not-found`, `timeout`, `invalid-data`, `no-provider`… */
  code: CivicError['code'];
  /** The sentence shown on the page, in the element's language. */
  message: string;
  /** Precise, untranslated facts for developers (which procedure, which field). */
  details: readonly string[];
  /** HTTP status, when the backend answered with an error. */
  status?: number;
}

/**
 * What every civic element shares: its language, its provider, and the way it reports errors.
 *
 * @cssprop [--civic-font-family=inherit] - Font of the elements; the host page's by default.
 * @cssprop [--civic-font-size=medium] - Base text size; the reader's browser setting by default.
 * @cssprop --civic-color-text - Main text colour.
 * @cssprop --civic-color-text-muted - Secondary text colour.
 * @cssprop --civic-color-surface - Background of boxes and badges.
 * @cssprop --civic-color-border - Borders and separators.
 * @cssprop --civic-color-accent - Links, focus ring and highlights: the city's colour.
 * @cssprop --civic-color-online - "Fully online" status colour.
 * @cssprop --civic-color-partial - "Partly online" status colour.
 * @cssprop --civic-color-offline - "Not online" status colour.
 * @cssprop --civic-color-danger - Error messages.
 * @cssprop [--civic-radius=0.375em] - Corner radius.
 * @cssprop [--civic-space=1em] - Base spacing unit.
 */
export abstract class CivicElement extends LitElement {
  /** The French sections of strings the element uses (French is the default language). */
  protected static french: Partial<Messages> = { common };

  protected readonly locale = new LocaleController(this, (this.constructor as typeof CivicElement).french);
  protected readonly provider = new ProviderController(this);

  protected get msg(): Messages {
    return this.locale.messages;
  }

  /** The translated sentence for an error. */
  protected errorMessage(error: CivicError): string {
    const text = this.msg.common.errors[error.code];
    return typeof text === 'function' ? text(error.details[0] ?? '') : text;
  }

  /** Also waits for the strings of the element's language when they are still on their way. */
  protected override async getUpdateComplete(): Promise<boolean> {
    await this.locale.loading;
    return super.getUpdateComplete();
  }

  /** @internal Sends `civic-error`, in the element's language; called by the resource controller. */
  async reportError(error: CivicError): Promise<void> {
    await this.locale.loading;
    const detail: CivicErrorDetail = {
      code: error.code,
      message: this.errorMessage(error),
      details: error.details,
      status: error.status,
    };
    this.dispatchEvent(new CustomEvent<CivicErrorDetail>('civic-error', { detail, bubbles: true, composed: true }));
  }
}
