import { html, type TemplateResult } from 'lit';
import { safeUrl } from '../core/safe-url.js';
import { phoneNumber } from '../format/phone-number.js';

const warned = new Set<string>();
function warnOnce(text: string): void {
  if (warned.has(text)) return;
  warned.add(text);
  console.warn(`civic-elements: ${text}`);
}

/** A phone number as a tel: link written the way the country writes it; text alone if it is not one. */
export function phoneLink(raw: string, country: string, extraName = ''): TemplateResult {
  const phone = phoneNumber(raw, country);
  if (!phone) {
    warnOnce(`"${raw}" is not a phone number; shown without a link`);
    return html`<span>${raw}</span>`;
  }
  return html`<a class="phone" href=${phone.href}
    >${phone.display}${extraName ? html`<span class="visually-hidden"> ${extraName}</span>` : ''}</a
  >`;
}

/** An e-mail address as a mailto: link; text alone if it is not one. */
export function emailLink(raw: string): TemplateResult {
  const href = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(raw) ? safeUrl(`mailto:${raw}`) : undefined;
  if (!href) {
    warnOnce(`"${raw}" is not an e-mail address; shown without a link`);
    return html`<span>${raw}</span>`;
  }
  return html`<a href=${href}>${raw}</a>`;
}
