import { svg, type SVGTemplateResult } from 'lit';
import type { OnlineAvailability } from '../model.js';

/**
 * One shape per status (check, half disc, bar, warning), so the status never rests on colour
 * alone. Decorative: the text says the same.
 */
const frame = (body: SVGTemplateResult) =>
  svg`<svg part="icon" class="icon" viewBox="0 0 16 16" width="1em" height="1em" aria-hidden="true" focusable="false">${body}</svg>`;

export const statusIcons: Record<OnlineAvailability | 'error', SVGTemplateResult> = {
  full: frame(
    // A ring and a tick, both in the tone: a tick cut out in the surface colour vanished on a city's
    // dark surface and under forced colours (where the disc turns CanvasText, the surface does not).
    svg`<path d="M4.6 8.3l2.2 2.2 4.6-4.8" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"/><circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5"/>`,
  ),
  partial: frame(
    svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M8 1.5a6.5 6.5 0 0 1 0 13z" fill="currentColor"/>`,
  ),
  none: frame(
    svg`<circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" stroke-width="1.5"/><path d="M4.75 8h6.5" stroke="currentColor" stroke-width="1.8" stroke-linecap="round"/>`,
  ),
  error: frame(
    svg`<path d="M8 1.5l6.75 12.5H1.25z" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linejoin="round"/><path d="M8 6v3.5" stroke="currentColor" stroke-width="1.6" stroke-linecap="round"/><circle cx="8" cy="11.75" r="0.9" fill="currentColor"/>`,
  ),
};
