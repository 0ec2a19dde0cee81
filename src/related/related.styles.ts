import { css } from 'lit';

export const relatedStyles = css`
  .related .entry {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 0.75em;
  }

  .related a[part='link'] {
    font-weight: 600;
  }

  .related .muted {
    flex-basis: 100%;
  }
`;
