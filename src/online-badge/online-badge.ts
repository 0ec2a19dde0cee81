import { common, badge } from '../localization/locales/fr.js';
import { html, nothing, type TemplateResult } from 'lit';
import { CivicElement } from '../base/civic-element.js';
import { ResourceController } from '../base/resource-controller.js';
import { CivicError } from '../core/civic-error.js';
import { pickText } from '../core/localized-text.js';
import { safeUrl } from '../core/safe-url.js';
import type { OnlineAvailability, Procedure } from '../model.js';
import { baseStyles } from '../styles/base-styles.js';
import { onlineBadgeStyles } from './online-badge.styles.js';
import { statusIcons } from './status-icons.js';

const AVAILABILITIES: OnlineAvailability[] = ['full', 'partial', 'none'];

/** The "opens the service" arrow; its room is kept when there is no link, so badges line up. */
const arrow = (shown: boolean) =>
  html`<svg class="arrow ${shown ? '' : 'blank'}" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
    <path d="M3.5 2.5h6v6M9.5 2.5l-7 7" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
  </svg>`;

/**
 * Whether a procedure can be done online (fully, partly, not), linking to the online service
 * when there is one. Place it next to each procedure on a theme page.
 *
 * @tagname civic-online-badge
 * @fires civic-load - The procedure was loaded. `detail: { procedure }`.
 * @fires civic-error - The badge cannot show the status. `detail: { code, message, details, status }`.
 * @csspart base - The badge (a link when the procedure has an online service).
 * @csspart icon - The status icon.
 * @csspart label - The status text.
 */
export class CivicOnlineBadge extends CivicElement {
  protected static override french = { common, badge };

  static override styles = [baseStyles, onlineBadgeStyles];

  static override properties = {
    procedure: { reflect: true },
    variant: { reflect: true },
    noLink: { type: Boolean, attribute: 'no-link' },
  };

  /**
   * Id of the procedure in the catalog.
   * @attr procedure
   */
  procedure = '';

  /**
   * `compact` for lists: shorter wording, same icons.
   * @attr variant
   */
  variant: 'default' | 'compact' = 'default';

  /**
   * Show the status without linking to the online service.
   * @attr no-link
   */
  noLink = false;

  readonly #data = new ResourceController<Procedure>(this, () => this.provider.value, {
    args: () => this.procedure.trim() || new CivicError('missing-attribute', 'procedure', { details: ['procedure'] }),
    load: (store, id, signal) => store.procedure(id, signal),
    loaded: (procedure) => ({ procedure }),
  });

  protected override render(): TemplateResult {
    const state = this.#data.state;
    if (state.status === 'error') return this.#renderError(state.error);
    if (state.status !== 'ready' || !this.locale.ready) return this.#renderLoading();
    const procedure = state.value;
    const availability = AVAILABILITIES.includes(procedure.online?.availability)
      ? procedure.online.availability
      : undefined;
    if (!availability)
      return this.#renderError(
        new CivicError('invalid-data', 'online.availability', { details: ['online.availability'] }),
      );
    const href = this.noLink || availability === 'none' ? undefined : safeUrl(procedure.online.url);
    const title = pickText(procedure.title, this.locale.lang);
    const content = html`${statusIcons[availability]}${this.#labels(availability)}${
      href && title ? html`<span class="visually-hidden">${this.msg.badge.go(title)}</span>` : nothing
    }${arrow(!!href)}`;
    return html`<span class="civic"
      >${
        href
          ? html`<a part="base" class="badge ${availability}" href=${href}>${content}</a>`
          : html`<span part="base" class="badge ${availability}">${content}</span>`
      }</span
    >`;
  }

  /**
   * The visible words of every state share one grid cell (only the current one shows), so the
   * badge keeps one size whatever its state: no layout shift, and equal widths in a list. What
   * screen readers get is the full status, even in the compact variant.
   */
  #labels(current?: OnlineAvailability): TemplateResult {
    const t = this.msg.badge;
    const full = [t.full, t.partial, t.none];
    const shown = this.variant === 'compact' ? [t.compactFull, t.compactPartial, t.compactNone] : full;
    return html`<span part="label" class="labels" aria-hidden="true"
        >${AVAILABILITIES.map((a, i) => html`<span class=${a === current ? 'current' : ''}>${shown[i]}</span>`)}</span
      >${current ? html`<span class="visually-hidden">${full[AVAILABILITIES.indexOf(current)]}</span>` : nothing}`;
  }

  #renderLoading(): TemplateResult {
    return html`<span class="civic"
      ><span part="base" class="badge loading" aria-busy="true"
        >${statusIcons.none}<span class="visually-hidden">${this.msg.common.loading}</span
        >${this.#labels()}${arrow(false)}</span
      ></span
    >`;
  }

  #renderError(error: CivicError): TemplateResult {
    return html`<span class="civic"
      ><span part="base" class="badge error" role="status"
        >${statusIcons.error}<span part="label">${this.errorMessage(error)}</span></span
      ></span
    >`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-online-badge': CivicOnlineBadge;
  }
}
