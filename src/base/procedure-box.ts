import { html, type TemplateResult } from 'lit';
import { CivicError, isAbort } from '../core/civic-error.js';
import { cityOf, DEFAULT_CITY } from '../data/city.js';
import type { ResourceStore } from '../data/resource-store.js';
import type { City, Procedure } from '../model.js';
import type { Place } from '../opening-hours/opening-hours.js';
import { entryStyles } from '../styles/entry-styles.js';
import { CivicBox } from './civic-box.js';
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
export abstract class ProcedureBox extends CivicBox {
  static override styles = [...CivicBox.styles, entryStyles];

  static override properties = {
    ...CivicBox.properties,
    procedure: { reflect: true },
  };

  /**
   * Id of the procedure in the catalog.
   * @attr procedure
   */
  procedure = '';

  /** Unique in the page: several boxes may share a shadow-including tree in tests and previews. */
  protected override readonly headingId = `civic-heading-${++headingIds}`;

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

  protected abstract renderContent(value: ProcedureWithCity): TemplateResult;

  protected place(city: City): Place {
    return { timeZone: city.timeZone, country: city.country };
  }

  protected override render(): TemplateResult {
    const state = this.locale.ready ? this.data.state : { status: 'loading' as const };
    return this.box(
      state.status === 'ready'
        ? this.renderContent(state.value)
        : state.status === 'error'
          ? html`<p class="message error" role="status">${this.errorMessage(state.error)}</p>`
          : this.skeleton(),
      { busy: state.status === 'loading' },
    );
  }

  /** The message of a box with nothing to list. */
  protected empty(text: string): TemplateResult {
    return html`<p class="message muted">${text}</p>`;
  }
}
