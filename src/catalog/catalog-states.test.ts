import { expect, fixture, html } from '@open-wc/testing';
import { catalogAdapter } from '../../test/harness/catalog-adapter.js';
import { expectNoLeak, words } from '../../test/harness/dom.js';
import { checkEveryState, literal, type StateCase } from '../../test/harness/every-state.js';
import { nextEvent, shadowText } from '../../test/harness/render.js';
import { catalogProcedures, DEFAULT_ORDER } from '../../test/harness/sample-catalog.js';
import type { CivicErrorDetail } from '../base/civic-element.js';
import { CivicError, type CivicErrorCode } from '../core/civic-error.js';
import { fr } from '../localization/locales/fr.js';
import type { CivicProvider } from '../provider/civic-provider.js';
import type { CivicCatalog } from './catalog.js';
import { CatalogHarness, catalogTemplate } from './catalog.harness.js';

describe('<civic-catalog> states and errors', () => {
  it('while loading, keeps the room of the results and lets the reader type', async () => {
    const c = await CatalogHarness.render({ delay: Infinity, limit: 5 });
    expect(shadowText(c.el)).to.contain(fr.common.loading);
    expect(c.$('#results')!.getAttribute('aria-busy')).to.equal('true');
    expect(c.$$('.ghost')).to.have.length(5);
    expect(c.select('theme')!.disabled, 'the filters hold their place').to.equal(true);
    expect(c.input.disabled).to.equal(false);
    await expect(c.el).to.be.accessible();
  });

  it('does not move the page when the results arrive (no-search block)', async () => {
    const loading = await CatalogHarness.render({ delay: Infinity, noSearch: true, limit: 4 });
    const loaded = await CatalogHarness.render({ noSearch: true, limit: 4 });
    expect(loading.$$('.ghost'), 'still loading').to.have.length(4);
    expect(loaded.results(), 'loaded').to.have.length(4);
    const height = (c: CatalogHarness) => c.$('[part~=base]')!.getBoundingClientRect().height;
    expect(Math.abs(height(loading) - height(loaded)) / height(loaded)).to.be.below(0.2);
  });

  it('shows what was typed during loading once the catalog arrives, and says it', async () => {
    const c = await CatalogHarness.render({ delay: 300 });
    await c.search('acte');
    await c.until(() => c.results().length === 2, 'the results');
    await c.said('2 résultats pour « acte »');
  });

  it('no results: suggestions and a button that clears the search', async () => {
    const c = await CatalogHarness.render();
    await c.search('zzzzqqq');
    const empty = c.$('[part~=empty]')!;
    expect(words(empty)).to.contain('Aucune démarche ne correspond à « zzzzqqq ».');
    expect([...empty.querySelectorAll('li')].map(words)).to.deep.equal(fr.catalog.tips);
    await c.said('Aucune démarche ne correspond à « zzzzqqq ».');
    await expect(c.el).to.be.accessible();
    const button = empty.querySelector('button')!;
    expect(words(button)).to.equal(fr.catalog.clearSearch);
    button.focus();
    await c.pressKey('Enter');
    expect(c.input.value).to.equal('');
    expect(c.focused).to.equal(c.input);
    expect(c.results()).to.deep.equal(DEFAULT_ORDER);
  });

  it('no results with filters: the button clears the filters', async () => {
    const c = await CatalogHarness.render();
    await c.choose('theme', 'animaux');
    await c.search('acte');
    expect(words(c.$('[part~=empty] .none-title'))).to.equal('Aucune démarche ne correspond à « acte ».');
    const button = c.$<HTMLButtonElement>('[part~=empty] button')!;
    expect(words(button)).to.equal(fr.catalog.clearFilters);
    button.click();
    await c.until(() => c.results().length === 2, 'the results without the filter');
    expect(c.select('theme')!.value).to.equal('');
    expect(c.input.value, 'the query stays').to.equal('acte');
    expect(c.results()).to.have.members(['acte-naissance', 'acte-deces']);
  });

  const failures: [CivicErrorCode, string][] = [
    ['network', fr.common.errors.network],
    ['http', fr.common.errors.http],
    ['timeout', fr.common.errors.timeout],
    ['invalid-data', fr.catalog.invalid],
  ];
  for (const [code, message] of failures) {
    it(`says ${code} clearly, with a retry button, and sends civic-error`, async () => {
      const adapter = catalogAdapter(catalogProcedures, { failWith: code });
      const provider = await fixture<CivicProvider>(
        html`<civic-provider .adapter=${adapter} lang="fr"></civic-provider>`,
      );
      const el = document.createElement('civic-catalog');
      const error = nextEvent<CivicErrorDetail>(el, 'civic-error');
      provider.append(el);
      expect((await error).detail.code).to.equal(code);
      const c = new CatalogHarness(el);
      await c.until(() => !!c.$('[part~=error]'), 'the message');
      expect(c.error).to.equal(message);
      expect(words(c.$('[part~=error] + button')), 'retry').to.equal(fr.catalog.retry);
      expect(c.$('input#q'), 'no search box without a catalog').to.equal(null);
      expectNoLeak(el);
      await expect(el).to.be.accessible();
    });
  }

  it('tries again with the retry button', async () => {
    let fail = true;
    const adapter = catalogAdapter(catalogProcedures);
    const list = adapter.listProcedures!;
    adapter.listProcedures = (q, o) => (fail ? Promise.reject(new CivicError('network', 'down')) : list(q, o));
    const c = await CatalogHarness.render({ adapter });
    expect(c.error).to.equal(fr.common.errors.network);
    fail = false;
    c.$<HTMLButtonElement>('[part~=error] + button')!.click();
    await c.until(() => c.results().length === 8, 'the results');
    expect(c.$('[part~=error]')).to.equal(null);
  });

  it('says when the backend cannot list procedures (unsupported), without a retry button', async () => {
    const c = await CatalogHarness.render({ noList: true });
    expect(c.error).to.equal(fr.common.errors.unsupported);
    expect(c.$('button')).to.equal(null);
    await expect(c.el).to.be.accessible();
  });

  it('gives up after the provider timeout', async () => {
    const c = await CatalogHarness.render({ delay: Infinity, timeout: 50 });
    await c.until(() => !!c.$('[part~=error]'), 'the time-out');
    expect(c.error).to.equal(fr.common.errors.timeout);
  });

  it('says there is nothing to list for an empty catalog', async () => {
    const c = await CatalogHarness.render({ procedures: [], noSearch: true });
    expect(words(c.$('[part~=empty]'))).to.equal(fr.catalog.results(0));
    await expect(c.el).to.be.accessible();
  });

  it('says there is no provider', async () => {
    const el = await fixture<CivicCatalog>(html`<civic-catalog></civic-catalog>`);
    const c = new CatalogHarness(el);
    await c.until(() => !!c.$('[part~=error]'), 'the message');
    expect(c.error).to.equal(fr.common.errors['no-provider']);
    await expect(el).to.be.accessible();
  });
});

