import { common, hours, channels } from '../localization/locales/fr.js';
import { html, nothing, type TemplateResult } from 'lit';
import { ProcedureBox, type ProcedureWithCity } from '../base/procedure-box.js';
import { loadEach, ResourceController } from '../base/resource-controller.js';
import type { CivicError } from '../core/civic-error.js';
import { RefreshController } from '../controllers/refresh-controller.js';
import { pickText } from '../core/localized-text.js';
import { safeUrl } from '../core/safe-url.js';
import { directoryOffice } from '../directory/directory-office.js';
import { hasUnreadableHours } from '../data/channel-check.js';
import { checkedWays } from '../data/checked-ways.js';
import { emailLink, phoneLink } from '../partials/contact-links.js';
import { hoursView, type HoursContext } from '../partials/hours-view.js';
import { momentIn } from '../opening-hours/zoned-time.js';
import { addressView } from '../partials/postal-address.js';
import { wayIcons } from '../partials/way-icons.js';
import type { Channel, OpeningHours, Office } from '../model.js';
import { nextChange, openingState } from '../opening-hours/opening-hours.js';
import { wayStyles } from '../styles/way-styles.js';
import { channelsStyles } from './channels.styles.js';

type DirectoryEntry = Office | 'loading' | 'failed';

/** The national directory ids of the counters that give no hours of their own, each once. */
function directoryIds(channels: readonly Channel[]): string[] {
  const ids = channels.flatMap((c) => (c.office?.directoryId && !c.office.hours ? [c.office.directoryId] : []));
  return [...new Set(ids)];
}

/**
 * Every way to carry out a procedure: online, at a counter (address, opening hours, open now,
 * appointment), by phone, post, e-mail, live video consultation, app or the city's short number,
 * in the city's order (the recommended channel first). Opening hours are computed in the city's
 * time zone; a counter may take its office's hours from the national directory.
 *
 * @tagname civic-channels
 * @fires civic-load - The procedure was loaded. `detail: { procedure, city }`.
 * @fires civic-error - The box cannot show the channels. `detail: { code, message, details, status }`.
 * @csspart base - The box.
 * @csspart heading - The box's heading.
 * @csspart channel - One channel.
 * @csspart hours - Opening hours of a channel.
 * @csspart hours-state - "Open now, closes at…" line.
 * @csspart hours-details - The disclosure with the weekly table.
 * @csspart address - A postal address.
 * @csspart action - The main link of a channel (go online, book, start a consultation).
 */
export class CivicChannels extends ProcedureBox {
  protected static override french = { common, hours, channels };

  static override styles = [...ProcedureBox.styles, wayStyles, channelsStyles];

