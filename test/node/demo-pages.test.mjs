// The demo site as the reference server serves it (strict CSP, the CDN build), in Chromium and
// Firefox: no page scrolls sideways on a 320 px phone at 100 % and 200 % text, the language
// buttons' accessible names contain their visible text (WCAG 2.5.3), and axe finds nothing.
// Needs the build (dist/cdn/civic-elements.js): `npm test` builds first.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { demoDir, start } from './server-harness.mjs';
import { launchChromium, launchFirefox } from './demo-browsers.mjs';
import { languageButtons, languageIs, overflow, runAxe, settled } from './demo-page-probes.mjs';

const builtDist = fileURLToPath(new URL('../../dist/', import.meta.url));
const built = existsSync(`${builtDist}cdn/civic-elements.js`);
const skip = !built && 'run npm run build first: the demo pages load dist/cdn/civic-elements.js';

/** Every page of the demo, so that a page added later is checked too. */
const PAGES = readdirSync(demoDir)
  .filter((name) => name.endsWith('.html'))
  .sort();
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Pages that still scroll sideways at 200 % text because of an element of the library, not of the
 * demo’s theme: run and reported as TODO until the element is fixed (a TODO that passes: remove its line).
 */
const KNOWN_OVERFLOW_AT_200 = {
  'index.html': 'civic-catalog: in a narrow box the theme name sits beside the badge and sticks out',
  'procedure.html': 'civic-channels: the opening-hours table and the time-zone note do not wrap',
};

for (const launch of [launchChromium, launchFirefox]) {
  describe(`the demo pages in ${launch.name.replace('launch', '')}`, { skip }, () => {
    /** @type {Awaited<ReturnType<typeof start>>} */
    let server;
    /** @type {Awaited<ReturnType<typeof launchChromium>>} */
    let browser;
    before(async () => {
      server = await start({ distDir: builtDist });
      browser = await launch();
    });
    after(async () => {
      await browser?.close();
      await server?.stop();
    });

    /** Opens a page, waits for every element to load, runs `check`, and closes it. */
    async function onPage(name, options, check) {
      const page = await browser.open(`${server.origin}/${name}`, options);
      try {
        await page.waitFor(settled);
        await check(page);
        assert.deepEqual(page.outsideRequests, [], 'no request leaves the test server');
      } finally {
        await page.close();
      }
    }

    for (const name of PAGES) {
      for (const textPercent of [100, 200]) {
        const todo = textPercent === 200 && KNOWN_OVERFLOW_AT_200[name];
        test(`${name} fits a 320 px screen at ${textPercent} % text`, { todo }, () =>
          onPage(name, { width: 320, textPercent }, async (page) => {
            const measured = await page.evaluate(overflow);
            assert.ok(
              measured.scrollWidth <= measured.innerWidth,
              `${name} is ${measured.scrollWidth} px wide in a ${measured.innerWidth} px window: ${measured.culprits.join('; ')}`,
            );
          }),
        );
      }

      test(`${name}: the language buttons are named with their visible text, and axe finds nothing`, () =>
        onPage(name, { width: 1280, textPercent: 100 }, async (page) => {
          // Evaluated by the test driver, not by the page: the page's CSP stays as the server sends it.
          await page.evaluate(AXE_SOURCE);
          const check = async (language) => {
            const buttons = await page.evaluate(languageButtons);
            assert.equal(buttons.length, 2, 'FR and EN');
            for (const { visible, name: accessibleName } of buttons) {
              assert.ok(visible, `${language}: a button shows a text`);
              // The name starts with the visible text as a whole word: "Français" does not name an
              // "FR" button for a voice-control user, though it contains the letters.
              const escaped = visible.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
              assert.match(
                accessibleName,
                new RegExp(`^${escaped}(?![\\p{L}\\p{N}])`, 'iu'),
                `${language}: the name "${accessibleName}" begins with the visible "${visible}"`,
              );
            }
            assert.deepEqual(await page.evaluate(runAxe), [], `${language}: axe violations`);
          };
          await check('fr');
          await page.click('button[data-lang="en"]');
          await page.waitFor(languageIs, 'en');
          await page.waitFor(settled);
          await check('en');
        }));
    }
  });
}
