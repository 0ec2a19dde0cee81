import { css } from 'lit';

export const relatedStyles = css`
  /* Title, then badge, then summary: the same place for every badge, however long the title. */
  .related a[part='link'] {
    display: block;
    font-weight: 600;
  }

  .related civic-online-badge {
    margin-block: 0.3em 0.1em;
  }
`;
