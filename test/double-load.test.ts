import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// No import of src/ here: this page gets the library only from the CDN bundle, twice, as when
// two CMS plugins each load their own copy.
const BUNDLE = '/dist/cdn/civic-elements.js';

describe('two copies of the library on one page', () => {
  it('the second warns once, the first keeps working, nothing throws', async () => {
    const warnings: string[] = [];
    const errors: unknown[] = [];
    const originalWarn = console.warn;
    const onError = (e: ErrorEvent) => errors.push(e.error);
    window.addEventListener('error', onError);
    console.warn = (m: string) => warnings.push(m);
    try {
      await import(/* @vite-ignore */ `${BUNDLE}?copy=1`);
      await import(/* @vite-ignore */ `${BUNDLE}?copy=2`);
    } finally {
      console.warn = originalWarn;
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
    // Two tags are defined by the second copy, yet one warning says it.
    expect(warnings.filter((w) => w.includes('already defined'))).to.have.length(1);

    const page = await fixture(
      html`<div>
        <civic-provider adapter="static" src="/demo/data/catalog.json"></civic-provider>
        <civic-online-badge procedure="acte-naissance"></civic-online-badge>
      </div>`,
    );
    const badge = page.querySelector('civic-online-badge')!;
    await waitUntil(() => !!badge.shadowRoot?.textContent?.includes('en ligne'), 'the badge from the first copy', {
      timeout: 4000,
    });
    expect(badge.shadowRoot!.textContent).to.contain('Entièrement en ligne');
  });
});
