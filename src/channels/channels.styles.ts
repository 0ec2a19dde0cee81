import { css } from 'lit';

export const channelsStyles = css`
  .recommended {
    margin-inline: calc(var(--_space) * -0.5);
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 0.5);
    border: 0;
    border-inline-start: 0.25em solid var(--_accent);
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_accent) 6%, var(--_surface));
  }

  .recommended + .entry {
    border-block-start: 0;
  }

  .big {
    font-size: 1.125em;
    font-weight: 700;
  }

  .needed {
    margin: 0.25em 0;
    padding-inline-start: 1.25em;
  }

  .modes {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0.4em 0;
    padding: 0;
    list-style: none;
  }

  .modes li {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.875em;
  }

  .map {
    display: inline-block;
    margin-block: 0.15em;
  }
`;
