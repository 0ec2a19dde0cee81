import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { ShownState } from '../data/request-check.js';
import type { request } from '../localization/locales/fr.js';

/**
 * The seven states of a request (and `unknown`) as words and a shape, so that no state is told
 * by colour alone: a tray (received), a clock (in progress), a person with "!" (waiting for the
 * citizen), an hourglass (waiting for a decision), a tick (done), a cross (rejected), a barred
 * circle (cancelled), a question mark (unknown). Icons are decorative: the words say the state.
 */
const icon = (body: SVGTemplateResult) =>
  svg`<svg class="state-icon" viewBox="0 0 24 24" width="1.25em" height="1.25em" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body}</svg>`;

export const stateIcons: Record<ShownState | 'step', SVGTemplateResult> = {
  received: icon(svg`<path d="M3 13h5l1.5 2.5h5L16 13h5"/><path d="M3 13l2.5-7.5h13L21 13v6H3z"/>`),
  'in-progress': icon(svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3.5 2"/>`),
  'waiting-citizen': icon(
    svg`<circle cx="9" cy="7.5" r="3.5"/><path d="M2.5 20.5a6.5 6.5 0 0 1 13 0"/><path d="M20 5v8"/><path d="M20 17.5v.01"/>`,
  ),
  'waiting-decision': icon(
    svg`<path d="M6 3h12M6 21h12"/><path d="M7.5 3c0 5 9 5 9 9s-9 4-9 9M16.5 3c0 5-9 5-9 9s9 4 9 9"/>`,
  ),
  done: icon(svg`<circle cx="12" cy="12" r="9"/><path d="M7.5 12.5l3 3 6-6.5"/>`),
  rejected: icon(svg`<circle cx="12" cy="12" r="9"/><path d="M9 9l6 6M15 9l-6 6"/>`),
  cancelled: icon(svg`<circle cx="12" cy="12" r="9"/><path d="M5.7 5.7l12.6 12.6"/>`),
  unknown: icon(
    svg`<circle cx="12" cy="12" r="9"/><path d="M9.6 9.3a2.5 2.5 0 1 1 3.4 2.6c-.6.3-1 .8-1 1.5v.3M12 16.8v.01"/>`,
  ),
  /** An event that tells no state (a note only). */
  step: icon(svg`<circle cx="12" cy="12" r="3" fill="currentColor"/>`),
};

type RequestWords = typeof request;

/** States in which an expected date or a usual processing time still means something. */
export const OPEN_STATES: ReadonlySet<ShownState> = new Set<ShownState>([
  'received',
  'in-progress',
  'waiting-citizen',
  'waiting-decision',
  'unknown',
]);

/** Our words for a state, and the backend's own wording when it says something else. */
export function stateWords(
  state: ShownState | undefined,
  label: string | undefined,
  t: RequestWords,
): { words: string; original?: string } {
  if (!state || state === 'unknown') return { words: label || (state ? t.states.unknown : '') };
  const words = t.states[state];
  const same = (a: string) => a.trim().toLocaleLowerCase().replace(/\s+/g, ' ');
  return label && same(label) !== same(words) ? { words, original: label } : { words };
}

/** The state as a line: shape, words, and the backend's wording beside when it differs. */
export function stateLine(
  state: ShownState,
  label: string | undefined,
  t: RequestWords,
  part = 'state',
): TemplateResult {
  const { words, original } = stateWords(state, label, t);
  return html`<p class="state-line state-${state}" part=${part}>
    <span class="state-words">${stateIcons[state]}<span>${words}</span></span
    >${original ? html`<span class="original">${t.original(original)}</span>` : nothing}
  </p>`;
}