describe('<civic-catalog> every state', () => {
  const all = catalogProcedures;
  const states: StateCase<CivicCatalog>[] = [
    {
      name: 'loading',
      template: catalogTemplate(),
      adapter: catalogAdapter(all, { delay: Infinity }),
      shows: literal(fr.common.loading),
    },
    {
      name: 'most requested',
      template: catalogTemplate(),
      adapter: catalogAdapter(all),
      shows: literal(fr.catalog.popular),
    },
    {
      name: 'results of a search',
      template: catalogTemplate(),
      adapter: catalogAdapter(all),
      setup: (el) => new CatalogHarness(el).search('acte'),
      shows: literal('2 résultats pour « acte »'),
    },
    {
      name: 'no results',
      template: catalogTemplate(),
      adapter: catalogAdapter(all),
      setup: (el) => new CatalogHarness(el).search('zzzzqqq'),
      shows: literal(fr.catalog.none('zzzzqqq')),
    },
    {
      name: 'empty catalog',
      template: catalogTemplate({ noSearch: true }),
      adapter: catalogAdapter([]),
      shows: literal(fr.catalog.results(0)),
    },
    {
      name: 'offline',
      template: catalogTemplate(),
      adapter: catalogAdapter(all, { failWith: 'network' }),
      shows: literal(fr.common.errors.network),
    },
    {
      name: 'server error',
      template: catalogTemplate(),
      adapter: catalogAdapter(all, { failWith: 'http' }),
      shows: literal(fr.common.errors.http),
    },
    {
      name: 'time-out',
      template: catalogTemplate(),
      adapter: catalogAdapter(all, { delay: Infinity }),
      timeout: 50,
      shows: literal(fr.common.errors.timeout),
    },
    {
      name: 'invalid data',
      template: catalogTemplate(),
      adapter: catalogAdapter(all, { failWith: 'invalid-data' }),
      shows: literal(fr.catalog.invalid),
    },
    {
      name: 'unsupported',
      template: catalogTemplate(),
      adapter: catalogAdapter(all, { noList: true }),
      shows: literal(fr.common.errors.unsupported),
    },
    {
      name: 'no provider',
      template: catalogTemplate(),
      noProvider: true,
      shows: literal(fr.common.errors['no-provider']),
    },
  ];
  for (const state of states) it(`${state.name}: readable and accessible`, () => checkEveryState([state]));
});
