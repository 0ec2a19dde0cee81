import { css } from 'lit';

export const requestListStyles = css`
  .requests {
    display: grid;
    gap: 0;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .request {
    padding-block: 1em;
    border-block-start: 1px solid var(--_border);
  }

  .request:first-child {
    border-block-start: 0;
    padding-block-start: 0.25em;
  }

  .request:last-child {
    padding-block-end: 0;
  }

  .request-title {
    margin: 0;
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.3;
  }

  .request .facts {
    margin-block: 0.5em;
  }

  .summary {
    align-items: center;
  }

  .filter {
    margin: 0 0 1em;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  legend {
    padding: 0;
    margin-block-end: 0.35em;
    font-weight: 700;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }

  .chip {
    position: relative;
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    min-block-size: 2.5em;
    box-sizing: border-box;
    padding: 0.3em 0.8em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    white-space: nowrap;
    cursor: pointer;
  }

  @media (max-width: 30em) {
    .chip {
      min-block-size: 2.25em;
      padding: 0.2em 0.65em;
      font-size: 0.9375em;
    }
  }

  .chip svg {
    color: var(--_tone);
  }

  .chip input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }

  .chip:has(input:checked) {
    border: 2px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 10%, var(--_surface));
    font-weight: 700;
  }

  .chip:has(input:focus-visible) {
    outline: 0.15em solid var(--_accent);
    outline-offset: 0.15em;
  }

  .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }

  .message.sign-in {
    align-items: flex-start;
    font-weight: 600;
  }

  .message p {
    margin: 0;
  }

  .box > .button {
    margin-block-start: 0.5em;
  }

  ::slotted([slot='sign-in']) {
    display: inline-block;
    margin-block-start: 0.5em;
  }

  @media (forced-colors: active) {
    .chip:has(input:checked) {
      border-color: Highlight;
    }
  }
`;
