import { css } from 'lit';

export const requestStatusStyles = css`
  form {
    display: grid;
    gap: 1em;
    max-inline-size: 34em;
  }

  .field {
    display: grid;
    gap: 0.25em;
  }

  label {
    font-weight: 700;
  }

  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .invalid input {
    border-color: var(--_danger);
  }

  .field-error {
    display: flex;
    align-items: flex-start;
    gap: 0.4em;
    margin: 0;
    color: var(--_danger);
    font-weight: 600;
  }

  .field-error svg,
  .message svg {
    margin-block-start: 0.15em;
  }

  .message.error {
    align-items: flex-start;
  }

  .message p {
    margin: 0;
  }

  .result {
    margin-block-start: 1.25em;
    padding-block-start: 1.25em;
    border-block-start: 1px solid var(--_border);
  }

  .result-title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }

  .subheading {
    margin: 1em 0 0.25em;
    font-weight: 700;
  }

  .result > .button {
    margin-block-start: 1.25em;
  }

  .box > .button {
    margin-block-start: 0.5em;
  }
`;
