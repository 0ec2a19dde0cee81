import { expect, fixture, html } from '@open-wc/testing';
import '../../index.js';
import type { CivicError } from '../../core/civic-error.js';
import { ResourceStore } from '../../data/resource-store.js';
import { countingFetches } from '../../../test/harness/network.js';
import { shadowText, until } from '../../../test/harness/render.js';
import { StaticAdapter } from './static-adapter.js';

let unique = 0;
/** A URL no other test has used, so the page-wide cache does not hide requests. */
const fresh = (path: string) => `${path}?t=${Date.now()}-${++unique}`;
const signal = () => new AbortController().signal;

/** Real HTTP requests the page made to URLs containing `part` (Resource Timing). */
const httpRequests = (part: string) =>
  performance.getEntriesByType('resource').filter((e) => e.name.includes(part)).length;

describe('StaticAdapter', () => {
  it('reads the demo catalog', async () => {
    const adapter = new StaticAdapter({ src: fresh('/demo/data/catalog.json') });
    const procedure = await adapter.getProcedure('carte-identite-passeport', { signal: signal() });
    expect(procedure?.online.availability).to.be.oneOf(['full', 'partial', 'none']);
  });

  it('50 badges of one catalog make one HTTP request', async () => {
    const src = fresh('/demo/data/catalog.json');
    const ids = ['carte-identite-passeport', 'acte-naissance', 'inscription-listes-electorales'];
    const badges = Array.from(
      { length: 50 },
      (_, i) => html`<civic-online-badge procedure=${ids[i % ids.length]}></civic-online-badge>`,
    );
    const fetches = countingFetches(src);
    try {
      const provider = await fixture(html`<civic-provider adapter="static" src=${src}>${badges}</civic-provider>`);
      const all = [...provider.querySelectorAll('civic-online-badge')];
      expect(all).to.have.length(50);
      for (const badge of all)
        await until(badge, () => /en ligne/i.test(shadowText(badge)), 'every badge with its availability');
      // Every badge has its answer: any other request for the file would have been started by now.
      expect(fetches.count, 'fetch calls').to.equal(1);
      await until(all[0], () => httpRequests(src.split('?')[1]) > 0, 'the request in Resource Timing');
      expect(httpRequests(src.split('?')[1])).to.equal(1);
    } finally {
      fetches.stop();
    }
  });

  it('two providers with the same catalog share the request', async () => {
    const src = fresh('/demo/data/catalog.json');
    const calls: string[] = [];
    const counting = (url: string, init?: RequestInit) => (calls.push(url), fetch(url, init));
    const a = new ResourceStore(new StaticAdapter({ src, fetch: counting }));
    const b = new ResourceStore(new StaticAdapter({ src, fetch: counting }));
    await Promise.all([a.procedure('acte-naissance', signal()), b.procedure('carte-identite-passeport', signal())]);
    expect(calls).to.have.length(1);
  });

  it('aborts the HTTP request when no element needs it any more', async () => {
    let seen: AbortSignal | undefined;
    const spy = (url: string, init?: RequestInit) => ((seen = init?.signal ?? undefined), fetch(url, init));
    const adapter = new StaticAdapter({ src: fresh('/__slow/2000/demo/data/catalog.json'), fetch: spy });
    const controllers = [new AbortController(), new AbortController()];
    const pending = controllers.map((c) =>
      adapter.getProcedure('acte-naissance', { signal: c.signal }).catch((e: unknown) => e),
    );
    controllers[0].abort();
    expect(seen?.aborted).to.equal(false);
    controllers[1].abort();
    await Promise.all(pending);
    expect(seen?.aborted).to.equal(true);
  });

  it('resolves office references and leaves out what is wrong, with one console warning', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      const store = new ResourceStore(new StaticAdapter({ src: fresh('/test/fixtures/small-catalog.json') }));
      const full = await store.procedure('full', signal());
      expect((full.channels[0] as { office: { id: string } }).office.id).to.equal('town-hall');
      expect(full.related, 'related ids are kept; the related element skips missing ones').to.deep.equal([
        'partial',
        'ghost',
      ]);
      await store.procedure('partial', signal());
    } finally {
      console.warn = original;
    }
    const text = warnings.join('\n');
    expect(text)
      .to.contain('procedures[6]: repeats the id "full"')
      .and.to.contain('refers to no procedure of the catalog: "ghost"');
    expect(warnings.filter((w) => /small-catalog\.json\?\S+ has 2 problem/.test(w))).to.have.length(1);
  });

  const failures: [string, string, string][] = [
    ['not JSON', '/test/fixtures/not-json.json', 'invalid-json'],
    ['a 404', '/__status/404', 'http'],
    ['a 500', '/__status/500', 'http'],
    ['a wrong version', '/test/fixtures/wrong-version.json', 'invalid-data'],
    ['a wrong shape', '/test/fixtures/wrong-shape.json', 'invalid-data'],
    ['an unreachable server', 'http://127.0.0.1:9/catalog.json', 'network'],
  ];
  for (const [what, url, code] of failures) {
    it(`reports ${what} as ${code}`, async () => {
      const error = (await new StaticAdapter({ src: fresh(url) })
        .getProcedure('x', { signal: signal() })
        .catch((e: unknown) => e)) as CivicError;
      expect(error.code).to.equal(code);
    });
  }

  it('says which field of the file is wrong', async () => {
    const error = (await new StaticAdapter({ src: fresh('/test/fixtures/wrong-version.json') })
      .getProcedure('x', { signal: signal() })
      .catch((e: unknown) => e)) as CivicError;
    expect(error.details[0]).to.contain('version: "2.0" is not supported');
  });

  it('shows hostile catalog entries as clear messages and runs nothing', async () => {
    const src = fresh('/test/fixtures/small-catalog.json');
    const provider = await fixture(
      html`<civic-provider src=${src}>
        <civic-online-badge procedure="evil-link"></civic-online-badge>
        <civic-online-badge procedure="evil-title"></civic-online-badge>
        <civic-online-badge procedure="no-title"></civic-online-badge>
      </civic-provider>`,
    );
    const badges = [...provider.querySelectorAll('civic-online-badge')];
    expect(badges).to.have.length(3);
    for (const badge of badges)
      await until(badge, () => shadowText(badge).includes('invalides'), 'the invalid-data message');
    for (const badge of badges) {
      expect(shadowText(badge)).to.equal('Les données de cette démarche sont invalides.');
      expect(badge.shadowRoot!.querySelector('a, img')).to.equal(null);
    }
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });
});
