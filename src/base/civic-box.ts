import { html, nothing, type TemplateResult } from 'lit';
import { headingLevelOf, momentOf } from '../core/attribute-values.js';
import type { CivicError } from '../core/civic-error.js';
import { baseStyles } from '../styles/base-styles.js';
import { boxStyles } from '../styles/box-styles.js';
import { CivicElement } from './civic-element.js';

/** Failures that trying again cannot mend: the page's or the backend's set-up. */
const FOR_GOOD: readonly CivicError['code'][] = ['unsupported', 'no-provider', 'config'];

/** Whether a "try again" button makes sense for this failure. */
export function retryable(error: CivicError): boolean {
  return !FOR_GOOD.includes(error.code);
}

export interface BoxOptions {
  /** The classes of the section (`civic box` and the element's own). */
  classes?: string;
  /** Something in the box is loading (`aria-busy`). */
  busy?: boolean;
}

export interface FailureOptions {
  /** A shape beside the message, so it is not told by colour alone. */
  icon?: unknown;
  /** The message's class beside `message` (`error` by default). */
  kind?: string;
  /** Said at once by screen readers (`role=status`). */
  status?: boolean;
  /** What comes between the message and the retry button (a slot…). */
  after?: unknown;
  /** Tries again; no button without it, nor for failures that trying again cannot mend. */
  retry?: () => void;
  retryLabel?: string;
}

/**
 * The titled card every box of the library is: a section (`part="base"`) labelled by its heading
 * (`part="heading"`, at the level the page asks), the moment `now` for previews and tests, the
 * skeleton while loading, and the message (with "try again") when the content cannot be shown.
 */
export abstract class CivicBox extends CivicElement {
  static override styles = [baseStyles, boxStyles];

  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    now: {},
  };

  /**
   * Level of the box's heading (2 to 6) in the page's outline; what the box lists is one below.
   * @attr heading-level
   */
  headingLevel = 2;

  /**
   * The moment the box shows things at ("open now", "expected in 3 days", highlights still
   * shown), as ISO 8601, for previews and tests; the real time when absent.
   * @attr now
   */
  now?: string;

  /** The id of the heading in the box's shadow root. */
  protected readonly headingId: string = 'heading';

  /** The box's title, in the reader's language. */
  protected abstract heading(): string;

  protected get level(): number {
    return headingLevelOf(this.headingLevel);
  }

  /** The level of what the box lists, one below its heading. */
  protected get sublevel(): number {
    return Math.min(this.level + 1, 6);
  }

  protected get moment(): Date {
    return momentOf(this.now);
  }

  protected box(body: unknown, { classes = 'civic box', busy = false }: BoxOptions = {}): TemplateResult {
    return html`<section
      class=${classes}
      part="base"
      aria-labelledby=${this.headingId}
      aria-busy=${busy ? 'true' : nothing}
    >
      <div class="heading" part="heading" role="heading" aria-level=${this.level} id=${this.headingId}>
        ${this.heading()}
      </div>
      ${body}
    </section>`;
  }

  /** The room of the content while it loads, said as loading to screen readers. */
  protected skeleton(): TemplateResult {
    return html`<p class="visually-hidden">${this.msg.common.loading}</p>
      <span class="skeleton"></span><span class="skeleton"></span><span class="skeleton"></span>`;
  }
}

/**
 * Why a box's content cannot be shown (`message`, the error's sentence), and a button to try
 * again when that may help. A function beside the class rather than a method, so that boxes that
 * never offer to try again do not carry it.
 */
export function boxFailure(error: CivicError, message: string, options: FailureOptions = {}): TemplateResult {
  const { icon, kind = 'error', status = false, after, retry, retryLabel } = options;
  return html`<div class="message ${kind}" part="error" role=${status ? 'status' : nothing}>
      ${icon ?? nothing}
      <p>${message}</p>
    </div>
    ${after ?? nothing}
    ${
      retry && retryable(error)
        ? html`<button class="button secondary" type="button" @click=${retry}>${retryLabel}</button>`
        : nothing
    }`;
}
