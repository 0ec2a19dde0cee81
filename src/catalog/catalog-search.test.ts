import { expect } from '@open-wc/testing';
import { capturingWarnings } from '../../test/harness/console.js';
import { words } from '../../test/harness/dom.js';
import { nextEvent, shadowText } from '../../test/harness/render.js';
import { catalogProcedure } from '../../test/harness/sample-catalog.js';
import { fr } from '../localization/locales/fr.js';
import type { CatalogSearchDetail } from './catalog.js';
import { CatalogHarness } from './catalog.harness.js';

describe('<civic-catalog> search as you type', () => {
  it('shows results while typing, with the matched words in <mark>', async () => {
    const c = await CatalogHarness.render();
    await c.search('acte');
    expect(c.results()).to.have.members(['acte-naissance', 'acte-deces']);
    expect(c.count).to.equal('2 résultats pour « acte »');
    expect(c.$$('[part~=result] .title mark').map(words)).to.deep.equal(['Acte', 'Acte']);
    expect(c.focused, 'focus stays in the box').to.equal(c.input);
    expect(shadowText(c.el)).not.to.contain(fr.catalog.popular);
  });

  it('finds a word of the keywords and of the synonyms', async () => {
    const c = await CatalogHarness.render();
    await c.search('CNI');
    expect(c.results()).to.deep.equal(['passeport']);
    await c.search('papiers');
    expect(c.results()).to.include('passeport');
  });

  it('searches the demo catalog with its synonyms', async () => {
    const c = await CatalogHarness.renderDemo();
    await c.search('nounou');
    expect(c.results()).to.include('creche');
    await c.search('passeport');
    expect(c.results()[0]).to.equal('carte-identite-passeport');
  });

  it('says the number of results to screen readers once the reader pauses, politely, without moving the focus', async () => {
    const c = await CatalogHarness.render();
    expect(c.region.getAttribute('aria-atomic')).to.equal('true');
    await c.search('acte');
    await c.said('2 résultats pour « acte »');
    expect(c.focused).to.equal(c.input);
    await expect(c.el).to.be.accessible();
  });

  it('says the same words again when they come back (another filter, same count)', async () => {
    const c = await CatalogHarness.render();
    await c.choose('audience', 'senior');
    await c.said('2 résultats');
    const before = c.region.textContent;
    const searched = nextEvent<CatalogSearchDetail>(c.el, 'civic-search');
    // Another theme and back within one pause (no wait between): the same count comes back.
    const theme = c.select('theme')!;
    for (const value of ['etat-civil', '']) {
      theme.value = value;
      theme.dispatchEvent(new Event('change', { bubbles: true }));
    }
    // The pause ends with one civic-search: the live region has been written by then.
    expect((await searched).detail.count).to.equal(2);
    await c.until(() => c.region.textContent !== before, 'the live region rewritten');
    expect(c.announced, 'the same words, not an emptied region').to.equal('2 résultats');
    expect(c.region.textContent, 'a change a screen reader hears').not.to.equal(before);
  });

  it('sends civic-search with the query, the filters and the count, once per pause', async () => {
    const c = await CatalogHarness.render();
    const searches: CatalogSearchDetail[] = [];
    c.el.addEventListener('civic-search', (e) => searches.push((e as CustomEvent<CatalogSearchDetail>).detail));
    await c.choose('theme', 'etat-civil');
    await c.search('acte');
    await c.until(() => searches.length > 0, 'civic-search');
    // The next pause's event is the second one seen: nothing more came of the first pause.
    await c.search('naissance');
    await c.until(() => searches.at(-1)?.query === 'naissance', 'the second civic-search');
    expect(searches).to.deep.equal([
      { query: 'acte', theme: 'etat-civil', audience: '', count: 2 },
      { query: 'naissance', theme: 'etat-civil', audience: '', count: 1 },
    ]);
  });

  it('keeps HTML typed or in the data as text', async () => {
    const odd = catalogProcedure('taux', ['Taux < 5 % & <b>gras</b> refusé', 'Rate'], [], [], 1);
    const fine = catalogProcedure('seuil', ['Seuil < 5 % pour la taxe', 'Threshold'], [], [], 2);
    const { value: c, warnings } = await capturingWarnings(() => CatalogHarness.render({ procedures: [odd, fine] }));
    expect(c.results(), 'a title with markup fails the check and is left out').to.deep.equal(['seuil']);
    expect(warnings.join('\n'))
      .to.contain('procedure "taux" is left out')
      .and.to.contain('must be plain text, not HTML');
    await c.search('<img src=x onerror=alert(1)> seuil');
    expect(c.input.value).to.equal('<img src=x onerror=alert(1)> seuil');
    expect(c.el.shadowRoot!.querySelector('img, b, script')).to.equal(null);
    await c.search('seuil');
    expect(words(c.$('[part~=result] .title'))).to.equal('Seuil < 5 % pour la taxe');
    expect(c.$$('[part~=result] .title *:not(a):not(mark)')).to.have.length(0);
  });
});
