import { html } from '@open-wc/testing';
import { words } from '../../test/harness/dom.js';
import { ElementHarness } from '../../test/harness/element-harness.js';
import { renderWithAdapter, settle } from '../../test/harness/render.js';
import { requestAdapter, type RequestAdapter, type RequestAdapterOptions } from '../../test/harness/request-adapter.js';
import {
  TODAY,
  cancelled,
  done,
  inProgress,
  longTimeline,
  received,
  rejected,
  requestProcedures,
  sampleRequests,
  waitingCitizen,
  waitingDecision,
} from '../../test/harness/sample-requests.js';
import type { SessionHeaders } from '../model.js';
import type { CivicRequestList } from './request-list.js';
import './define.js';

/** The signed-in citizen's token, which the in-memory backend accepts. */
export const TOKEN = 'Bearer camille-7f3a';
export const signedIn: SessionHeaders = () => ({ Authorization: TOKEN });

/** The sample requests as listed: what waits for the citizen first, then the most recent activity first. */
export const BY_ACTIVITY = [
  waitingCitizen,
  received,
  inProgress,
  longTimeline,
  rejected,
  waitingDecision,
  done,
  cancelled,
].map((r) => r.reference);

export interface RequestListOptions extends RequestAdapterOptions {
  session?: SessionHeaders;
  lang?: string;
  level?: number;
  timeout?: number;
  /** The page's sign-in link in the `sign-in` slot. */
  signInLink?: boolean;
  /** A backend of the test's own, instead of the in-memory one of these options. */
  adapter?: RequestAdapter;
}

/** The <civic-request-list> of these options, as a page writes it. */
export const requestListTemplate = (o: RequestListOptions = {}) =>
  html`<civic-request-list .session=${o.session} heading-level=${o.level ?? 2} now=${TODAY}
    >${o.signInLink ? html`<a slot="sign-in" href="/connexion">Se connecter</a>` : ''}</civic-request-list
  >`;

/** The in-memory backend of these options: the sample requests are the signed-in citizen's. */
export const requestListAdapter = (o: RequestListOptions = {}): RequestAdapter =>
  requestAdapter([], { mine: sampleRequests, token: TOKEN, procedures: requestProcedures, ...o });

/**
 * What a signed-in citizen sees and does with a <civic-request-list>: the requests, the state
 * filter, the histories and what is said to screen readers. Reads the DOM only.
 */
export class RequestListHarness extends ElementHarness<CivicRequestList> {
  constructor(
    el: CivicRequestList,
    readonly adapter: RequestAdapter,
  ) {
    super(el);
  }

  static async render(o: RequestListOptions = {}): Promise<RequestListHarness> {
    const adapter = o.adapter ?? requestListAdapter(o);
    const el = await renderWithAdapter<CivicRequestList>(requestListTemplate(o), adapter, {
      lang: o.lang,
      timeout: o.timeout,
    });
    return new RequestListHarness(el, adapter);
  }

  /** The requests shown, in order. */
  items(): HTMLElement[] {
    return this.$$('li[part~=request]');
  }

  /** The references of the requests shown, in order (the last word of "Demande n° EC-2026-004211"). */
  references(): string[] {
    return this.items().map((li) => words(li.querySelector('.reference')).split(' ').at(-1)!);
  }

  /** The request of that reference. */
  item(reference: string): HTMLElement {
    return this.items()[this.references().indexOf(reference)];
  }

  /** The state filter's choices as read ("Toutes (8)"). */
  chips(): string[] {
    return this.$$('[part~=filter] label').map(words);
  }

  /** The radio button of the filter choice whose label starts with `label`. */
  radio(label: string): HTMLInputElement {
    return this.$$<HTMLLabelElement>('[part~=filter] label')
      .find((l) => words(l).startsWith(label))!
      .querySelector('input')!;
  }

  /** What the live region says now. */
  get announced(): string {
    return words(this.$('[role=status]'));
  }

  /** Gives the element a session, as the page does once the citizen has signed in, and waits for it. */
  async signIn(session: SessionHeaders): Promise<void> {
    this.el.session = session;
    await settle(this.el);
  }
}
