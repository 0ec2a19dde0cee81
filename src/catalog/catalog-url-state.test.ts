import { expect } from '@open-wc/testing';
import { CatalogHarness } from './catalog.harness.js';

/** The page URL without our parameters, as each test found it. */
const startUrl = location.href;
afterEach(() => history.replaceState(history.state, '', startUrl));

describe('<civic-catalog> url-state', () => {
  it('never touches the page URL without url-state', async () => {
    const c = await CatalogHarness.render();
    await c.search('acte');
    await c.choose('theme', 'etat-civil');
    await c.said(/résultat/);
    expect(location.href).to.equal(startUrl);
  });

  it('keeps the search in the page URL with replaceState, and other parameters', async () => {
    history.replaceState(null, '', '?page=2#top');
    const entries = history.length;
    const c = await CatalogHarness.render({ urlState: true });
    await c.search('acte');
    await c.choose('theme', 'etat-civil');
    await c.said(/résultat/);
    const url = new URL(location.href);
    expect(url.searchParams.get('q')).to.equal('acte');
    expect(url.searchParams.get('theme')).to.equal('etat-civil');
    expect(url.searchParams.get('page')).to.equal('2');
    expect(url.hash).to.equal('#top');
    expect(history.length, 'no new history entry').to.equal(entries);
    await c.pressKey('Escape');
    await c.choose('theme', '');
    await c.until(() => {
      const params = new URL(location.href).searchParams;
      return !params.has('q') && !params.has('theme');
    }, 'the URL cleaned');
    expect(new URL(location.href).searchParams.get('page')).to.equal('2');
  });

  it('reads the search back from the URL on load (a shared link, the back button)', async () => {
    history.replaceState(null, '', '?q=acte&audience=senior');
    const c = await CatalogHarness.render({ urlState: true });
    expect(c.input.value).to.equal('acte');
    expect(c.select('audience')!.value).to.equal('senior');
    expect(c.results()).to.deep.equal(['acte-deces']);
  });
});
