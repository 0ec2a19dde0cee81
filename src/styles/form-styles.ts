import { css } from 'lit';

/** Fields and buttons of the elements that have them (the catalog, the request tracker). */
export const formStyles = css`
  input,
  select {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2.75em;
    padding: 0.5em 0.65em;
    border: 2px solid var(--_muted);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }

  button {
    font: inherit;
    line-height: 1.3;
    cursor: pointer;
  }

  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.75em;
    padding: 0.5em 1.1em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_surface);
    font-weight: 700;
  }

  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }

  .button:hover {
    text-decoration: underline;
  }

  .button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
`;
