import { css } from 'lit';

/**
 * <civic-catalog>: the search form (box, then the two filters side by side when there is room),
 * then the results. Each result is its title and its badge on one line when there is room, the
 * summary on one line under them, and its theme.
 */
export const catalogStyles = css`
  .catalog {
    container-type: inline-size;
  }

  .search {
    display: grid;
    gap: 0.75em;
    margin-block-end: 1em;
  }

  .field,
  .filter {
    display: grid;
    gap: 0.25em;
    min-inline-size: 0;
  }

  label {
    font-weight: 700;
  }

  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: 0.75em;
  }

  .filters:empty {
    display: none;
  }

  select {
    padding-block: 0.35em;
    text-overflow: ellipsis;
  }

  select:disabled {
    opacity: 1;
    color: var(--_muted);
  }

  input:focus-visible,
  select:focus-visible {
    outline: 0.15em solid var(--_accent);
    outline-offset: 0.15em;
  }

  .count {
    margin: 0 0 0.25em;
    color: var(--_muted);
    font-size: 0.9375em;
    font-weight: 600;
  }

  .list {
    display: grid;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .result {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    grid-template-areas:
      'pin pin'
      'title badge'
      'summary summary'
      'theme theme';
    column-gap: 1em;
    align-items: baseline;
    padding-block: 0.7em;
    border-block-start: 1px solid var(--_border);
  }

  .result:first-child {
    border-block-start: 0;
    padding-block-start: 0.35em;
  }

  .result > * {
    margin: 0;
  }

  .result > .title {
    grid-area: title;
    font-weight: 600;
    line-height: 1.35;
  }

  .result > civic-online-badge {
    grid-area: badge;
    justify-self: end;
    font-size: 0.875em;
  }

  .title a {
    display: inline-block;
    padding-block: 0.1em;
  }

  /* The whole summary, wrapped: cut with an ellipsis, sighted readers (at 200% text, most of them)
     lost what screen readers still heard, with no way to read the rest. */
  .summary {
    grid-area: summary;
    color: var(--_text);
    font-size: 0.9375em;
  }

  .theme {
    grid-area: theme;
    color: var(--_muted);
    font-size: 0.8125em;
  }

  .pin {
    grid-area: pin;
    display: flex;
    align-items: flex-start;
    gap: 0.35em;
    color: var(--_accent);
    font-size: 0.875em;
    font-weight: 700;
  }

  .pin svg {
    inline-size: 1em;
    block-size: 1em;
    margin-block-start: 0.2em;
  }

  mark {
    border-radius: 0.15em;
    background: color-mix(in srgb, var(--_accent) 15%, var(--_surface));
    color: inherit;
    font-weight: 700;
  }

  .more {
    margin-block-start: 0.75em;
  }

  .none {
    display: grid;
    justify-items: start;
    gap: 0.5em;
  }

  .none-title {
    margin: 0;
    font-weight: 700;
  }

  .tips {
    margin: 0;
    padding-inline-start: 1.25em;
  }

  .results > .button {
    margin-block-start: 0.5em;
  }

  /* A result's usual height (title, summary, theme): the box does not grow when results come. */
  .ghost {
    display: block;
    box-sizing: border-box;
    min-block-size: 5.75em;
  }

  .bone {
    display: block;
    inline-size: 80%;
    block-size: 0.8em;
    margin-block: 0.25em 0.35em;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_border) 50%, transparent);
  }

  .bone.title {
    inline-size: 45%;
    block-size: 1em;
  }

  .bone.short {
    inline-size: 20%;
    block-size: 0.7em;
  }

  .count .bone {
    inline-size: 10em;
    block-size: 1em;
    margin-block: 0.25em;
  }

  /* Phones: the box gives its room to the text. */
  @media (max-width: 30em) {
    .box {
      padding: calc(var(--_space) * 0.9);
    }
  }

  /* Narrow boxes: the title on its own, the summary on two lines, the badge beside the theme. */
  @container (max-width: 30em) {
    .result {
      grid-template-columns: auto minmax(0, 1fr);
      grid-template-areas:
        'pin pin'
        'title title'
        'summary summary'
        'badge theme';
      column-gap: 0.6em;
      row-gap: 0.15em;
      align-items: center;
    }

    .result > civic-online-badge {
      justify-self: start;
      margin-block-start: 0.2em;
    }

    .theme {
      margin-block-start: 0.2em;
    }

    .ghost {
      min-block-size: 9.5em;
    }
  }

  @media (forced-colors: active) {
    mark {
      forced-color-adjust: none;
      background: Mark;
      color: MarkText;
    }

    .button {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;
