import { css } from 'lit';

/** The card the procedure-page boxes share: heading, list of entries, hours, addresses. */
export const boxStyles = css`
  :host {
    display: block;
  }

  .box {
    box-sizing: border-box;
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  .heading {
    margin: 0 0 calc(var(--_space) * 0.75);
    font-size: 1.25em;
    font-weight: 700;
    line-height: 1.3;
  }

  ul.entries {
    display: grid;
    gap: calc(var(--_space) * 0.75);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .entry {
    padding: calc(var(--_space) * 0.75) 0 0;
    border-block-start: 1px solid var(--_border);
  }

  .entry:first-child {
    padding-block-start: 0;
    border: 0;
  }

  .entry-title {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    margin: 0 0 0.25em;
    font-size: 1em;
    font-weight: 700;
  }

  .entry-title svg {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin-block-start: 0.05em;
    color: var(--_accent);
  }

  .entry-title > :not(svg) {
    flex: 1 1 auto;
    min-inline-size: 0;
  }

  .tag {
    display: inline-block;
  }

  .place {
    font-weight: 600;
  }

  .phone {
    white-space: nowrap;
  }

  p {
    margin: 0.25em 0;
  }

  .label {
    font-weight: 600;
  }

  address {
    font-style: normal;
  }

  .muted {
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .state {
    display: flex;
    align-items: baseline;
    gap: 0.4em;
    font-weight: 600;
  }

  .dot {
    flex: none;
    inline-size: 0.6em;
    block-size: 0.6em;
    border-radius: 50%;
    background: var(--_offline);
  }

  .open .dot {
    background: var(--_online);
  }

  .why {
    font-weight: 400;
  }

  details {
    margin-block: 0.25em;
  }

  summary {
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    inline-size: fit-content;
  }

  table {
    border-collapse: collapse;
    margin-block: 0.5em;
    inline-size: 100%;
    max-inline-size: 28em;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25em;
  }

  th,
  td {
    padding: 0.25em 0.5em 0.25em 0;
    text-align: start;
    vertical-align: top;
    border-block-end: 1px solid var(--_border);
  }

  thead th {
    font-size: 0.875em;
    color: var(--_muted);
  }

  tbody th {
    font-weight: 400;
    text-transform: capitalize;
  }

  tr[aria-current] {
    font-weight: 700;
  }

  tr[aria-current] th {
    font-weight: 700;
  }

  .changes {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
  }

  .action {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    margin-block: 0.25em;
    padding: 0.45em 0.9em;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_surface);
    font-weight: 600;
    text-decoration: none;
  }

  .action:hover {
    text-decoration: underline;
  }

  .tag {
    padding: 0 0.5em;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    color: var(--_accent);
    font-size: 0.8125em;
    font-weight: 600;
  }

  .message {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
  }

  .message.error {
    color: var(--_danger);
  }

  .skeleton {
    display: block;
    block-size: 1em;
    margin-block: 0.75em;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_border) 50%, transparent);
  }

  .skeleton:nth-of-type(2) {
    inline-size: 60%;
  }

  .skeleton:nth-of-type(3) {
    inline-size: 75%;
  }

  @media (forced-colors: active) {
    .box {
      border-color: CanvasText;
    }

    .action {
      border: 1px solid ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }

    .dot {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }
`;
