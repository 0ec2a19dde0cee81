import { css } from 'lit';

/**
 * What <civic-request-status> and <civic-request-list> share: state lines (shape + words, the
 * colour only repeats them), the "waiting for you" call-out, facts, the timeline, buttons.
 */
export const requestStyles = css`
  .state-line {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin: 0.25em 0;
  }

  .state-words {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.15em 0.7em 0.15em 0.45em;
    border: 1px solid currentColor;
    border-radius: 1em;
    font-weight: 700;
    color: var(--_tone);
    background: color-mix(in srgb, var(--_tone) 8%, var(--_surface));
  }

  .state-words > span {
    color: var(--_text);
  }

  .original {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .state-received,
  .state-in-progress,
  .state-waiting-decision {
    --_tone: var(--_accent);
  }

  .state-waiting-citizen {
    --_tone: var(--_partial);
  }

  .state-done {
    --_tone: var(--_online);
  }

  .state-rejected {
    --_tone: var(--_danger);
  }

  .state-cancelled,
  .state-unknown,
  .state-step {
    --_tone: var(--_offline);
  }

  .reference {
    margin: 0;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }

  .callout {
    display: flex;
    gap: 0.6em;
    margin-block: 0.5em 1em;
    padding: 0.75em 0.9em;
    border: 1px solid var(--_partial);
    border-inline-start-width: 0.35em;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_partial) 8%, var(--_surface));
  }

  .callout > svg {
    inline-size: 1.5em;
    block-size: 1.5em;
    color: var(--_partial);
  }

  .callout-title {
    margin: 0;
    font-weight: 700;
  }

  .callout p {
    margin: 0.15em 0 0;
  }

  .facts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 13em), 1fr));
    gap: 0.6em 1.25em;
    margin: 0.75em 0;
  }

  .facts > div {
    min-inline-size: 0;
  }

  /* The next step is a sentence: it gets the whole line. */
  .facts > .wide {
    grid-column: 1 / -1;
  }

  /* A sentence (the next step) reads better in regular weight. */
  .facts > .wide dd {
    max-inline-size: 40em;
    font-weight: 400;
  }

  .facts dt {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .facts dd {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .facts dd .muted {
    display: block;
    font-weight: 400;
  }

  .timeline {
    margin: 0.5em 0 0;
    padding: 0;
    list-style: none;
  }

  .event {
    position: relative;
    display: grid;
    grid-template-columns: 1.5em minmax(0, 1fr);
    gap: 0 0.75em;
    padding-block-end: 0.9em;
  }

  .event::before {
    content: '';
    position: absolute;
    inset-block: 1.75em 0.2em;
    inset-inline-start: calc(0.75em - 1px);
    border-inline-start: 2px solid var(--_border);
  }

  .event:last-child {
    padding-block-end: 0;
  }

  .event:last-child::before {
    display: none;
  }

  .marker {
    display: flex;
    justify-content: center;
    padding-block-start: 0.1em;
    color: var(--_tone);
  }

  .marker svg {
    inline-size: 1.5em;
    block-size: 1.5em;
  }

  .event-body p {
    margin: 0;
  }

  .event-date {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .event-state {
    font-weight: 700;
  }

  .note {
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  .note-preview:has(+ details[open]) {
    display: none;
  }

  /* Phones: the box and the call-out give their room to the text. */
  @media (max-width: 30em) {
    .box {
      padding: calc(var(--_space) * 0.9);
    }

    .callout {
      padding: 0.6em 0.7em;
    }
  }

  .nowrap {
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    .state-words,
    .callout {
      border-color: CanvasText;
    }

    .button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;
