import type { ArgTypes, Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../src/index.js';
import { memoryAdapter } from '../test/harness/memory-adapter.js';
import { sampleProcedures } from '../test/harness/sample-procedures.js';
import { badgesIn, messagesFor, spokenText, textIn } from './helpers.js';

/**
 * The stories give the provider an adapter object (an in-memory catalog), so only `timeout` is
 * a live control: `adapter`, `src` and `endpoint` are documented, not editable here.
 * `contextValue` is read by the elements, not by pages.
 */
const documentedOnly: ArgTypes = {
  adapter: { control: false },
  src: { control: false },
  endpoint: { control: false },
  contextValue: { table: { disable: true } },
};

interface ProviderArgs {
  timeout: number;
}

const meta: Meta<ProviderArgs> = {
  title: 'Elements/Provider',
  component: 'civic-provider',
  argTypes: { timeout: { control: { type: 'number', min: 1, step: 500 } }, ...documentedOnly },
  args: { timeout: 8000 },
  parameters: {
    docs: {
      description: {
        component:
          '`<civic-provider>` shows nothing: it gives the civic elements their data source. An element ' +
          'uses the closest provider that contains it; an element that no provider contains uses the ' +
          'first provider of the page. Give it an adapter by name (`adapter="static" src="/catalog.json"`) ' +
          'or, from JavaScript, an adapter object as its `adapter` property, as the story below does.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<ProviderArgs>;

/**
 * A CMS page where the editors cannot wrap their content: the badges of the procedure list are in
 * no provider, and the one provider of the page sits at its end, in the footer. The page-wide rule
 * serves them: an element outside every provider uses the first provider of the page.
 */
export const OneProviderForThePage: Story = {
  render: (args, { globals }) => {
    const english = globals.lang === 'en';
    return html`
      <header style="padding-block-end: 0.5rem; border-block-end: 1px solid #c5ced8">
        <p style="margin: 0; font-weight: 600">${english ? 'City of Saint-Aurel' : 'Ville de Saint-Aurel'}</p>
      </header>
      <main>
        <h1 style="font-size: 1.5rem">${english ? 'Civil status' : 'État civil'}</h1>
        <ul style="list-style: none; margin: 0; padding: 0; max-inline-size: 40rem">
          ${sampleProcedures.map(
            (procedure) =>
              html`<li
                style="display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem; padding: 0.6rem 0"
              >
                <span>${textIn(procedure.title, globals.lang)}</span>
                <civic-online-badge procedure=${procedure.id} variant="compact"></civic-online-badge>
              </li>`,
          )}
        </ul>
      </main>
      <footer style="margin-block-start: 1rem; padding-block-start: 0.5rem; border-block-start: 1px solid #c5ced8">
        <p style="margin: 0">
          ${english ? 'Town hall, 1 place de la République' : 'Hôtel de ville, 1 place de la République'}
        </p>
        <civic-provider .adapter=${memoryAdapter(sampleProcedures)} .timeout=${args.timeout}></civic-provider>
      </footer>
    `;
  },
  play: async ({ canvasElement, globals }) => {
    const labels = messagesFor(globals.lang).badge;
    const badges = badgesIn(canvasElement);
    // None of the badges is inside the provider…
    for (const badge of badges) await expect(badge.closest('civic-provider')).toBeNull();
    // …and each one shows its procedure's status from it.
    await waitFor(() =>
      expect(badges.map((badge) => spokenText(badge).split(',')[0])).toEqual([
        labels.partial,
        labels.full,
        labels.none,
      ]),
    );
  },
};
