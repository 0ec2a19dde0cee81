import { expect, fixture, html } from '@open-wc/testing';
import { catalogAdapter } from '../../test/harness/catalog-adapter.js';
import { capturingWarnings } from '../../test/harness/console.js';
import { expectNoLeak } from '../../test/harness/dom.js';
import { nextEvent } from '../../test/harness/render.js';
import {
  birth,
  catalogProcedures,
  catalogThemes,
  DEFAULT_ORDER,
  voteHighlight,
} from '../../test/harness/sample-catalog.js';
import type { CivicProvider } from '../provider/civic-provider.js';
import type { CatalogLoadDetail } from './catalog.js';
import { CatalogHarness } from './catalog.harness.js';

describe('<civic-catalog> events', () => {
  it('sends civic-load with the procedures, themes and audiences', async () => {
    const adapter = catalogAdapter(catalogProcedures);
    const provider = await fixture<CivicProvider>(html`<civic-provider .adapter=${adapter}></civic-provider>`);
    const el = document.createElement('civic-catalog');
    const loaded = nextEvent<CatalogLoadDetail>(el, 'civic-load');
    provider.append(el);
    const { detail } = await loaded;
    expect(detail.procedures.map((p) => p.id)).to.deep.equal(catalogProcedures.map((p) => p.id));
    expect(detail.themes.map((t) => t.id)).to.deep.equal(['etat-civil', 'ecole', 'animaux']);
    expect(detail.audiences.map((a) => a.id)).to.deep.equal(['famille', 'senior']);
  });

  it('makes one listing call for two catalogs of a page', async () => {
    const adapter = catalogAdapter(catalogProcedures);
    const provider = await fixture<CivicProvider>(
      html`<civic-provider .adapter=${adapter}
        ><civic-catalog no-search></civic-catalog><civic-catalog></civic-catalog
      ></civic-provider>`,
    );
    const [a, b] = [...provider.querySelectorAll('civic-catalog')].map((el) => new CatalogHarness(el));
    await a.until(() => a.results().length > 0 && b.results().length > 0, 'both');
    expect(adapter.calls.filter((c) => c === 'listProcedures')).to.have.length(1);
  });
});

describe('<civic-catalog> bad data', () => {
  it('leaves out procedures that fail the check, with one console warning', async () => {
    const broken = [
      { id: 'no-title', online: { availability: 'none' } },
      { ...birth, id: 'evil', online: { availability: 'full', url: 'javascript:alert(1)' } },
      birth,
      birth,
    ];
    const { value: c, warnings } = await capturingWarnings(() =>
      CatalogHarness.render({ procedures: broken, highlights: [] }),
    );
    expect(c.results()).to.deep.equal(['acte-naissance']);
    expect(warnings).to.have.length(1);
    expect(warnings[0])
      .to.contain('procedure "no-title" is left out')
      .and.to.contain('procedure "evil" is left out')
      .and.to.contain('repeats an id');
    expect(c.$('[href^="javascript"]')).to.equal(null);
  });

  it('leaves out wrong themes, audiences, synonyms and highlights, and keeps the rest', async () => {
    const { value: c, warnings } = await capturingWarnings(() =>
      CatalogHarness.render({
        themes: [...catalogThemes, { id: 'bad', title: '<b>x</b>' }, 'nonsense'],
        audiences: 'not a list',
        synonyms: { papiers: 'carte' },
        highlights: [{ procedure: 'chien', until: 'demain' }, voteHighlight],
      }),
    );
    expect(c.options('theme')).to.have.length(4);
    expect(c.select('audience')).to.equal(null);
    expect(c.results()[0]).to.equal('listes');
    expect(warnings, 'the web team is told').not.to.be.empty;
    expectNoLeak(c.el);
  });

  it('shows the results when the themes cannot be read', async () => {
    const adapter = catalogAdapter(catalogProcedures);
    adapter.getThemes = () => Promise.reject(new Error('themes down'));
    const { value: c, warnings } = await capturingWarnings(() => CatalogHarness.render({ adapter }));
    expect(c.results()).to.deep.equal(DEFAULT_ORDER);
    expect(warnings.join('\n')).to.contain('themes: could not be read (themes down)');
  });
});
