// The demo pages as a citizen's browser shows them: Debian's Chromium (playwright-core) and
// Firefox ESR (puppeteer-core, WebDriver BiDi), at a given width and text size. No tool downloads
// a browser, and no page may fetch anything outside the server under test.
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
const CHROMIUM_ARGS = [
  '--no-sandbox', // CI runs as root
  '--disable-gpu',
  '--disable-background-networking', // the machine has no outside network
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The browsers' own default text size: "200 %" text is a 32 px default, as a reader sets it. */
const DEFAULT_FONT_PX = 16;
const fontPx = (textPercent) => Math.round((DEFAULT_FONT_PX * textPercent) / 100);

/**
 * @typedef {{
 *   evaluate: <T>(fn: (arg: any) => T, arg?: any) => Promise<T>,
 *   waitFor: (fn: (arg: any) => unknown, arg?: any) => Promise<void>,
 *   click: (selector: string) => Promise<void>,
 *   outsideRequests: string[],
 * }} DemoPage
 * @typedef {{ name: string, open: (url: string, options: { width: number, textPercent: number }) => Promise<DemoPage & { close: () => Promise<void> }>, close: () => Promise<void> }} DemoBrowser
 */

/** Chromium: one browser; the text size is the browser's default font size, set per page over CDP. */
export async function launchChromium() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    name: 'chromium',
    async open(url, { width, textPercent }) {
      const context = await browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const outsideRequests = watchRequests(url, (listener) => page.on('request', (r) => listener(r.url())));
      const cdp = await context.newCDPSession(page);
      await cdp.send('Page.setFontSizes', {
        fontSizes: { standard: fontPx(textPercent), fixed: Math.round(fontPx(textPercent) * 0.8125) },
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      return {
        outsideRequests,
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        waitFor: async (fn, arg) => void (await page.waitForFunction(fn, arg, { timeout: 15000 })),
        click: (selector) => page.click(selector),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

/**
 * Firefox: the default font size is a preference read at start-up, so one browser per text size,
 * launched on first use.
 */
export async function launchFirefox() {
  /** @type {Map<number, Promise<import('puppeteer-core').Browser>>} */
  const browsers = new Map();
  const browserFor = (textPercent) => {
    if (!browsers.has(textPercent))
      browsers.set(
        textPercent,
        puppeteer.launch({
          browser: 'firefox',
          executablePath: FIREFOX,
          headless: true,
          extraPrefsFirefox: {
            'font.size.variable.x-western': fontPx(textPercent),
            'font.size.monospace.x-western': Math.round(fontPx(textPercent) * 0.8125),
          },
        }),
      );
    return /** @type {Promise<import('puppeteer-core').Browser>} */ (browsers.get(textPercent));
  };
  return {
    name: 'firefox',
    async open(url, { width, textPercent }) {
      const browser = await browserFor(textPercent);
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const outsideRequests = watchRequests(url, (listener) => page.on('request', (r) => listener(r.url())));
      await page.setViewport({ width, height: 800 });
      await page.goto(url, { waitUntil: 'networkidle0' });
      return {
        outsideRequests,
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        waitFor: async (fn, arg) => void (await page.waitForFunction(fn, { timeout: 15000 }, arg)),
        click: (selector) => page.click(selector),
        close: () => context.close(),
      };
    },
    async close() {
      for (const browser of browsers.values()) await (await browser).close();
    },
  };
}

/** Every URL the page asked for outside the server's origin (none is allowed: no network in tests). */
function watchRequests(pageUrl, subscribe) {
  const { origin } = new URL(pageUrl);
  /** @type {string[]} */
  const outside = [];
  subscribe((url) => {
    if (!url.startsWith(`${origin}/`) && !url.startsWith('data:')) outside.push(url);
  });
  return outside;
}
