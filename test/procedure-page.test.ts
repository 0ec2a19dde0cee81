import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { countingFetches } from './harness/network.js';
import { settle, shadowText, until } from './harness/render.js';

/**
 * A city's procedure page as a CMS writes it: one provider reading the demo catalog, the online
 * badge and the three boxes of one procedure. Everything comes from one HTTP request.
 */
const ID = 'carte-identite-passeport';
const LEAKS = /undefined|\[object Object\]|NaN|null/;
let unique = 0;

/** Real HTTP requests the page made to URLs containing `part` (Resource Timing). */
const httpRequests = (part: string) => performance.getEntriesByType('resource').filter((e) => e.name.includes(part));

async function renderPage() {
  const query = `t=procedure-page-${Date.now()}-${++unique}`;
  const page = await fixture<HTMLElement>(
    html`<main lang="fr">
      <h1>Carte nationale d’identité et passeport</h1>
      <civic-provider adapter="static" src=${`/demo/data/catalog.json?${query}`}>
        <p>Statut : <civic-online-badge procedure=${ID}></civic-online-badge></p>
        <civic-channels procedure=${ID} heading-level="2" now="2026-03-10T10:00:00+01:00"></civic-channels>
        <civic-info procedure=${ID} heading-level="2" now="2026-03-10T10:00:00+01:00"></civic-info>
        <civic-related procedure=${ID} heading-level="2" link-template="procedure.html?id={id}"></civic-related>
      </civic-provider>
    </main>`,
  );
  const elements = [...page.querySelectorAll('civic-online-badge, civic-channels, civic-info, civic-related')];
  return { page, query, elements };
}

/** Waits until every element (nested badges included) has left its loading state. */
async function loaded(elements: Element[]): Promise<void> {
  const busy = (el: Element) => !el.shadowRoot || el.shadowRoot.querySelector('[aria-busy=true], .loading') !== null;
  for (const el of elements) await until(el, () => !busy(el), `${el.localName} loaded`, 5000);
  await Promise.all(elements.map((el) => settle(el)));
}

/** What a reader finds on the page once everything has loaded. */
function checkPage(page: HTMLElement, elements: Element[], nested: Element[]): void {
  const related = page.querySelector('civic-related')!;
  const [badge, channels, info] = elements;
  expect(shadowText(badge)).to.contain('En partie en ligne');
  expect(shadowText(channels)).to.contain('Comment faire cette démarche ?');
  expect(channels.shadowRoot!.querySelectorAll('li').length, 'channels listed').to.be.greaterThan(0);

  const contacts = [...info.shadowRoot!.querySelectorAll('[part=contact]')];
  expect(contacts).to.have.length(4);
  expect(shadowText(info))
    .to.contain('Service-public.fr : carte d’identité')
    .and.to.contain('Hôtel de ville')
    .and.to.contain('service-public.fr');
  expect(info.shadowRoot!.querySelector('a[href="tel:+33261910010"]')).to.exist;

  const links = [...related.shadowRoot!.querySelectorAll('a[part=link]')].map((a) => [
    a.textContent.trim(),
    a.getAttribute('href'),
  ]);
  expect(links).to.deep.equal([
    ['Acte de naissance', new URL('procedure.html?id=acte-naissance', location.href).href],
    ['Recensement citoyen à 16 ans', new URL('procedure.html?id=recensement-citoyen', location.href).href],
    [
      'Inscription sur les listes électorales',
      new URL('procedure.html?id=inscription-listes-electorales', location.href).href,
    ],
  ]);
  expect(nested.map((b) => b.shadowRoot!.querySelector('.current')!.textContent)).to.deep.equal([
    'En ligne',
    'En ligne',
    'En ligne',
  ]);

  for (const el of [...elements, ...nested]) {
    expect(el.shadowRoot!.querySelector('[aria-busy=true], .loading, .error'), el.localName).to.equal(null);
    expect(shadowText(el), el.localName).not.to.match(LEAKS);
  }
}

describe('a procedure page', () => {
  it('makes exactly one HTTP request for the catalog and renders everything', async () => {
    const fetches = countingFetches('/demo/data/catalog.json?t=procedure-page-');
    try {
      const { page, query, elements } = await renderPage();
      await loaded(elements);
      const related = page.querySelector('civic-related')!;
      const nested = [...related.shadowRoot!.querySelectorAll('civic-online-badge')];
      expect(nested, 'related badges').to.have.length(3);
      await loaded(nested);
      // Every element has its data: any other request would have been started by now.
      expect(fetches.count, 'fetch calls').to.equal(1);
      await until(elements[0], () => httpRequests(query).length > 0, 'the request in Resource Timing');
      expect(httpRequests(query).map((e) => e.name)).to.have.length(1);
      checkPage(page, elements, nested);
    } finally {
      fetches.stop();
    }
  });

  it('passes axe as a whole page', async () => {
    const { page, elements } = await renderPage();
    await loaded(elements);
    await loaded([...page.querySelector('civic-related')!.shadowRoot!.querySelectorAll('civic-online-badge')]);
    const headings = [...page.querySelectorAll('civic-channels, civic-info, civic-related')].map((el) =>
      el.shadowRoot!.querySelector('[part=heading]')!.getAttribute('aria-level'),
    );
    expect(headings).to.deep.equal(['2', '2', '2']);
    await expect(page).to.be.accessible();
  });
});
