import { headingLevelOf, momentOf } from '../core/attribute-values.js';
import { common, request, requestStatus } from '../localization/locales/fr.js';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { findRequest, requestLookup } from '../data/request-store.js';
import { CivicElement } from '../base/civic-element.js';
import { CivicError, isAbort, toCivicError } from '../core/civic-error.js';
import { pickText } from '../core/localized-text.js';
import { acceptReference, type CheckedRequest } from '../data/request-check.js';
import type { ResourceStore } from '../data/resource-store.js';
import { cityOf, DEFAULT_CITY } from '../data/city.js';
import { formStyles } from '../styles/form-styles.js';
import { boxStyles } from '../styles/box-styles.js';
import { formatDays, formatMoment, relativeDay } from '../request/request-dates.js';
import { requestErrorMessage } from '../request/request-errors.js';
import { stateIcons, stateLine, stateWords } from '../request/request-states.js';
import { requestStyles } from '../request/request-styles.js';
import { requestTimeline } from '../request/request-timeline.js';
import type { City, Procedure, RequestLookup } from '../model.js';
import type { CivicContextValue } from '../provider/civic-context.js';
import { baseStyles } from '../styles/base-styles.js';
import { requestStatusStyles } from './request-status.styles.js';

type Proof = NonNullable<RequestLookup['proof']>;

type LookupState =
  | { status: 'loading' }
  | { status: 'ready'; lookup: RequestLookup; city: City; store: ResourceStore }
  | { status: 'error'; error: CivicError };

type SearchState =
  | { status: 'idle' }
  | { status: 'searching' }
  | { status: 'found'; request: CheckedRequest; procedure?: Procedure }
  | { status: 'error'; error: CivicError };

/**
 * Detail of `civic-load`: the state only. The event crosses the whole page (analytics, tag
 * managers listen there): a citizen's reference and case notes never travel in it.
 */
export interface RequestLoadDetail {
  state: CheckedRequest['state'];
}

/** States in which an expected date or a usual processing time still means something. */
const OPEN = new Set(['received', 'in-progress', 'waiting-citizen', 'waiting-decision', 'unknown']);

/** How long a lookup waits for the procedure's title from the catalog before showing the request without it. */
const CATALOG_WAIT_MS = 1500;

