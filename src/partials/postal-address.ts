import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../localization/locales/fr.js';
import type { PostalAddress } from '../model.js';

/** An address as a citizen writes it on an envelope, with a link to a map when it is a place. */
export function addressView(
  address: PostalAddress,
  msg: Messages,
  options: { map?: boolean; name?: string } = {},
): TemplateResult {
  const town = [address.postalCode, address.locality].filter(Boolean).join(' ');
  const query = [...address.lines, town].join(', ');
  const map =
    address.latitude !== undefined && address.longitude !== undefined
      ? `https://www.openstreetmap.org/?mlat=${address.latitude}&mlon=${address.longitude}#map=18/${address.latitude}/${address.longitude}`
      : `https://www.openstreetmap.org/search?query=${encodeURIComponent(query)}`;
  return html`<address part="address">${address.lines.map((line) => html`${line}<br />`)}${town}</address>
    ${
      options.map
        ? html`<a class="map" href=${map}
            >${msg.hours.map}<span class="visually-hidden"> : ${options.name || query}</span></a
          >`
        : nothing
    }`;
}
