import { css } from 'lit';

/** The list every procedure-page box shows (channels, information, related): entries, each with its kind and icon. */
export const entryStyles = css`
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
`;
