import { css } from 'lit';

/**
 * The ways to reach a service (channels and information boxes): places and addresses, opening
 * hours ("open now" dot, week table, coming changes), tags and the main action links.
 */
export const wayStyles = css`
  .tag {
    display: inline-block;
  }

  .place {
    font-weight: 600;
  }

  .phone {
    white-space: nowrap;
  }

  .label {
    font-weight: 600;
  }

  address {
    font-style: normal;
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

  @media (forced-colors: active) {
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
