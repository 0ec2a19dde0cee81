import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';

/**
 * Controls and the docs tables come from custom-elements.json (`npm run analyze`). Only the
 * public API is kept: the analyzer also lists protected and `#private` members, which would
 * otherwise show up as controls.
 */
type Member = { kind?: string; name: string; privacy?: string };
type Declaration = { members?: Member[] };
type Manifest = { modules: { declarations?: Declaration[] }[] };

function publicApi(source: Manifest): Manifest {
  return {
    ...source,
    modules: source.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) => ({
        ...declaration,
        members: declaration.members?.filter((m) => (m.privacy ?? 'public') === 'public' && !m.name.startsWith('#')),
      })),
    })),
  };
}

setCustomElementsManifest(publicApi(manifest as Manifest));

/** Page colours behind the elements, per colour scheme, so dark mode is visible in the canvas. */
const pageColours = {
  light: { background: '#ffffff', color: '#1f2933' },
  dark: { background: '#121a22', color: '#e8edf2' },
} as const;

/**
 * The toolbar's language and colour scheme are applied to a wrapper element, the way a city's
 * page would set them: the elements read the closest `lang` and inherit `color-scheme`.
 */
const withPageSettings: Decorator = (story, { globals, viewMode }) => {
  const scheme: keyof typeof pageColours = globals.scheme === 'dark' ? 'dark' : 'light';
  const style = {
    colorScheme: scheme,
    ...pageColours[scheme],
    padding: '1rem',
    fontFamily: 'system-ui, sans-serif',
    boxSizing: 'border-box',
    minBlockSize: viewMode === 'story' ? '100vh' : 'auto',
  };
  return html`<div lang=${globals.lang ?? 'fr'} style=${styleMap(style)}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withPageSettings],
  globalTypes: {
    lang: {
      description: 'Language of the page (the `lang` around the elements)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'fr', title: 'Français', right: 'fr' },
          { value: 'en', title: 'English', right: 'en' },
        ],
        dynamicTitle: true,
      },
    },
    scheme: {
      description: 'Colour scheme of the page (`color-scheme` around the elements)',
      toolbar: {
        title: 'Colour scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'fr', scheme: 'light' },
  parameters: {
    // The decorator's wrapper paints the whole canvas (dark mode included).
    layout: 'fullscreen',
    controls: { matchers: { date: /Date$/i } },
    // 'error' makes a11y violations fail the story in the Vitest addon / test-runner
    a11y: { test: 'error' },
  },
};

export default preview;
