import { expect } from '@open-wc/testing';

/** Waits until `check` returns a value, or fails after `ms`. */
async function until<T>(check: () => T | undefined, ms = 5000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value) return value;
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

type CspWindow = Window & { cspViolations: string[]; trustedTypes?: unknown };

describe('the CDN bundle under a strict Content-Security-Policy', () => {
  it('renders every badge state with no violation', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/csp/strict-csp.html';
    frame.style.width = '800px';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as CspWindow;
    const badges = [
      ...frame.contentDocument!.querySelectorAll('main > p civic-online-badge, main > div civic-online-badge'),
    ];
    const texts = await until(() => {
      const t = badges.map((b) => b.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
      return t.every((x) => x && !x.includes('Chargement')) ? t : undefined;
    });
    expect(texts[0]).to.contain('Entièrement en ligne');
    expect(texts[1]).to.match(/en ligne/);
    expect(texts[2]).to.contain('Démarche introuvable');
    expect(texts[3], 'a language loaded on demand under the policy').to.contain('Fully online');
    const doc = frame.contentDocument!;
    const boxes = ['civic-channels', 'civic-info', 'civic-related'].map((tag) => doc.querySelector(tag)!);
    const boxTexts = await until(() => {
      const t = boxes.map((b) => b.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');
      return t.every((x) => x && !x.includes('Chargement')) &&
        boxes[2].shadowRoot!.querySelector('civic-online-badge')?.shadowRoot?.querySelector('.current')
        ? t
        : undefined;
    });
    expect(boxTexts[0]).to.contain('Comment faire cette démarche').and.to.contain('Voir tous les horaires');
    expect(boxTexts[1]).to.contain('Pour en savoir plus');
    expect(boxTexts[2]).to.contain('Démarches liées');
    // Loaded on demand (its tag is in the page), under the same policy; a catalog cannot track requests.
    const tracker = doc.querySelector('civic-request-status')!;
    const trackerText = await until(() => {
      const t = tracker.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
      return /pas proposé/.test(t) ? t : undefined;
    });
    expect(customElements.get.call(frame.contentWindow!.customElements, 'civic-request-status')).to.exist;
    expect(trackerText).to.contain("Le suivi des demandes n'est pas proposé sur ce site.");
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });

  it('reads an Open311 server in XML under that policy (the adapter loaded on demand)', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/csp/strict-csp-open311.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const win = frame.contentWindow as CspWindow;
    const badge = frame.contentDocument!.querySelector('civic-online-badge')!;
    const text = await until(() => {
      const t = badge.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      return t && !t.includes('Chargement') ? t : undefined;
    });
    expect(text).to.contain('Entièrement en ligne');
    const xml = win.performance.getEntriesByType('resource').filter((e) => /\.xml(\?|$)/.test(e.name));
    expect(xml.length, 'the XML answers were parsed').to.be.greaterThan(0);
    // The services of the repository's own Open311 sample (test/fixtures/open311-spec/), where 001 is realtime.
    expect(xml.map((e) => new URL(e.name).pathname)).to.include('/__fixtures/open311-spec/services.xml');
    expect(win.cspViolations).to.deep.equal([]);
    frame.remove();
  });

  it('is really served under that policy', async () => {
    const response = await fetch('/test/csp/strict-csp.html');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.contain("script-src 'self'").and.to.contain("require-trusted-types-for 'script'");
    expect(policy).not.to.contain('unsafe-inline');
    expect(policy).not.to.contain('unsafe-eval');
  });

  it('enforces Trusted Types there: a string HTML sink throws, yet the elements rendered', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/test/csp/strict-csp.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    expect((frame.contentWindow as CspWindow).trustedTypes, 'Chromium and Firefox ESR 153 have Trusted Types').to.exist;
    expect(() => (frame.contentDocument!.body.innerHTML = '<b>x</b>')).to.throw();
    frame.remove();
  });
});
