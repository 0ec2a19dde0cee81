import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { boxFailure, CivicBox } from '../base/civic-box.js';
import { ResourceController } from '../base/resource-controller.js';
import type { CivicError } from '../core/civic-error.js';
import { LiveAnnouncer } from '../controllers/live-announcer.js';
import { UrlParams } from '../controllers/url-params.js';
import { cityOf, DEFAULT_CITY } from '../data/city.js';
import { acceptReference, type CheckedRequest } from '../data/request-check.js';
import { findRequest, requestLookup } from '../data/request-store.js';
import { common, request, requestStatus } from '../localization/locales/fr.js';
import type { City, Procedure, RequestLookup } from '../model.js';
import { requestErrorMessage } from '../request/request-errors.js';
import { stateIcons, stateWords } from '../request/request-states.js';
import { requestStyles } from '../request/request-styles.js';
import { formStyles } from '../styles/form-styles.js';
import { checkFields, lookupForm, type FieldErrors } from './lookup-form.js';
import { lookupResult } from './lookup-result.js';
import { requestStatusStyles } from './request-status.styles.js';

/** What the backend asks before a lookup, and the city whose days the dates are. */
interface Lookup {
  lookup: RequestLookup;
  city: City;
}

/** One lookup the citizen asked for: a new object for each, even with the same reference. */
interface Query {
  reference: string;
  proof?: string;
}

/**
 * Detail of `civic-load`: the state only. The event crosses the whole page (analytics, tag
 * managers listen there): a citizen's reference and case notes never travel in it.
 */
export interface RequestLoadDetail {
  state: CheckedRequest['state'];
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
export class CivicRequestStatus extends CivicBox {
  protected static override french = { common, request, requestStatus };

  static override styles = [...CivicBox.styles, formStyles, requestStyles, requestStatusStyles];

  static override properties = {
    ...CivicBox.properties,
    reference: {},
    proof: {},
    autoload: { type: Boolean },
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
   * Opt-in: the name of a query parameter of the page URL to read the reference from, and to keep
   * up to date with the reference shown (`history.replaceState`). Without it, the reference never
   * goes into the URL.
   * @attr url-param
   */
  urlParam?: string;

  #typed = '';
  #typedProof = '';
  #fieldErrors: FieldErrors = {};
  #query?: Query;
  #autoloaded = false;

  readonly #announcer = new LiveAnnouncer(this);
  readonly #url = new UrlParams(this, () => (this.#urlName ? [this.#urlName] : []));

  /** The backend's lookup settings (reference format, proof asked): the form waits for them. */
  readonly #lookup = new ResourceController<Lookup>(this, () => this.provider.value, {
    args: () => 'request-lookup',
    load: async (store, _args, signal) => {
      const [lookup, city] = await Promise.all([
        requestLookup(store, signal),
        cityOf(store, signal).catch(() => DEFAULT_CITY),
      ]);
      return { lookup, city };
    },
    failed: (error) => this.#announcer.say(this.errorMessage(error)),
  });

