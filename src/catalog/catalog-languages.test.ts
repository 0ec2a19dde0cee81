import { expect } from '@open-wc/testing';
import { catalogAdapter } from '../../test/harness/catalog-adapter.js';
import { words } from '../../test/harness/dom.js';
import { checkEveryState, literal } from '../../test/harness/every-state.js';
import { catalogProcedures } from '../../test/harness/sample-catalog.js';
import { en } from '../localization/locales/en.js';
import type { CivicCatalog } from './catalog.js';
import { CatalogHarness, catalogTemplate } from './catalog.harness.js';

describe('<civic-catalog> languages', () => {
  it('speaks English, with the English texts of the catalog, and searches them', async () => {
    const c = await CatalogHarness.render({ lang: 'en' });
    expect(words(c.heading)).to.equal(en.catalog.heading);
    expect(words(c.$('label[for=q]'))).to.equal(en.catalog.search);
    expect(c.titles()[1]).to.equal('Identity card and passport');
    expect(words(c.$('[part~=highlight]'))).to.equal('Elections: register by 5 March');
    expect(c.options('theme')[1]).to.equal('Civil status and documents (4)');
    await c.search('certificate');
    expect(c.results()).to.have.members(['acte-naissance', 'acte-deces']);
    expect(c.count).to.equal('2 results for “certificate”');
    await c.said('2 results for “certificate”');
    await expect(c.el).to.be.accessible();
  });

  it('follows a change of lang', async () => {
    const c = await CatalogHarness.render();
    expect(c.titles()[1]).to.equal('Carte d’identité et passeport');
    c.el.closest('civic-provider')!.setAttribute('lang', 'en');
    await c.until(() => words(c.heading) === en.catalog.heading, 'English');
    expect(c.titles()[1]).to.equal('Identity card and passport');
  });

  it('says every state in English, each one accessible', async () => {
    await checkEveryState<CivicCatalog>(
      [
        {
          name: 'loading',
          template: catalogTemplate(),
          adapter: catalogAdapter([], { delay: Infinity }),
          shows: literal(en.common.loading),
        },
        {
          name: 'most requested',
          template: catalogTemplate(),
          adapter: catalogAdapter(catalogProcedures),
          shows: /Identity card and passport/,
        },
        {
          name: 'no results',
          template: catalogTemplate(),
          adapter: catalogAdapter(catalogProcedures),
          setup: (el) => new CatalogHarness(el).search('zzzzqqq'),
          shows: literal(en.catalog.none('zzzzqqq')),
        },
        {
          name: 'error',
          template: catalogTemplate(),
          adapter: catalogAdapter([], { failWith: 'network' }),
          shows: literal(en.common.errors.network),
        },
      ],
      'en',
    );
  });
});
