import { headingLevelOf, momentOf } from '../core/attribute-values.js';
import { html, nothing, type TemplateResult } from 'lit';
import { CivicError, isAbort } from '../core/civic-error.js';
import { cityOf, DEFAULT_CITY } from '../data/city.js';
import type { ResourceStore } from '../data/resource-store.js';
import type { City, Procedure } from '../model.js';
import type { Place } from '../opening-hours/opening-hours.js';
import { boxStyles } from '../styles/box-styles.js';
import { baseStyles } from '../styles/base-styles.js';
import { CivicElement } from './civic-element.js';
import { ResourceController } from './resource-controller.js';

export interface ProcedureWithCity {
  procedure: Procedure;
  city: City;
}

let headingIds = 0;

/**
 * The boxes of a procedure page (channels, information, related procedures): a titled card
 * around one procedure's data, with its loading, error and empty states.
 */
export abstract class ProcedureBox extends CivicElement {
  static override styles = [baseStyles, boxStyles];

  static override properties = {
    procedure: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    now: {},
  };

  /**
   * Id of the procedure in the catalog.
   * @attr procedure
   */
  procedure = '';

  /**
   * Level of the box's heading (2 to 6) in the page's outline.
   * @attr heading-level
   */
  headingLevel = 2;

  /**
   * The moment for "open now" (ISO 8601), for previews and tests; the real time when absent.
   * @attr now
   */
  now?: string;

  protected readonly headingId = `civic-heading-${++headingIds}`;

  protected readonly data = new ResourceController<ProcedureWithCity>(this, () => this.provider.value, {
    args: () => this.procedure.trim() || new CivicError('missing-attribute', 'procedure', { details: ['procedure'] }),
    load: (store, id, signal) => this.load(store, id, signal),
    loaded: (value) => value,
  });

  protected async load(store: ResourceStore, id: string, signal: AbortSignal): Promise<ProcedureWithCity> {
    // Without the city, hours fall back to Paris time rather than hiding the whole box.
    const city = cityOf(store, signal).catch((error: unknown) => {
      if (isAbort(error)) throw error;
      return DEFAULT_CITY;
    });
    const [procedure, place] = await Promise.all([store.procedure(id, signal), city]);
    return { procedure, city: place };
  }

  /** The box's title, in the reader's language. */
  protected abstract heading(): string;

  protected abstract renderContent(value: ProcedureWithCity): TemplateResult;

  protected get level(): number {
    return headingLevelOf(this.headingLevel);
  }

  protected get moment(): Date {
    return momentOf(this.now);
  }

  protected place(city: City): Place {
    return { timeZone: city.timeZone, country: city.country };
  }

  protected override render(): TemplateResult {
    const state = this.locale.ready ? this.data.state : { status: 'loading' as const };
    return html`<section
      class="civic box"
      part="base"
      aria-labelledby=${this.headingId}
      aria-busy=${state.status === 'loading' ? 'true' : nothing}
    >
      <div class="heading" part="heading" role="heading" aria-level=${this.level} id=${this.headingId}>
        ${this.heading()}
      </div>
      ${
        state.status === 'ready'
          ? this.renderContent(state.value)
          : state.status === 'error'
            ? html`<p class="message error" role="status">${this.errorMessage(state.error)}</p>`
            : html`<p class="visually-hidden">${this.msg.common.loading}</p>
                <span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span>`
      }
    </section>`;
  }

  /** The message of a box with nothing to list. */
  protected empty(text: string): TemplateResult {
    return html`<p class="message muted">${text}</p>`;
  }
}