  /** The offices of the national directory that counters name, once the procedure is here. */
  readonly #directory = new ResourceController<Map<string, Office | CivicError>, string[]>(
    this,
    () => this.provider.value,
    {
      args: () => {
        const ids = this.data.value ? directoryIds(checkedWays(this.data.value.procedure).channels) : [];
        return ids.length ? ids : undefined;
      },
      // A directory setting that is not a URL fails like an unreachable directory, never the box.
      load: (store, ids, signal) =>
        loadEach(ids, (id) => directoryOffice(store, id, signal)).then((offices) => {
          for (const [id, office] of offices)
            if (office instanceof Error)
              console.warn(`civic-elements: the directory office "${id}" could not be loaded:`, office);
          return offices;
        }),
      quiet: true,
    },
  );

  /** "Open now" stays true: the box renders again when a counter opens or closes. */
  protected readonly refresh = new RefreshController(this, () => this.#nextChange());

  protected heading(): string {
    return this.msg.channels.heading;
  }

  protected renderContent({ procedure, city }: ProcedureWithCity): TemplateResult {
    const { channels } = checkedWays(procedure);
    if (!channels.length) return this.empty(this.msg.channels.empty);
    const context: HoursContext = {
      msg: this.msg,
      lang: this.locale.lang,
      place: this.place(city),
      now: momentIn(this.now, city.timeZone),
    };
    return html`<ul class="entries" role="list">
      ${channels.map((channel) => this.#channel(channel, context, city.country, channels.length))}
    </ul>`;
  }

  #channel(channel: Channel, context: HoursContext, country: string, count: number): TemplateResult {
    const t = this.msg.channels;
    const label = pickText(channel.label, this.locale.lang);
    // "Recommended" means something only when there is a choice.
    const recommended = channel.recommended && count > 1;
    // The kind is the heading ("Au guichet"), as citizens scan for it; the city's label comes next.
    return html`<li class="entry ${recommended ? 'recommended' : ''}" part="channel">
      <div class="entry-title" role="heading" aria-level=${Math.min(this.level + 1, 6)}>
        ${wayIcons[channel.kind]}<span
          ><span class="kind">${t.kinds[channel.kind]}</span
          >${recommended ? html` <span class="tag">${t.recommended}</span>` : nothing}</span
        >
      </div>
      ${label ? html`<p class="label">${label}</p>` : nothing} ${this.#body(channel, context, country)}
      ${channel.cost ? html`<p class="muted">${pickText(channel.cost, this.locale.lang)}</p>` : nothing}
      ${channel.note ? html`<p class="muted">${pickText(channel.note, this.locale.lang)}</p>` : nothing}
    </li>`;
  }

  #body(channel: Channel, context: HoursContext, country: string): TemplateResult | typeof nothing {
    const t = this.msg.channels;
    const lang = this.locale.lang;
    const url = safeUrl(channel.url);
    const needed = channel.needed?.length
      ? html`<p>${t.needed}</p>
          <ul class="needed">
            ${channel.needed.map((n) => html`<li>${pickText(n, lang)}</li>`)}
          </ul>`
      : nothing;
    switch (channel.kind) {
      case 'online':
        return html`${needed} ${channel.accountRequired ? html`<p class="muted">${t.accountRequired}</p>` : nothing}
        ${url ? html`<a class="action" part="action" href=${url}>${t.goOnline}</a>` : nothing}`;
      case 'counter':
      case 'mail': {
        const office = this.#office(channel.office);
        const address = office?.address ?? channel.address;
        const name = office ? pickText(office.name, lang) : '';
        // Hours the channel gave but that could not be read are not replaced by the office's.
        const hours = hasUnreadableHours(channel) ? undefined : (channel.hours ?? office?.hours);
        const lookup = hasUnreadableHours(channel)
          ? 'failed'
          : !hours && channel.office?.directoryId
            ? this.#entry(channel.office.directoryId)
            : undefined;
        return html`${name ? html`<p class="place">${name}</p>` : nothing}
        ${address ? addressView(address, this.msg, { map: channel.kind === 'counter', name }) : nothing}
        ${channel.kind === 'counter' ? html`${this.#hours(hours, context, lookup)}${this.#appointment(channel, country)}${needed}` : nothing}`;
      }
      case 'phone':
      case 'short-number':
        return html`${channel.phone ? html`<p class="big">${phoneLink(channel.phone, country)}</p>` : nothing}${this.#ownHours(channel, context)}`;
      case 'email':
        return channel.email ? html`<p>${emailLink(channel.email)}</p>` : nothing;
      case 'live':
        return this.#live(channel, context, url);
      case 'app':
        return html`${this.#ownHours(channel, context)}${url ? html`<a class="action" part="action" href=${url}>${t.openApp}</a>` : nothing}`;
    }
  }

  #hours(
    hours: OpeningHours | undefined,
    context: HoursContext,
    lookup?: DirectoryEntry,
  ): TemplateResult | typeof nothing {
    if (lookup === 'loading') return html`<p class="muted">${this.msg.hours.loading}</p>`;
    if (lookup === 'failed') return html`<p class="muted" role="status">${this.msg.hours.unavailable}</p>`;
    return hours ? hoursView(hours, context) : nothing;
  }

  #ownHours(channel: Channel, context: HoursContext): TemplateResult | typeof nothing {
    return this.#hours(channel.hours, context, hasUnreadableHours(channel) ? 'failed' : undefined);
  }

  #appointment(channel: Channel, country: string): TemplateResult | typeof nothing {
    const t = this.msg.channels;
    const a = channel.appointment;
    if (!a) return nothing;
    const url = safeUrl(a.url);
    return html`<p class="appointment">${a.required ? t.appointmentRequired : t.noAppointment}</p>
      ${url ? html`<a class="action" part="action" href=${url}>${t.book}</a>` : nothing}
      ${a.phone ? html`<p>${t.bookByPhone} ${phoneLink(a.phone, country)}</p>` : nothing}`;
  }

  /** The Lugano model: one button, three modes, usable in office hours only. */
  #live(channel: Channel, context: HoursContext, url: string | undefined): TemplateResult {
    const t = this.msg.channels;
    const available = !channel.hours || openingState(channel.hours, context.now, context.place).open;
    const words = { openUntil: t.liveUntil, closedOpens: t.liveOpens, closed: t.liveClosed };
    return html`${
      channel.modes?.length
        ? html`<ul class="modes" role="list">
            ${channel.modes.map((m) => html`<li>${t.modes[m]}</li>`)}
          </ul>`
        : nothing
    }
    ${channel.hours ? hoursView(channel.hours, context, words) : hasUnreadableHours(channel) ? this.#hours(undefined, context, 'failed') : nothing}
    ${url && available ? html`<a class="action" part="action" href=${url}>${t.liveStart}</a>` : nothing}
    ${this.#appointment(channel, context.place.country)}`;
  }

  /** Where the directory stands for one office: loading, failed, or the office. */
  #entry(id: string): DirectoryEntry | undefined {
    const state = this.#directory.state;
    if (state.status !== 'ready') return state.status === 'idle' ? undefined : 'loading';
    const office = state.value.get(id);
    return office === undefined ? undefined : office instanceof Error ? 'failed' : office;
  }

  /** A counter whose office is in the national directory: its hours come from there, once per page. */
  #office(office: Office | undefined): Office | undefined {
    const id = office?.directoryId;
    if (!office || !id || office.hours) return office;
    const entry = this.#entry(id);
    if (typeof entry !== 'object') return office;
    // What the catalog says wins; the directory fills the gaps.
    return { ...entry, ...Object.fromEntries(Object.entries(office).filter(([, v]) => v !== undefined)) };
  }

  /** The next moment a counter shown opens or closes; none with a fixed `now`. */
  #nextChange(): number | undefined {
    const value = this.data.value;
    if (this.now || !value || !this.locale.ready) return undefined;
    const place = this.place(value.city);
    const now = this.moment;
    const changes = checkedWays(value.procedure)
      .channels.map((c) => c.hours ?? this.#office(c.office)?.hours)
      .filter((h): h is OpeningHours => !!h)
      .map((h) => nextChange(openingState(h, now, place), h, place)?.getTime() ?? Infinity);
    return Math.min(...changes);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-channels': CivicChannels;
  }
}