const INPUTS: Record<Proof, { type: string; autocomplete: string; inputmode?: string; spellcheck: boolean }> = {
  email: { type: 'email', autocomplete: 'email', inputmode: 'email', spellcheck: false },
  postcode: { type: 'text', autocomplete: 'postal-code', spellcheck: false },
  code: { type: 'text', autocomplete: 'off', spellcheck: false },
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface FieldErrors {
  reference?: 'missing' | 'invalid';
  proof?: 'missing' | 'invalid';
}

/**
 * Lets a citizen follow a request without an account: they type the reference printed on their
 * receipt (and, when the backend asks for it, the e-mail address, postcode or code of the receipt)
 * and see where it stands: the procedure, the state in plain words (the backend's own wording
 * beside it when it differs), what is expected of them first when the city waits for them, the
 * next step, the expected date (or the procedure's usual processing time), who handles it, and
 * the dated history.
 *
 * The reference is checked against the backend's format before anything is sent. Results and
 * errors are announced to screen readers without moving focus. The reference is never logged,
 * never sent in an event, and goes into the page URL only when `url-param` asks for it; the proof
 * never does.
 *
 * @tagname civic-request-status
 * @fires civic-request-submit - A lookup starts (typed, or `autoload`). `detail: {}`: never the reference.
 * @fires civic-load - The request was found and is shown. `detail: { state }` (never the reference nor the notes).
 * @fires civic-error - The lookup failed (not found, wrong proof, too many attempts, backend down, time-out, unsupported). `detail: { code, message, details, status }`.
 * @csspart base - The box.
 * @csspart heading - The box's heading.
 * @csspart form - The lookup form.
 * @csspart input - The text fields (reference and proof).
 * @csspart submit - The search button.
 * @csspart error - The message of a failed lookup.
 * @csspart result - The request found.
 * @csspart action-needed - The call-out shown first when the city waits for the citizen.
 * @csspart state - The current state (shape, words, the backend's wording).
 * @csspart facts - Next step, expected date or usual time, service, dates.
 * @csspart timeline - The history list.
 * @csspart event - One event of the history.
 * @csspart new-search - The "new search" button.
 */
export class CivicRequestStatus extends CivicElement {
  protected static override french = { common, request, requestStatus };

  static override styles = [baseStyles, boxStyles, formStyles, requestStyles, requestStatusStyles];

  static override properties = {
    reference: {},
    proof: {},
    autoload: { type: Boolean },
    headingLevel: { type: Number, attribute: 'heading-level' },
    now: {},
    urlParam: { attribute: 'url-param' },
  };

  /**
   * A reference to prefill, e.g. from the link of a receipt e-mail.
   * @attr reference
   */
  reference = '';

  /**
   * The proof to prefill (e-mail address, postcode or code), when the backend asks one.
   * @attr proof
   */
  proof = '';

  /**
   * Look the request up at once when the reference (and the proof, if asked) are prefilled.
   * @attr autoload
   */
  autoload = false;

  /**
   * Level of the box's heading (2 to 6) in the page's outline; the request's title is one below.
   * @attr heading-level
   */
  headingLevel = 2;

  /**
   * The moment for "expected in 3 days" (ISO 8601), for previews and tests; the real time when absent.
   * @attr now
   */
  now?: string;

  /**
   * Opt-in: the name of a query parameter of the page URL to read the reference from, and to keep
   * up to date with the reference shown (`history.replaceState`). Without it, the reference never
   * goes into the URL.
   * @attr url-param
   */
  urlParam?: string;

  #typed = '';
  #typedProof = '';
  #fieldErrors: FieldErrors = {};
  #lookup: LookupState = { status: 'loading' };
  #search: SearchState = { status: 'idle' };
  #announcement = '';
  #provided?: CivicContextValue;
  #lookupAbort?: AbortController;
  #searchAbort?: AbortController;
  #autoloaded = false;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#lookupAbort?.abort();
    this.#searchAbort?.abort();
    if (this.#search.status === 'searching') this.#search = { status: 'idle' };
    this.#provided = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('reference')) this.#typed = this.reference ?? '';
    if (changed.has('proof')) this.#typedProof = this.proof ?? '';
    if (changed.has('urlParam')) {
      const fromUrl = this.#urlReference();
      if (fromUrl) this.#typed = fromUrl;
    }
    const provided = this.provider.value;
    if (provided !== this.#provided) {
      this.#provided = provided;
      this.#loadLookup(provided);
    }
  }

  protected override errorMessage(error: CivicError): string {
    if (error.code === 'wrong-proof') return this.msg.requestStatus.proofs[this.#proofKind ?? 'code'].wrong;
    return requestErrorMessage(error, this.msg.request) ?? super.errorMessage(error);
  }

  get #proofKind(): Proof | undefined {
    return this.#lookup.status === 'ready' ? this.#lookup.lookup.proof : undefined;
  }

  get #level(): number {
    return headingLevelOf(this.headingLevel);
  }

  get #moment(): Date {
    return momentOf(this.now);
  }

  /* ---------------------------------------------------------------------------------------- */
  /* Loading                                                                                   */

  #loadLookup(provided: CivicContextValue | undefined): void {
    this.#lookupAbort?.abort();
    if (provided === undefined) {
      this.#lookup = { status: 'loading' };
      return;
    }
    if (provided.error) {
      this.#failLookup(provided.error);
      return;
    }
    const store = provided.store;
    const abort = (this.#lookupAbort = new AbortController());
    this.#lookup = { status: 'loading' };
    const city = cityOf(store, abort.signal).catch(() => DEFAULT_CITY);
    Promise.all([requestLookup(store, abort.signal), city]).then(
      ([lookup, city]) => {
        if (abort.signal.aborted) return;
        this.#lookup = { status: 'ready', lookup, city, store };
        this.requestUpdate();
        // Only when everything asked is prefilled: a link with the reference alone just fills it in.
        if (this.autoload && !this.#autoloaded && this.#typed.trim() && (!lookup.proof || this.#typedProof.trim())) {
          this.#autoloaded = true;
          this.#submit(false);
        }
      },
      (thrown: unknown) => {
        if (abort.signal.aborted || isAbort(thrown)) return;
        this.#failLookup(toCivicError(thrown));
      },
    );
  }

  #failLookup(error: CivicError): void {
    this.#lookup = { status: 'error', error };
    this.#announce(this.errorMessage(error));
    void this.reportError(error);
    this.requestUpdate();
  }

  #retryLookup = (): void => {
    this.#loadLookup(this.#provided);
    this.requestUpdate();
  };

  /** Checks the fields: what is wrong with each, nothing when the lookup can go. */
  #validate(lookup: RequestLookup): FieldErrors {
    const errors: FieldErrors = {};
    if (!this.#typed.trim()) errors.reference = 'missing';
    else if (!acceptReference(this.#typed, lookup.referencePattern)) errors.reference = 'invalid';
    if (lookup.proof) {
      const proof = this.#typedProof.trim();
      if (!proof) errors.proof = 'missing';
      else if (lookup.proof === 'email' && !EMAIL.test(proof)) errors.proof = 'invalid';
    }
    return errors;
  }

  /** The sentence for a field's problem, in the current language. */
  #fieldMessage(field: keyof FieldErrors, lookup: RequestLookup): string | undefined {
    const t = this.msg.requestStatus;
    const problem = this.#fieldErrors[field];
    if (!problem) return undefined;
    if (field === 'proof') return problem === 'invalid' ? t.emailInvalid : t.proofs[lookup.proof ?? 'code'].missing;
    if (problem === 'missing') return t.referenceMissing;
    return lookup.referenceExample ? t.referenceInvalid(lookup.referenceExample) : t.referenceInvalidPlain;
  }

  #submit(fromUser: boolean): void {
    const state = this.#lookup;
    if (state.status !== 'ready' || this.#search.status === 'searching') return;
    const { lookup, store } = state;
    this.#fieldErrors = this.#validate(lookup);
    if (this.#fieldErrors.reference || this.#fieldErrors.proof) {
      this.requestUpdate();
      // Only a citizen's own submit moves focus, to the field to correct.
      if (fromUser)
        void this.updateComplete.then(() => this.#field(this.#fieldErrors.reference ? 'reference' : 'proof')?.focus());
      return;
    }
    const reference = acceptReference(this.#typed, lookup.referencePattern)!;
    const proof = lookup.proof ? this.#typedProof.trim() : undefined;
    this.dispatchEvent(new CustomEvent('civic-request-submit', { detail: {}, bubbles: true, composed: true }));
    this.#searchAbort?.abort();
    const abort = (this.#searchAbort = new AbortController());
    this.#search = { status: 'searching' };
    this.#announce(this.msg.requestStatus.searching);
    this.requestUpdate();
    findRequest(store, reference, proof, abort.signal).then(
      async (found) => {
        const procedure = await this.#procedureOf(store, found, abort.signal);
        if (abort.signal.aborted) return;
        const search: SearchState = { status: 'found', request: found, procedure: procedure.early };
        this.#search = search;
        void procedure.late.then((late) => {
          if (late && this.#search === search && !search.procedure) {
            search.procedure = late;
            this.requestUpdate();
          }
        });
        this.#writeUrl(found.reference);
        const t = this.msg;
        this.#announce(
          found.state === 'waiting-citizen'
            ? t.requestStatus.foundActionNeeded(found.reference)
            : t.requestStatus.found(found.reference, stateWords(found.state, found.stateLabel, t.request).words),
        );
        this.requestUpdate();
        const detail: RequestLoadDetail = { state: found.state };
        this.dispatchEvent(new CustomEvent<RequestLoadDetail>('civic-load', { detail, bubbles: true, composed: true }));
      },
      (thrown: unknown) => {
        if (abort.signal.aborted || isAbort(thrown)) return;
        const error = toCivicError(thrown);
        this.#search = { status: 'error', error };
        this.#announce(this.errorMessage(error));
        this.requestUpdate();
        void this.reportError(error);
      },
    );
  }

  /** The procedure from the catalog, when the adapter knows it; shown late rather than holding the result. */
  async #procedureOf(
    store: ResourceStore,
    found: CheckedRequest,
    signal: AbortSignal,
  ): Promise<{ early?: Procedure; late: Promise<Procedure | undefined> }> {
    if (!found.procedureId) return { late: Promise.resolve(undefined) };
    const late = store.procedure(found.procedureId, signal).then(
      (p) => p,
      () => undefined,
    );
    let timer: number | undefined;
    const early = await Promise.race([
      late,
      new Promise<undefined>((resolve) => (timer = window.setTimeout(resolve, CATALOG_WAIT_MS))),
    ]);
    window.clearTimeout(timer);
    return { early, late };
  }

  #newSearch = (): void => {
    this.#searchAbort?.abort();
    this.#typed = '';
    this.#typedProof = '';
    this.#fieldErrors = {};
    this.#search = { status: 'idle' };
    this.#announce('');
    this.#writeUrl(undefined);
    this.requestUpdate();
    // The citizen asked for it: the form's first field is where they go on.
    void this.updateComplete.then(() => this.#field('reference')?.focus());
  };

  #announce(text: string): void {
    this.#announcement = text;
  }

  #field(name: 'reference' | 'proof'): HTMLInputElement | null | undefined {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${name}`);
  }

  /* ---------------------------------------------------------------------------------------- */
  /* The page URL (only with url-param)                                                        */

  #urlReference(): string | undefined {
    const name = this.urlParam?.trim();
    if (!name) return undefined;
    return new URL(location.href).searchParams.get(name)?.trim() || undefined;
  }

  #writeUrl(reference: string | undefined): void {
    const name = this.urlParam?.trim();
    if (!name) return;
    const url = new URL(location.href);
    if ((url.searchParams.get(name) ?? undefined) === reference) return;
    if (reference) url.searchParams.set(name, reference);
    else url.searchParams.delete(name);
    history.replaceState(history.state, '', url);
  }

  /* ---------------------------------------------------------------------------------------- */
  /* Rendering                                                                                 */

  protected override render(): TemplateResult {
    const lookup = this.locale.ready ? this.#lookup : { status: 'loading' as const };
    // Only what is loading is busy: the live region outside it is announced at once.
    return html`<section
      class="civic box"
      part="base"
      aria-labelledby="heading"
      aria-busy=${lookup.status === 'loading' ? 'true' : nothing}
    >
      <div class="heading" part="heading" role="heading" aria-level=${this.#level} id="heading">
        ${this.msg.requestStatus.heading}
      </div>
      ${
        lookup.status === 'ready'
          ? this.#form(lookup.lookup)
          : lookup.status === 'error'
            ? this.#lookupError(lookup.error)
            : html`<p class="visually-hidden">${this.msg.common.loading}</p>
                <span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span>`
      }
      <p class="visually-hidden" role="status" aria-atomic="true">${this.#announcement}</p>
      ${lookup.status === 'ready' ? this.#result(lookup.city) : nothing}
    </section>`;
  }

  #lookupError(error: CivicError): TemplateResult {
    const retry = !['unsupported', 'no-provider', 'config'].includes(error.code);
    return html`<div class="message error" part="error">
        ${stateIcons.rejected}
        <p>${this.errorMessage(error)}</p>
      </div>
      ${retry ? html`<button class="button secondary" type="button" @click=${this.#retryLookup}>${this.msg.request.retry}</button>` : nothing}`;
  }

  #form(lookup: RequestLookup): TemplateResult {
    const t = this.msg.requestStatus;
    const errors = { reference: this.#fieldMessage('reference', lookup), proof: this.#fieldMessage('proof', lookup) };
    // The example is kept on one line ("EC-2026-004211" must not break at its hyphens).
    const [before, after] = t.referenceHint('\u0000').split('\u0000');
    const hint = lookup.referenceExample
      ? html`${before}<span class="nowrap">${lookup.referenceExample}</span>${after}`
      : t.referenceHintPlain;
    return html`<form part="form" novalidate @submit=${this.#onSubmit}>
      <div class="field ${errors.reference ? 'invalid' : ''}">
        <label for="reference">${t.reference}</label>
        <p class="hint" id="reference-hint">${hint}</p>
        ${errors.reference ? html`<p class="field-error" id="reference-error">${stateIcons.rejected}<span>${errors.reference}</span></p>` : nothing}
        <input
          id="reference"
          name="reference"
          part="input"
          type="text"
          required
          maxlength="200"
          autocomplete="off"
          autocapitalize="characters"
          spellcheck="false"
          aria-describedby=${errors.reference ? 'reference-hint reference-error' : 'reference-hint'}
          aria-invalid=${errors.reference ? 'true' : nothing}
          .value=${live(this.#typed)}
          @input=${this.#onReferenceInput}
        />
      </div>
      ${lookup.proof ? this.#proofField(lookup.proof, errors.proof) : nothing}
      <div class="form-actions">
        <button
          class="button"
          type="submit"
          part="submit"
          aria-disabled=${this.#search.status === 'searching' ? 'true' : nothing}
        >
          ${t.submit}
        </button>
      </div>
    </form>`;
  }

  #proofField(proof: Proof, error: string | undefined): TemplateResult {
    const t = this.msg.requestStatus.proofs[proof];
    const input = INPUTS[proof];
    return html`<div class="field ${error ? 'invalid' : ''}">
      <label for="proof">${t.label}</label>
      <p class="hint" id="proof-hint">${t.hint}</p>
      ${error ? html`<p class="field-error" id="proof-error">${stateIcons.rejected}<span>${error}</span></p>` : nothing}
      <input
        id="proof"
        name="proof"
        part="input"
        type=${input.type}
        required
        maxlength="200"
        autocomplete=${input.autocomplete}
        inputmode=${input.inputmode ?? nothing}
        autocapitalize=${proof === 'email' ? 'none' : 'characters'}
        spellcheck=${String(input.spellcheck)}
        aria-describedby=${error ? 'proof-hint proof-error' : 'proof-hint'}
        aria-invalid=${error ? 'true' : nothing}
        .value=${live(this.#typedProof)}
        @input=${this.#onProofInput}
      />
    </div>`;
  }

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.#submit(true);
  };

  #onReferenceInput = (event: InputEvent): void => {
    this.#typed = (event.target as HTMLInputElement).value;
    // An error said goes as soon as the citizen corrects it; new ones wait for the next submit.
    if (
      this.#fieldErrors.reference &&
      this.#lookup.status === 'ready' &&
      !this.#validate(this.#lookup.lookup).reference
    ) {
      this.#fieldErrors = { ...this.#fieldErrors, reference: undefined };
      this.requestUpdate();
    }
  };

  #onProofInput = (event: InputEvent): void => {
    this.#typedProof = (event.target as HTMLInputElement).value;
    if (this.#fieldErrors.proof && this.#lookup.status === 'ready' && !this.#validate(this.#lookup.lookup).proof) {
      this.#fieldErrors = { ...this.#fieldErrors, proof: undefined };
      this.requestUpdate();
    }
  };

  #result(city: City): TemplateResult | typeof nothing {
    const search = this.#search;
    switch (search.status) {
      case 'idle':
        return nothing;
      case 'searching':
        return html`<div class="result searching" part="result" aria-busy="true">
          <p class="muted">${this.msg.requestStatus.searching}</p>
        </div>`;
      case 'error':
        return html`<div class="result" part="result">
          <div class="message error" part="error">
            ${stateIcons.rejected}
            <p>${this.errorMessage(search.error)}</p>
          </div>
        </div>`;
      case 'found':
        return this.#found(search.request, search.procedure, city);
    }
  }

  #found(found: CheckedRequest, procedure: Procedure | undefined, city: City): TemplateResult {
    const t = this.msg.request;
    const lang = this.locale.lang;
    const waiting = found.state === 'waiting-citizen';
    const nextStep = pickText(found.nextStep, lang);
    const title = (procedure && pickText(procedure.title, lang)) || pickText(found.procedureTitle, lang) || t.untitled;
    const level = Math.min(this.#level + 1, 6);
    return html`<div class="result" part="result">
      <article class="request" aria-labelledby="result-title">
        ${
          waiting
            ? html`<div class="callout" part="action-needed">
                ${stateIcons['waiting-citizen']}
                <div>
                  <p class="callout-title">${t.actionNeeded}</p>
                  <p>${nextStep || t.actionNeededDefault}</p>
                </div>
              </div>`
            : nothing
        }
        <div class="result-title" role="heading" aria-level=${level} id="result-title">${title}</div>
        <p class="reference">${t.reference(found.reference)}</p>
        ${stateLine(found.state, found.stateLabel, t)} ${this.#facts(found, procedure, city, waiting ? '' : nextStep)}
        <div class="subheading" role="heading" aria-level=${Math.min(level + 1, 6)} id="history">${t.history}</div>
        ${requestTimeline(found.history, { t, lang, timeZone: city.timeZone, labelledBy: 'history' })}
      </article>
      <button class="button secondary" type="button" part="new-search" @click=${this.#newSearch}>
        ${this.msg.requestStatus.newSearch}
      </button>
    </div>`;
  }

  #facts(
    found: CheckedRequest,
    procedure: Procedure | undefined,
    city: City,
    nextStep: string,
  ): TemplateResult | typeof nothing {
    const t = this.msg.request;
    const lang = this.locale.lang;
    const facts: [term: string, value: unknown, wide?: boolean][] = [];
    if (nextStep) facts.push([t.nextStep, nextStep, true]);
    if (OPEN.has(found.state)) {
      const expected = formatMoment(found.expectedDate, lang, city.timeZone, false);
      const usual = procedure?.processingTime;
      if (expected)
        facts.push([
          t.expected,
          t.expectedOn(expected, relativeDay(found.expectedDate!, this.#moment, lang, city.timeZone)),
        ]);
      else if (usual && usual.days > 0) {
        const note = pickText(usual.note, lang);
        facts.push([
          t.typical,
          html`${formatDays(usual.days, lang)}${note ? html` <span class="muted">${note}</span>` : nothing}`,
        ]);
      }
    }
    if (found.handledBy) facts.push([t.handledBy, found.handledBy]);
    const created = formatMoment(found.createdAt, lang, city.timeZone, false);
    if (created) facts.push([t.created, created]);
    const updated = formatMoment(found.updatedAt, lang, city.timeZone, false);
    if (updated) facts.push([t.updated, updated]);
    if (!facts.length) return nothing;
    return html`<dl class="facts" part="facts">
      ${facts.map(
        ([term, value, wide]) =>
          html`<div class=${wide ? 'wide' : ''}>
            <dt>${term}</dt>
            <dd>${value}</dd>
          </div>`,
      )}
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-request-status': CivicRequestStatus;
  }
}
