import { css } from 'lit';

/**
 * Tokens and host rules shared by every element (documented as CSS custom properties on
 * CivicElement, from which every element inherits them).
 *
 * Sizing rule: text is sized from `medium`, the reader's own default font size in the browser
 * settings, never from the page's root size. CMS themes that set `html { font-size: 62.5% }`
 * cannot shrink it, and a citizen who asked for larger text gets larger text. Inner sizes are in
 * `em`. A city can set `--civic-font-size` (a length, or `inherit` to follow the page's text).
 *
 * Colours follow the host page's `color-scheme`: a light page keeps light elements even on a
 * dark system; a page that declares `color-scheme: light dark` gets dark elements in dark mode.
 */
export const baseStyles = css`
  :host {
    --_text: var(--civic-color-text, light-dark(#1f2933, #e8edf2));
    --_muted: var(--civic-color-text-muted, light-dark(#52606d, #aab6c2));
    --_surface: var(--civic-color-surface, light-dark(#ffffff, #1c2530));
    --_border: var(--civic-color-border, light-dark(#c5ced8, #4a5866));
    --_accent: var(--civic-color-accent, light-dark(#1d5fa8, #8cc1ff));
    --_online: var(--civic-color-online, light-dark(#1e7b45, #6fd49a));
    --_partial: var(--civic-color-partial, light-dark(#a35200, #ffb870));
    --_offline: var(--civic-color-offline, light-dark(#5f6b7a, #a7b3c0));
    --_danger: var(--civic-color-danger, light-dark(#b3261e, #ffb4ab));
    --_radius: var(--civic-radius, 0.375em);
    --_space: var(--civic-space, 1em);
    color-scheme: inherit;
  }

  :host([hidden]) {
    display: none !important;
  }

  /* Every element's content sits in one .civic root. The host page's global rules
     ("* { color: red }") reach the host, not what is inside. */
  .civic {
    font-family: var(--civic-font-family, inherit);
    font-size: var(--civic-font-size, medium);
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  summary:focus-visible {
    outline: 0.15em solid var(--_accent);
    outline-offset: 0.15em;
  }

  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  svg {
    flex: none;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
