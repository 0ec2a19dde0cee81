import { expect, fixture, html } from '@open-wc/testing';
import '../index.js';
import { memoryAdapter } from '../../test/harness/memory-adapter.js';
import { nextEvent, settle, shadowText, until } from '../../test/harness/render.js';
import { birthCertificate, passport, sampleProcedures } from '../../test/harness/sample-procedures.js';
import type { Open311Adapter } from '../adapters/open311/open311-adapter.js';
import type { CivicProvider } from './civic-provider.js';

const badgeText = async (badge: Element) => (await settle(badge), shadowText(badge));

describe('<civic-provider>', () => {
  it('gives its descendants the adapter set as a property', async () => {
    const provider = await fixture<CivicProvider>(
      html`<civic-provider .adapter=${memoryAdapter(sampleProcedures)}>
        <section><civic-online-badge procedure="acte-naissance"></civic-online-badge></section>
      </civic-provider>`,
    );
    expect(await badgeText(provider.querySelector('civic-online-badge')!)).to.contain('Entièrement en ligne');
  });

  it('is configured from attributes alone', async () => {
    const provider = await fixture(
      html`<civic-provider adapter="static" src="/demo/data/catalog.json"
        ><civic-online-badge procedure="carte-identite-passeport"></civic-online-badge
      ></civic-provider>`,
    );
    expect(await badgeText(provider.firstElementChild!)).to.match(/en ligne/);
  });

  it('takes no room in the layout', async () => {
    const provider = await fixture(html`<civic-provider></civic-provider>`);
    expect(getComputedStyle(provider).display).to.equal('contents');
  });

  it('serves elements outside it when it is the first provider of the page', async () => {
    const page = await fixture(
      html`<div>
        <main><civic-online-badge procedure="acte-naissance"></civic-online-badge></main>
        <footer><civic-provider .adapter=${memoryAdapter(sampleProcedures)}></civic-provider></footer>
      </div>`,
    );
    expect(await badgeText(page.querySelector('civic-online-badge')!)).to.contain('Entièrement en ligne');
  });

  it('serves elements a page script inserts later, with no call', async () => {
    const page = await fixture(
      html`<div>
        <civic-provider .adapter=${memoryAdapter(sampleProcedures)}></civic-provider>
        <div class="ajax"></div>
      </div>`,
    );
    // The provider is set up before the page script runs.
    await page.querySelector<CivicProvider>('civic-provider')!.updateComplete;
    // As a CMS inserts an AJAX block: plain HTML, then nothing else.
    page.querySelector('.ajax')!.innerHTML =
      '<p>Bloc <civic-online-badge procedure="chien-categorise" variant="compact"></civic-online-badge></p>';
    expect(await badgeText(page.querySelector('civic-online-badge')!)).to.contain('Pas en ligne');
  });

  it('lets the closest provider win over the page-wide one', async () => {
    const page = await fixture(
      html`<div>
        <civic-provider .adapter=${memoryAdapter([passport])}></civic-provider>
        <civic-provider .adapter=${memoryAdapter([{ ...passport, online: { availability: 'none' } }])}>
          <civic-online-badge procedure="passeport"></civic-online-badge>
        </civic-provider>
      </div>`,
    );
    expect(await badgeText(page.querySelector('civic-online-badge')!)).to.contain('Pas en ligne');
  });

  it('reloads its elements when its source changes', async () => {
    const provider = await fixture<CivicProvider>(
      html`<civic-provider .adapter=${memoryAdapter([passport])}
        ><civic-online-badge procedure="passeport"></civic-online-badge
      ></civic-provider>`,
    );
    const badge = provider.firstElementChild!;
    expect(await badgeText(badge)).to.contain('En partie en ligne');
    provider.adapter = memoryAdapter([{ ...passport, online: birthCertificate.online }]);
    expect(await badgeText(badge)).to.contain('Entièrement en ligne');
  });

  it('keeps its elements up to date through any number of source changes', async () => {
    const provider = await fixture<CivicProvider>(
      html`<civic-provider .adapter=${memoryAdapter([passport])}
        ><civic-online-badge procedure="passeport"></civic-online-badge
      ></civic-provider>`,
    );
    const badge = provider.firstElementChild!;
    const expected = ['Entièrement en ligne', 'Pas en ligne', 'En partie en ligne', 'Entièrement en ligne'];
    const online = [
      birthCertificate.online,
      { availability: 'none' as const },
      passport.online,
      birthCertificate.online,
    ];
    for (const [i, availability] of online.entries()) {
      provider.adapter = memoryAdapter([{ ...passport, online: availability }]);
      expect(await badgeText(badge), `change ${i + 1}`).to.contain(expected[i]);
    }
  });

  it('explains a configuration error in its elements', async () => {
    const original = console.error;
    const logged: string[] = [];
    console.error = (m: string) => logged.push(m);
    try {
      const badge = document.createElement('civic-online-badge');
      badge.setAttribute('procedure', 'x');
      const errored = nextEvent<{ code: string; details: string[] }>(badge, 'civic-error');
      const provider = await fixture(html`<civic-provider adapter="soap"></civic-provider>`);
      provider.append(badge);
      const { detail } = await errored;
      expect(detail.code).to.equal('config');
      expect(detail.details[0]).to.contain('adapter="soap" is not available');
      expect(shadowText(badge)).to.equal('La source de données est mal configurée.');
    } finally {
      console.error = original;
    }
    expect(logged.join()).to.contain('adapter="soap" is not available');
  });

  it('loads a shipped adapter named in HTML on demand: open311 from attributes alone', async () => {
    const provider = await fixture(
      html`<civic-provider adapter="open311" endpoint="/__fixtures/open311-spec/" jurisdiction="city.example"
        ><civic-online-badge procedure="001"></civic-online-badge
      ></civic-provider>`,
    );
    const badge = provider.firstElementChild!;
    await until(badge, () => /en ligne/.test(shadowText(badge)), 'the badge from the Open311 service list');
    // Our spec-shaped sample services (test/fixtures/open311-spec): "Streetlight out" (001) can be reported online.
    expect(shadowText(badge)).to.contain('Entièrement en ligne');
  });

  it('gives Open311 its format, updates, discovery URL and time zone from HTML', async () => {
    const provider = await fixture<CivicProvider>(
      html`<civic-provider
        adapter="open311"
        endpoint="/__fixtures/open311-spec/"
        format="json"
        updates
        discovery="/__fixtures/open311-spec/discovery.json"
        time-zone="America/Vancouver"
      ></civic-provider>`,
    );
    await until(provider, () => provider.contextValue !== undefined, 'the adapter loaded');
    const adapter = provider.contextValue!.store!.adapter as Open311Adapter;
    expect([adapter.format, adapter.updates, adapter.discovery, adapter.timeZone]).to.deep.equal([
      'json',
      true,
      `${location.origin}/__fixtures/open311-spec/discovery.json`,
      'America/Vancouver',
    ]);
  });

  it('says that a backend adapter needs an endpoint', async () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      const provider = await fixture(
        html`<civic-provider adapter="rest"><civic-online-badge procedure="x"></civic-online-badge></civic-provider>`,
      );
      const badge = provider.firstElementChild!;
      await until(badge, () => shadowText(badge).includes('configurée'), 'the configuration message');
      expect(shadowText(badge)).to.equal('La source de données est mal configurée.');
    } finally {
      console.error = original;
    }
  });

  it('says that the static adapter needs a src', async () => {
    const original = console.error;
    console.error = () => undefined;
    try {
      const provider = await fixture(
        html`<civic-provider><civic-online-badge procedure="x"></civic-online-badge></civic-provider>`,
      );
      expect(await badgeText(provider.firstElementChild!)).to.equal('La source de données est mal configurée.');
    } finally {
      console.error = original;
    }
  });
});
