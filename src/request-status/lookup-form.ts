import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { acceptReference } from '../data/request-check.js';
import type { requestStatus } from '../localization/locales/fr.js';
import type { RequestLookup } from '../model.js';
import { stateIcons } from '../request/request-states.js';

/**
 * The form of <civic-request-status>: the reference field (with the backend's example as a hint),
 * the proof field the backend asks for, if any, and the checks made before anything is sent.
 */

export type Proof = NonNullable<RequestLookup['proof']>;

export interface FieldErrors {
  reference?: 'missing' | 'invalid';
  proof?: 'missing' | 'invalid';
}

const INPUTS: Record<Proof, { type: string; autocomplete: string; inputmode?: string; spellcheck: boolean }> = {
  email: { type: 'email', autocomplete: 'email', inputmode: 'email', spellcheck: false },
  postcode: { type: 'text', autocomplete: 'postal-code', spellcheck: false },
  code: { type: 'text', autocomplete: 'off', spellcheck: false },
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with each field; nothing when the lookup can go. */
export function checkFields(reference: string, proof: string, lookup: RequestLookup): FieldErrors {
  const errors: FieldErrors = {};
  if (!reference.trim()) errors.reference = 'missing';
  else if (!acceptReference(reference, lookup.referencePattern)) errors.reference = 'invalid';
  if (lookup.proof) {
    const given = proof.trim();
    if (!given) errors.proof = 'missing';
    else if (lookup.proof === 'email' && !EMAIL.test(given)) errors.proof = 'invalid';
  }
  return errors;
}

export interface LookupFormContext {
  t: typeof requestStatus;
  lookup: RequestLookup;
  reference: string;
  proof: string;
  errors: FieldErrors;
  /** A lookup is on its way: the button says so (`aria-disabled`) and a second submit is ignored. */
  searching: boolean;
  onSubmit: (event: SubmitEvent) => void;
  onReferenceInput: (event: InputEvent) => void;
  onProofInput: (event: InputEvent) => void;
}

/** The sentence for a field's problem, in the reader's language. */
function fieldMessage(field: keyof FieldErrors, { t, lookup, errors }: LookupFormContext): string | undefined {
  const problem = errors[field];
  if (!problem) return undefined;
  if (field === 'proof') return problem === 'invalid' ? t.emailInvalid : t.proofs[lookup.proof ?? 'code'].missing;
  if (problem === 'missing') return t.referenceMissing;
  return lookup.referenceExample ? t.referenceInvalid(lookup.referenceExample) : t.referenceInvalidPlain;
}

const fieldError = (id: string, error: string | undefined) =>
  error ? html`<p class="field-error" id=${id}>${stateIcons.rejected}<span>${error}</span></p>` : nothing;

export function lookupForm(context: LookupFormContext): TemplateResult {
  const { t, lookup } = context;
  const error = fieldMessage('reference', context);
  // The example is kept on one line ("EC-2026-004211" must not break at its hyphens).
  const [before, after] = t.referenceHint('\u0000').split('\u0000');
  const hint = lookup.referenceExample
    ? html`${before}<span class="nowrap">${lookup.referenceExample}</span>${after}`
    : t.referenceHintPlain;
  return html`<form part="form" novalidate @submit=${context.onSubmit}>
    <div class="field ${error ? 'invalid' : ''}">
      <label for="reference">${t.reference}</label>
      <p class="hint" id="reference-hint">${hint}</p>
      ${fieldError('reference-error', error)}
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
        aria-describedby=${error ? 'reference-hint reference-error' : 'reference-hint'}
        aria-invalid=${error ? 'true' : nothing}
        .value=${live(context.reference)}
        @input=${context.onReferenceInput}
      />
    </div>
    ${lookup.proof ? proofField(lookup.proof, context) : nothing}
    <div class="form-actions">
      <button class="button" type="submit" part="submit" aria-disabled=${context.searching ? 'true' : nothing}>
        ${t.submit}
      </button>
    </div>
  </form>`;
}

function proofField(proof: Proof, context: LookupFormContext): TemplateResult {
  const t = context.t.proofs[proof];
  const input = INPUTS[proof];
  const error = fieldMessage('proof', context);
  return html`<div class="field ${error ? 'invalid' : ''}">
    <label for="proof">${t.label}</label>
    <p class="hint" id="proof-hint">${t.hint}</p>
    ${fieldError('proof-error', error)}
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
      .value=${live(context.proof)}
      @input=${context.onProofInput}
    />
  </div>`;
}
