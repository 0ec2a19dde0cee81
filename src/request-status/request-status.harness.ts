import { html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { words } from '../../test/harness/dom.js';
import { ElementHarness } from '../../test/harness/element-harness.js';
import { renderWithAdapter, settle } from '../../test/harness/render.js';
import { requestAdapter, type RequestAdapter, type RequestAdapterOptions } from '../../test/harness/request-adapter.js';
import {
  EMAIL,
  TODAY,
  badData,
  lookupWithEmail,
  requestProcedures,
  sampleRequests,
} from '../../test/harness/sample-requests.js';
import type { CivicRequestStatus } from './request-status.js';
import './define.js';

export interface RequestStatusOptions extends RequestAdapterOptions {
  /** The backend's requests (the sample requests and the sloppy one when absent). */
  requests?: readonly unknown[];
  /** The `reference` and `proof` attributes, as a receipt link fills them. */
  reference?: string;
  proofValue?: string;
  autoload?: boolean;
  urlParam?: string;
  level?: number;
  lang?: string;
  timeout?: number;
  now?: string;
}

/** The <civic-request-status> of these options, as a page writes it. */
export const requestStatusTemplate = (o: RequestStatusOptions = {}) =>
  html`<civic-request-status
    reference=${ifDefined(o.reference)}
    proof=${ifDefined(o.proofValue)}
    ?autoload=${o.autoload}
    url-param=${ifDefined(o.urlParam)}
    heading-level=${o.level ?? nothing}
    now=${o.now ?? TODAY}
  ></civic-request-status>`;

/** The backend of these options: the sample requests, a reference pattern, the catalog's procedures. */
export const requestStatusAdapter = (o: RequestStatusOptions = {}): RequestAdapter =>
  requestAdapter(o.requests ?? [...sampleRequests, badData], {
    lookup: { referencePattern: lookupWithEmail.referencePattern, referenceExample: lookupWithEmail.referenceExample },
    procedures: requestProcedures,
    ...o,
  });

/** A backend that asks the e-mail address given with each sample request. */
export const withEmail = (o: RequestStatusOptions = {}): RequestStatusOptions => ({
  lookup: lookupWithEmail,
  proofs: Object.fromEntries(sampleRequests.map((r) => [r.reference, EMAIL])),
  ...o,
});

/**
 * What a citizen sees and does with a <civic-request-status>: the fields, the keys, the result,
 * its facts and what is said to screen readers. Reads the DOM only.
 */
export class RequestStatusHarness extends ElementHarness<CivicRequestStatus> {
  constructor(
    el: CivicRequestStatus,
    readonly adapter: RequestAdapter,
  ) {
    super(el);
  }

  /** A <civic-request-status> in a provider over the in-memory backend of these options. */
  static async render(o: RequestStatusOptions = {}): Promise<RequestStatusHarness> {
    const adapter = requestStatusAdapter(o);
    const el = await renderWithAdapter<CivicRequestStatus>(requestStatusTemplate(o), adapter, {
      lang: o.lang,
      timeout: o.timeout,
    });
    return new RequestStatusHarness(el, adapter);
  }

  get referenceInput(): HTMLInputElement {
    return this.$<HTMLInputElement>('#reference')!;
  }

  get proofInput(): HTMLInputElement | null {
    return this.$<HTMLInputElement>('#proof');
  }

  /** What the live region says now. */
  get announced(): string {
    return words(this.$('[role=status]'));
  }

  /** The result area (searching, the request, or an error). */
  get result(): HTMLElement | null {
    return this.$('[part~=result]');
  }

  get title(): string {
    return words(this.$('#result-title'));
  }

  /** The state in words ("En cours de traitement"). */
  get state(): string {
    return words(this.$('[part~=state] .state-words'));
  }

  /** The request's facts, by their names ("Réponse prévue": "15 mars 2026 (dans 3 jours)"). */
  facts(): Record<string, string> {
    return Object.fromEntries(
      this.$$('[part~=facts] > div').map((d) => [words(d.querySelector('dt')), words(d.querySelector('dd'))]),
    );
  }

  /** The lookups the backend was asked, as "getRequest:<reference>:<proof>". */
  lookups(): string[] {
    return this.adapter.calls.filter((c) => c.startsWith('getRequest:'));
  }

  /** Types into a field with the keyboard, after what is there. */
  async typeInto(input: HTMLInputElement, text: string): Promise<void> {
    input.focus();
    await sendKeys({ type: text });
    await settle(this.el);
  }

  /** Types the reference (and proof) over what was there, presses Enter, and waits until the lookup has ended. */
  async lookUp(reference: string, proof?: string): Promise<void> {
    this.referenceInput.select();
    await this.typeInto(this.referenceInput, reference);
    if (proof !== undefined) {
      this.proofInput!.select();
      await this.typeInto(this.proofInput!, proof);
    }
    await this.pressKey('Enter');
    await this.until(() => !!this.result && !this.result.classList.contains('searching'), 'the end of the lookup');
  }
}