  /** The request the citizen asked for, once they submit. */
  readonly #search = new ResourceController<CheckedRequest, Query>(this, () => this.provider.value, {
    args: () => this.#query,
    load: (store, { reference, proof }, signal) => findRequest(store, reference, proof, signal),
    loaded: (found): RequestLoadDetail => {
      this.#writeUrl(found.reference);
      const t = this.msg;
      this.#announcer.say(
        found.state === 'waiting-citizen'
          ? t.requestStatus.foundActionNeeded(found.reference)
          : t.requestStatus.found(found.reference, stateWords(found.state, found.stateLabel, t.request).words),
      );
      return { state: found.state };
    },
    failed: (error) => this.#announcer.say(this.errorMessage(error)),
  });

  /** The request's procedure from the catalog, when the adapter knows it: its title and usual time. */
  readonly #procedure = new ResourceController<Procedure>(this, () => this.provider.value, {
    args: () => this.#search.value?.procedureId,
    load: (store, id, signal) => store.procedure(id, signal),
    quiet: true,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // A lookup cut short is not asked again behind the citizen's back.
    if (this.#search.state.status === 'loading') this.#query = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('reference')) this.#typed = this.reference ?? '';
    if (changed.has('proof')) this.#typedProof = this.proof ?? '';
    if (changed.has('urlParam') && this.#urlName) {
      const fromUrl = this.#url.read()[this.#urlName];
      if (fromUrl) this.#typed = fromUrl;
    }
    // Only when everything asked is prefilled: a link with the reference alone just fills it in.
    const lookup = this.#lookup.value?.lookup;
    if (
      lookup &&
      this.autoload &&
      !this.#autoloaded &&
      this.#typed.trim() &&
      (!lookup.proof || this.#typedProof.trim())
    ) {
      this.#autoloaded = true;
      this.#submit(false);
    }
  }

  protected heading(): string {
    return this.msg.requestStatus.heading;
  }

  protected override errorMessage(error: CivicError): string {
    if (error.code === 'wrong-proof')
      return this.msg.requestStatus.proofs[this.#lookup.value?.lookup.proof ?? 'code'].wrong;
    return requestErrorMessage(error, this.msg.request) ?? super.errorMessage(error);
  }

  get #urlName(): string | undefined {
    return this.urlParam?.trim() || undefined;
  }

  #writeUrl(reference: string | undefined): void {
    if (this.#urlName) this.#url.write({ [this.#urlName]: reference });
  }

  /* ---------------------------------------------------------------------------------------- */
  /* The citizen's actions                                                                     */

  #submit(fromUser: boolean): void {
    const lookup = this.#lookup.value?.lookup;
    if (!lookup || this.#search.state.status === 'loading') return;
    this.#fieldErrors = checkFields(this.#typed, this.#typedProof, lookup);
    this.requestUpdate();
    if (this.#fieldErrors.reference || this.#fieldErrors.proof) {
      // Only a citizen's own submit moves focus, to the field to correct.
      if (fromUser)
        void this.updateComplete.then(() => this.#field(this.#fieldErrors.reference ? 'reference' : 'proof')?.focus());
      return;
    }
    this.dispatchEvent(new CustomEvent('civic-request-submit', { detail: {}, bubbles: true, composed: true }));
    this.#query = {
      reference: acceptReference(this.#typed, lookup.referencePattern)!,
      proof: lookup.proof ? this.#typedProof.trim() : undefined,
    };
    this.#announcer.say(this.msg.requestStatus.searching);
  }

  #newSearch = (): void => {
    this.#query = undefined;
    this.#typed = '';
    this.#typedProof = '';
    this.#fieldErrors = {};
    this.#announcer.clear();
    this.#writeUrl(undefined);
    this.requestUpdate();
    // The citizen asked for it: the form's first field is where they go on.
    void this.updateComplete.then(() => this.#field('reference')?.focus());
  };

  #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    this.#submit(true);
  };

  /** An error said goes as soon as the citizen corrects it; new ones wait for the next submit. */
  #onInput(field: keyof FieldErrors, event: InputEvent): void {
    const value = (event.target as HTMLInputElement).value;
    if (field === 'reference') this.#typed = value;
    else this.#typedProof = value;
    const lookup = this.#lookup.value?.lookup;
    if (this.#fieldErrors[field] && lookup && !checkFields(this.#typed, this.#typedProof, lookup)[field]) {
      this.#fieldErrors = { ...this.#fieldErrors, [field]: undefined };
      this.requestUpdate();
    }
  }

  #onReferenceInput = (event: InputEvent): void => this.#onInput('reference', event);
  #onProofInput = (event: InputEvent): void => this.#onInput('proof', event);

  #field(name: 'reference' | 'proof'): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`#${name}`);
  }

  /* ---------------------------------------------------------------------------------------- */
  /* Rendering                                                                                 */

  protected override render(): TemplateResult {
    const state = this.locale.ready ? this.#lookup.state : { status: 'loading' as const };
    // Only what is loading is busy: the live region outside it is announced at once.
    return this.box(
      html`${
        state.status === 'ready'
          ? lookupForm({
              t: this.msg.requestStatus,
              lookup: state.value.lookup,
              reference: this.#typed,
              proof: this.#typedProof,
              errors: this.#fieldErrors,
              searching: this.#search.state.status === 'loading',
              onSubmit: this.#onSubmit,
              onReferenceInput: this.#onReferenceInput,
              onProofInput: this.#onProofInput,
            })
          : state.status === 'error'
            ? boxFailure(state.error, this.errorMessage(state.error), {
                icon: stateIcons.rejected,
                retry: () => this.#lookup.reload(),
                retryLabel: this.msg.request.retry,
              })
            : this.skeleton()
      }
      ${this.#announcer.region()} ${state.status === 'ready' ? this.#result(state.value.city) : nothing}`,
      { busy: state.status === 'loading' },
    );
  }

  #result(city: City): TemplateResult | typeof nothing {
    return lookupResult(this.#search.state, {
      msg: this.msg,
      lang: this.locale.lang,
      city,
      now: this.moment,
      level: this.sublevel,
      procedure: this.#procedure.value,
      errorMessage: (error) => this.errorMessage(error),
      onNewSearch: this.#newSearch,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'civic-request-status': CivicRequestStatus;
  }
}
