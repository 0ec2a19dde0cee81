import { common, related } from '../localization/locales/fr.js';
import { html, nothing, type TemplateResult } from 'lit';
import { ProcedureBox, type ProcedureWithCity } from '../base/procedure-box.js';
import { isAbort } from '../core/civic-error.js';
import { pickText } from '../core/localized-text.js';
import { safeUrl } from '../core/safe-url.js';
import type { ResourceStore } from '../data/resource-store.js';
import type { Procedure } from '../model.js';
import { relatedStyles } from './related.styles.js';

export interface RelatedProcedures extends ProcedureWithCity {
  related: Procedure[];
}

/**
 * The procedures related to one procedure, each a link with its online badge (compact). They are
 * read through the data layer, so the three boxes of a procedure page make one catalog request.
 *
 * @tagname civic-related
 * @fires civic-load - The procedures were loaded. `detail: { procedure, city, related }`.
 * @fires civic-error - The box cannot show them. `detail: { code, message, details, status }`.
 * @csspart base - The box.
 * @csspart heading - The box's heading.
 * @csspart item - One related procedure.
 * @csspart link - The link to a related procedure.
 */
export class CivicRelated extends ProcedureBox {
  protected static override french = { common, related };

  static override styles = [...ProcedureBox.styles, relatedStyles];

  static override properties = {
    ...ProcedureBox.properties,
    linkTemplate: { attribute: 'link-template' },
  };

  /**
   * Where each procedure links to, with `{id}` replaced by its id (e.g. `/demarches/{id}`), when
   * the city's own pages are not the catalog's `url`s.
   * @attr link-template
   */
  linkTemplate?: string;

  protected heading(): string {
    return this.msg.related.heading;
  }

  protected override async load(store: ResourceStore, id: string, signal: AbortSignal): Promise<RelatedProcedures> {
    const base = await super.load(store, id, signal);
    // A related id the backend does not know is left out: one missing procedure should not hide the others.
    const related = await Promise.all(
      base.procedure.related.map((other) =>
        store.procedure(other, signal).catch((error: unknown) => {
          if (isAbort(error)) throw error;
          console.warn(`civic-elements: related procedure "${other}" of "${id}" is left out:`, error);
          return undefined;
        }),
      ),
    );
    return { ...base, related: related.filter((p): p is Procedure => p !== undefined) };
  }

  protected renderContent(value: ProcedureWithCity): TemplateResult {
    const { related } = value as RelatedProcedures;
    if (!related.length) return this.empty(this.msg.related.empty);
    return html`<ul class="entries related" role="list">
      ${related.map((p) => {
        const href = this.linkTemplate
          ? safeUrl(this.linkTemplate.replaceAll('{id}', encodeURIComponent(p.id)))
          : safeUrl(p.url);
        const title = pickText(p.title, this.locale.lang);
        return html`<li class="entry" part="item">
          ${href ? html`<a part="link" href=${href}>${title}</a>` : html`<span>${title}</span>`}
          <civic-online-badge procedure=${p.id} variant="compact"></civic-online-badge>
          ${p.summary ? html`<p class="muted">${pickText(p.summary, this.locale.lang)}</p>` : nothing}
        </li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-related': CivicRelated;
  }
}
