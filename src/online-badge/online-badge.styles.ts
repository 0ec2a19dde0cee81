import { css } from 'lit';

export const onlineBadgeStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    box-sizing: border-box;
    max-inline-size: 100%;
    padding: 0.15em 0.65em 0.15em 0.5em;
    border: 1px solid var(--_tone);
    border-radius: var(--civic-radius, 999px);
    background: color-mix(in srgb, var(--_tone) 10%, var(--_surface));
    font-size: 0.875em;
    font-weight: 600;
    line-height: 1.4;
    text-decoration: none;
    color: var(--_text);
  }

  a.badge:hover {
    background: color-mix(in srgb, var(--_tone) 20%, var(--_surface));
  }

  a.badge:hover .label,
  a.badge:focus-visible .label {
    text-decoration: underline;
  }

  .icon {
    color: var(--_tone);
  }

  /* Every label is laid out in the same cell and only the current one is visible, so the badge
     has the same size while loading and once loaded: no layout shift in lists. */
  .labels {
    display: inline-grid;
  }

  .labels > * {
    grid-area: 1 / 1;
    visibility: hidden;
  }

  .labels > .current {
    visibility: visible;
  }

  .full {
    --_tone: var(--_online);
  }

  .partial {
    --_tone: var(--_partial);
  }

  .none {
    --_tone: var(--_offline);
  }

  .loading {
    --_tone: var(--_border);
    color: var(--_muted);
  }

  .loading .icon {
    opacity: 0.5;
  }

  .error {
    --_tone: var(--_danger);
    font-weight: 400;
  }

  .arrow {
    inline-size: 0.75em;
    block-size: 0.75em;
    color: currentColor;
  }

  .arrow.blank {
    visibility: hidden;
  }

  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
      background: Canvas;
      color: CanvasText;
    }

    a.badge {
      color: LinkText;
      border-color: LinkText;
    }

    .icon {
      color: currentColor;
    }
  }
`;
