/* global document -- the functions handed to page.evaluate run in the browser */
// The reference server: security headers on every page and file, and the demo working under its policy.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PAGE_CSP } from '../../server/static-files.mjs';
import { call, rawGet, start } from './server-harness.mjs';

describe('security headers', () => {
  let server;
  before(async () => (server = await start()));
  after(() => server.stop());

  test('every static answer: a strict CSP with frame-ancestors, Referrer-Policy, nosniff', async () => {
    for (const path of ['/', '/suivre.html', '/assets/demo-pages.js', '/assets/logo.svg', '/no-such-page', '/data']) {
      const answer = await rawGet(server.origin, path);
      const csp = answer.headers['content-security-policy'] ?? '';
      assert.match(csp, /default-src 'none'/, path);
      assert.match(csp, /script-src 'self'(;|$)/, `${path}: no inline script`);
      assert.match(csp, /frame-ancestors 'self'/, path);
      assert.match(csp, /require-trusted-types-for 'script'/, path);
      assert.equal(answer.headers['referrer-policy'], 'same-origin', path);
      if (answer.status !== 301) assert.equal(answer.headers['x-content-type-options'], 'nosniff', path);
    }
    const notFound = await rawGet(server.origin, '/no-such-page');
    assert.match(notFound.headers['content-security-policy'], /style-src 'self' 'sha256-[\w+/=]+'/, '404 page style');
  });

  test('API answers, problems included, are nosniff', async () => {
    for (const path of ['city', 'procedures', 'no-such-route']) {
      const answer = await call(`${server.api}${path}`);
      assert.equal(answer.headers.get('x-content-type-options'), 'nosniff', path);
    }
  });
});

const repository = new URL('../../', import.meta.url);
const built = existsSync(new URL('dist/cdn/civic-elements.js', repository));
const chromium = '/usr/bin/chromium';

describe('the demo pages under their policy, in Chromium', () => {
  const skip = (!built && 'build first (npm run build)') || (!existsSync(chromium) && `no ${chromium}`);
  let server;
  let browser;
  before(async () => {
    if (skip) return;
    server = await start({ distDir: fileURLToPath(new URL('dist/', repository)) });
    const { chromium: launcher } = await import('playwright-core');
    browser = await launcher.launch({ executablePath: chromium, args: ['--no-sandbox'] });
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const page of [
    'index.html',
    'procedure.html?id=carte-identite-passeport',
    'theme.html?theme=etat-civil',
    'suivre.html',
  ]) {
    test(`${page}: no policy violation, every element rendered`, { skip }, async () => {
      const tab = await browser.newPage();
      const violations = [];
      tab.on('console', (message) => {
        if (/Content Security Policy|Trusted Type/i.test(message.text())) violations.push(message.text());
      });
      tab.on('pageerror', (error) => violations.push(String(error)));
      await tab.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) =>
          console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`),
        );
      });
      try {
        const answer = await tab.goto(`${server.origin}/${page}`);
        assert.equal(answer.headers()['content-security-policy'], PAGE_CSP);
        // Every civic element but the provider shows content, not a skeleton nor an error.
        await tab.waitForFunction(
          () => {
            const elements = [...document.querySelectorAll('*')].filter(
              (e) => e.localName.startsWith('civic-') && e.localName !== 'civic-provider',
            );
            return (
              elements.length > 0 &&
              elements.every((e) => {
                const text = e.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
                return text && !/Chargement|Loading/.test(text);
              })
            );
          },
          undefined,
          { timeout: 10_000 },
        );
        const rendered = await tab.evaluate(
          () =>
            [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('civic-') && e.shadowRoot).length,
        );
        assert.ok(rendered > 0);
        assert.deepEqual(violations, []);
      } finally {
        await tab.close();
      }
    });
  }
});
