import { common, hours, info } from '../localization/locales/fr.js';
import { html, nothing, type TemplateResult } from 'lit';
import { ProcedureBox, type ProcedureWithCity } from '../base/procedure-box.js';
import { pickText } from '../core/localized-text.js';
import { safeUrl } from '../core/safe-url.js';
import { checkedWays } from '../data/checked-ways.js';
import { emailLink, phoneLink } from '../partials/contact-links.js';
import { hoursView, type HoursContext } from '../partials/hours-view.js';
import { addressView } from '../partials/postal-address.js';
import { wayIcons } from '../partials/way-icons.js';
import type { Contact } from '../model.js';
import { wayStyles } from '../styles/way-styles.js';

/**
 * The ways to get more information about a procedure: help line with its hours, FAQ and guides,
 * an office to visit, e-mail, and the official reference page.
 *
 * @tagname civic-info
 * @fires civic-load - The procedure was loaded. `detail: { procedure, city }`.
 * @fires civic-error - The box cannot show the information. `detail: { code, message, details, status }`.
 * @csspart base - The box.
 * @csspart heading - The box's heading.
 * @csspart contact - One way to get information.
 * @csspart hours - Opening hours of a help line or office.
 * @csspart hours-state - "Open now, closes at…" line.
 * @csspart hours-details - The disclosure with the weekly table.
 * @csspart address - A postal address.
 */
export class CivicInfo extends ProcedureBox {
  protected static override french = { common, hours, info };

  static override styles = [...ProcedureBox.styles, wayStyles];

  protected heading(): string {
    return this.msg.info.heading;
  }

  protected renderContent({ procedure, city }: ProcedureWithCity): TemplateResult {
    const { information } = checkedWays(procedure);
    if (!information.length) return this.empty(this.msg.info.empty);
    const context: HoursContext = {
      msg: this.msg,
      lang: this.locale.lang,
      place: this.place(city),
      now: this.moment,
    };
    return html`<ul class="entries" role="list">
      ${information.map((contact) => this.#contact(contact, context, city.country))}
    </ul>`;
  }

  #contact(contact: Contact, context: HoursContext, country: string): TemplateResult {
    const lang = this.locale.lang;
    const kind = this.msg.info.kinds[contact.kind];
    const label = pickText(contact.label, lang);
    const title = label || kind;
    const url = safeUrl(contact.url);
    const office = contact.office;
    const name = office ? pickText(office.name, lang) : '';
    const hours = contact.hours ?? office?.hours;
    const phone = contact.phone ?? (contact.kind === 'office' ? office?.phone : undefined);
    return html`<li class="entry" part="contact">
      <div class="entry-title" role="heading" aria-level=${Math.min(this.level + 1, 6)}>
        ${wayIcons[contact.kind]}${label ? html`<span class="visually-hidden">${kind} : </span>` : nothing}${url ? html`<a href=${url}>${title}</a>` : html`<span>${title}</span>`}
      </div>
      ${url && contact.kind === 'legal' && new URL(url).hostname ? html`<p class="muted">${new URL(url).hostname.replace(/^www\./, '')}</p>` : nothing}
      ${name ? html`<p class="place">${name}</p>` : nothing}
      ${office?.address ? addressView(office.address, this.msg, { map: true, name }) : nothing}
      ${phone ? html`<p>${phoneLink(phone, country)}</p>` : nothing}
      ${contact.email ? html`<p>${emailLink(contact.email)}</p>` : nothing}
      ${hours ? hoursView(hours, context) : nothing}
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-info': CivicInfo;
  }
}
