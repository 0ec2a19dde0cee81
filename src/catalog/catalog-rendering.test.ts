import { expect } from '@open-wc/testing';
import { $, expectNoLeak, words } from '../../test/harness/dom.js';
import { capturingWarnings } from '../../test/harness/console.js';
import { DEFAULT_ORDER, dog } from '../../test/harness/sample-catalog.js';
import { activeHighlights } from '../data/catalog-store.js';
import { fr } from '../localization/locales/fr.js';
import { CatalogHarness } from './catalog.harness.js';

const startUrl = location.href;
afterEach(() => history.replaceState(history.state, '', startUrl));

describe('<civic-catalog> rendering', () => {
  it('lists the highlight first, then the most requested, each with its link, summary, theme and compact badge', async () => {
    const c = await CatalogHarness.render();
    expect(words(c.heading)).to.equal(fr.catalog.heading);
    expect(c.heading.getAttribute('aria-level')).to.equal('2');
    expect(c.results()).to.deep.equal(DEFAULT_ORDER);
    expect(c.count).to.equal(fr.catalog.popular);
    const [first, second] = c.$$('[part~=result]');
    expect(words(first.querySelector('[part~=highlight]'))).to.equal('Élections : inscrivez-vous avant le 5 mars');
    expect(first.querySelector('[part~=highlight] svg'), 'an icon, not colour alone').to.exist;
    const link = second.querySelector<HTMLAnchorElement>('a[part~=link]')!;
    expect(words(link)).to.equal('Carte d’identité et passeport');
    expect(link.getAttribute('href')).to.equal('https://www.saint-aurel.example/demarches/passeport');
    expect(words(second.querySelector('[part~=summary]'))).to.equal('Tout savoir sur : carte d’identité et passeport.');
    expect(words(second.querySelector('[part~=theme]'))).to.equal('État civil et papiers');
    const badge = second.querySelector('civic-online-badge')!;
    expect(badge.getAttribute('variant')).to.equal('compact');
    await c.until(() => words(badge.shadowRoot?.querySelector('.current')) === fr.badge.compactPartial, 'the badge');
    expectNoLeak(c.el);
    await expect(c.el).to.be.accessible();
  });

  it('links with link-template, the id encoded', async () => {
    const c = await CatalogHarness.render({ linkTemplate: '/demarches/{id}?from=catalog' });
    expect(c.links[1].getAttribute('href')).to.equal(new URL('/demarches/passeport?from=catalog', location.href).href);
  });

  it('shows the whole summary, wrapped, never cut with an ellipsis', async () => {
    const long =
      'Déclarer en mairie un chien de première ou de deuxième catégorie, avec l’évaluation comportementale, ' +
      'l’attestation d’aptitude du maître, l’assurance et la vaccination antirabique à jour.';
    const c = await CatalogHarness.render({ procedures: [{ ...dog, summary: { fr: long } }] });
    c.el.style.maxInlineSize = '320px';
    await c.until(() => !!c.$('[part~=summary]'), 'the summary');
    const summary = c.$('[part~=summary]')!;
    expect(words(summary)).to.equal(long);
    expect(summary.scrollWidth, 'no line cut on the side').to.be.at.most(summary.clientWidth + 1);
    expect(summary.scrollHeight, 'no line cut below').to.be.at.most(summary.clientHeight + 1);
  });

  it('shows a procedure without any link as text', async () => {
    const c = await CatalogHarness.render({ procedures: [{ ...dog, url: undefined }] });
    expect(c.links).to.have.length(0);
    expect(c.titles()).to.deep.equal(['Permis de détention d’un chien dangereux']);
  });

  it('takes its heading level from heading-level', async () => {
    const c = await CatalogHarness.render({ level: 3 });
    expect(c.heading.getAttribute('aria-level')).to.equal('3');
  });

  it('reads the demo catalog through the static adapter: highlights until their date, then the most requested', async () => {
    const c = await CatalogHarness.renderDemo({ noSearch: true, limit: 8, linkTemplate: 'procedure.html?id={id}' });
    expect(c.results()).to.deep.equal([
      'inscription-listes-electorales',
      'inscription-scolaire',
      'carte-identite-passeport',
      'restauration-scolaire',
      'acte-naissance',
      'signalement-voirie',
      'accueil-periscolaire',
      'centre-loisirs',
    ]);
    expect(c.links[2].getAttribute('href')).to.equal(
      new URL('procedure.html?id=carte-identite-passeport', location.href).href,
    );
    expect(c.results(), 'the heatwave register of summer 2026 is past').not.to.include('registre-canicule');
    await expect(c.el).to.be.accessible();
  });

  describe('highlights', () => {
    const at = (now: string) => CatalogHarness.render({ now });

    it('shows a highlight until its date, inclusive, in the city time zone', async () => {
      // 23:30 in Paris on 5 March 2027: still the last day.
      expect((await at('2027-03-05T22:30:00Z')).results()[0]).to.equal('listes');
      // 00:30 in Paris on 6 March: gone by itself.
      const after = await at('2027-03-05T23:30:00Z');
      expect(after.results()[0]).to.equal('passeport');
      expect(after.$('[part~=highlight]')).to.equal(null);
      expect(after.results()).to.include('listes');
    });

    it('says "featured" when the city gives no reason, and leaves out a highlight of an unknown procedure', async () => {
      const highlights = [
        { procedure: 'ghost', until: '2030-01-01' },
        { procedure: 'chien', until: '2030-01-01' },
      ];
      const { value: c, warnings } = await capturingWarnings(() => CatalogHarness.render({ highlights }));
      expect(c.results()[0]).to.equal('chien');
      expect(words(c.$('[part~=highlight]'))).to.equal(fr.catalog.highlight);
      expect(warnings.join('\n')).to.contain('highlights: refers to no procedure of the catalog: "ghost"');
    });

    it('does not pin highlights over a query', async () => {
      const c = await CatalogHarness.render();
      expect(c.$('[part~=highlight]'), 'pinned before the query').to.exist;
      await c.search('inscription');
      expect(c.results(), 'the highlighted procedure is found').to.include('listes');
      expect(c.$('[part~=highlight]')).to.equal(null);
    });

    it('keeps only the highlights not past (activeHighlights)', () => {
      const h = (until: string) => ({ procedure: 'x', until });
      expect(
        activeHighlights([h('2026-11-22'), h('2026-11-23'), h('2027-01-01')], '2026-11-23').map((x) => x.until),
      ).to.deep.equal(['2026-11-23', '2027-01-01']);
    });
  });

  describe('limit and "show more"', () => {
    it('shows `limit` results, then as many more, focus on the first new one', async () => {
      const c = await CatalogHarness.render({ limit: 3 });
      expect(c.results()).to.deep.equal(DEFAULT_ORDER.slice(0, 3));
      const more = c.$<HTMLButtonElement>('[part~=more]')!;
      expect(words(more)).to.equal('Afficher 3 démarches de plus');
      more.focus();
      await c.pressKey('Enter');
      expect(c.results()).to.deep.equal(DEFAULT_ORDER.slice(0, 6));
      expect(c.focused).to.equal(c.links[3]);
      expect(words(c.$('[part~=more]'))).to.equal('Afficher 2 démarches de plus');
      await expect(c.el).to.be.accessible();
    });

    it('starts again from `limit` when the search changes', async () => {
      const c = await CatalogHarness.render({ limit: 2 });
      c.$<HTMLButtonElement>('[part~=more]')!.click();
      await c.until(() => c.results().length === 4, 'two more');
      await c.search('inscription');
      expect(c.count, 'three found').to.equal('3 résultats pour « inscription »');
      expect(c.results(), 'back to `limit`').to.have.length(2);
      expect(c.$('[part~=more]'), 'the rest behind the button again').to.exist;
    });
  });

  describe('no-search: the "most requested" block', () => {
    it('lists `limit` procedures, with no box, no filter, no count and no button', async () => {
      const c = await CatalogHarness.render({ noSearch: true, limit: 4 });
      expect(words(c.heading)).to.equal(fr.catalog.popular);
      expect(c.results()).to.deep.equal(DEFAULT_ORDER.slice(0, 4));
      expect(c.$('input, select, [part~=more], [part~=count]')).to.equal(null);
      expect(c.$('ol')!.getAttribute('aria-labelledby')).to.equal('heading');
      await expect(c.el).to.be.accessible();
    });

    it('keeps to the theme given', async () => {
      const c = await CatalogHarness.render({ noSearch: true, theme: 'etat-civil', limit: 3 });
      expect(c.results()).to.deep.equal(['listes', 'passeport', 'acte-naissance']);
    });

    it('ignores the page URL', async () => {
      history.replaceState(null, '', '?q=acte');
      const c = await CatalogHarness.render({ noSearch: true, urlState: true, limit: 2 });
      expect(c.results()).to.deep.equal(DEFAULT_ORDER.slice(0, 2));
    });

    it('keeps every link in the tab order (no roving)', async () => {
      const c = await CatalogHarness.render({ noSearch: true });
      expect(c.links, 'links to check').to.have.length(DEFAULT_ORDER.length);
      expect(c.links.filter((a) => a.hasAttribute('tabindex'))).to.deep.equal([]);
      expect($(c.el, '[tabindex="-1"]')).to.equal(null);
    });
  });
});
