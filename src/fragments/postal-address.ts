import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../localization/locales/fr.js';
import type { PostalAddress } from '../model.js';

/** An address as a citizen writes it on an envelope, with a link to a map when it is a place. */
export function addressView(address: PostalAddress, msg: Messages, options: { map?: boolean; name?: string } = {}): TemplateResult {
  const query = [...address.lines, `${address.postalCode} ${address.locality}`].join(', ');
  const map =
    address.latitude !== undefined && address.longitude !== undefined
      ? `https://www.openstreetmap.org/?mlat=${address.latitude}&mlon=${address.longitude}#map=18/${address.latitude}/${address.longitude}`
      : `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
  return html`<address part="address">
      ${address.lines.map((line) => html`${line}<br />`)}${address.postalCode} ${address.locality}
    </address>
    ${options.map
      ? html`<a class="map" href=${map}>${msg.hours.map}<span class="visually-hidden"> : ${options.name ?? query}</span></a>`
      : nothing}`;
}
