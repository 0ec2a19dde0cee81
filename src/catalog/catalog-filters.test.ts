import { expect } from '@open-wc/testing';
import { catalogAdapter } from '../../test/harness/catalog-adapter.js';
import { words } from '../../test/harness/dom.js';
import { catalogProcedures, DEFAULT_ORDER } from '../../test/harness/sample-catalog.js';
import { fr } from '../localization/locales/fr.js';
import { CatalogHarness } from './catalog.harness.js';

describe('<civic-catalog> filters', () => {
  it('offers themes and profiles, each with its number of results', async () => {
    const c = await CatalogHarness.render();
    expect(words(c.$('label[for=theme]'))).to.equal(fr.catalog.theme);
    expect(c.options('theme')).to.deep.equal([
      'Tous les thèmes (8)',
      'État civil et papiers (4)',
      'Famille et école (2)',
      'Animaux (1)',
    ]);
    expect(c.options('audience')).to.deep.equal(['Tous les profils (8)', 'Familles (5)', 'Seniors (2)']);
  });

  it('filters by theme and by profile together, and the counts follow', async () => {
    const c = await CatalogHarness.render();
    await c.choose('theme', 'etat-civil');
    expect(c.results()).to.deep.equal(['listes', 'passeport', 'acte-naissance', 'acte-deces']);
    expect(c.count).to.equal('4 résultats');
    expect(c.options('audience'), 'profiles counted within the theme').to.deep.equal([
      'Tous les profils (4)',
      'Familles (3)',
      'Seniors (1)',
    ]);
    await c.choose('audience', 'senior');
    expect(c.results()).to.deep.equal(['acte-deces']);
    expect(c.options('theme'), 'themes counted within the profile').to.deep.equal([
      'Tous les thèmes (2)',
      'État civil et papiers (1)',
      'Famille et école (0)',
      'Animaux (0)',
    ]);
    const empty = [...c.select('theme')!.options].filter((o) => o.disabled).map((o) => o.value);
    expect(empty, 'a choice with no result cannot be taken').to.deep.equal(['ecole', 'animaux']);
  });

  it('counts what the query finds', async () => {
    const c = await CatalogHarness.render();
    await c.search('inscription');
    expect(c.results()).to.have.members(['cantine', 'ecole', 'listes']);
    expect(c.options('theme')).to.deep.equal([
      'Tous les thèmes (3)',
      'État civil et papiers (1)',
      'Famille et école (2)',
      'Animaux (0)',
    ]);
    await c.choose('theme', 'ecole');
    expect(c.results()).to.have.members(['cantine', 'ecole']);
    expect(c.count).to.equal('2 résultats pour « inscription »');
  });

  it('starts from the theme and audience attributes, which the reader can change', async () => {
    const c = await CatalogHarness.render({ theme: 'ecole' });
    expect(c.select('theme')!.value).to.equal('ecole');
    expect(c.results()).to.deep.equal(['cantine', 'ecole']);
    await c.choose('theme', '');
    expect(c.results()).to.deep.equal(DEFAULT_ORDER);
    const senior = await CatalogHarness.render({ audience: 'senior' });
    expect(senior.select('audience')!.value).to.equal('senior');
    expect(senior.results()).to.deep.equal(['acte-deces', 'teleassistance']);
  });

  it('ignores a theme the catalog does not know', async () => {
    const c = await CatalogHarness.render({ theme: 'piscine' });
    expect(c.select('theme')!.value).to.equal('');
    expect(c.results()).to.deep.equal(DEFAULT_ORDER);
  });

  it('has no filter the backend gives no list for', async () => {
    const adapter = catalogAdapter(catalogProcedures);
    delete adapter.getThemes;
    delete adapter.getAudiences;
    const c = await CatalogHarness.render({ adapter });
    expect(c.select('theme')).to.equal(null);
    expect(c.select('audience')).to.equal(null);
    expect(c.$('[part~=theme]'), 'no theme names either').to.equal(null);
    expect(c.results()).to.deep.equal(DEFAULT_ORDER);
    await expect(c.el).to.be.accessible();
  });
});
