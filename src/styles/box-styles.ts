import { css } from 'lit';

/**
 * The card every box shares (CivicBox): the box and its heading, paragraphs and muted text,
 * disclosures, messages and the loading skeleton. What the procedure boxes list (entries, hours,
 * addresses, actions) is in entry-styles.ts.
 */
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

  p {
    margin: 0.25em 0;
  }

  .muted {
    color: var(--_muted);
    font-size: 0.9375em;
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
  }
`;
