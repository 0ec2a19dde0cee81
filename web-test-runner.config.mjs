// @ts-check
// Browser tests in Debian's Chromium (Playwright) and Firefox ESR (puppeteer-core, WebDriver BiDi).
// No tool downloads a browser. Set WTR_BROWSERS=chromium to run one browser while developing.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher, defaultReporter } from '@web/test-runner';
import puppeteer from 'puppeteer-core';
import { testServerMiddleware } from './test/server/middleware.mjs';

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

// The visitor is in São Paulo (Chromium) or UTC (Firefox), never in the demo city's Paris: opening
// hours must be computed in the city's time zone whatever the visitor's.
export const VISITOR_TIME_ZONE = 'America/Sao_Paulo';
const chromium = playwrightLauncher({
  product: 'chromium',
  launchOptions: { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS },
  createBrowserContext: ({ browser }) => browser.newContext({ timezoneId: VISITOR_TIME_ZONE }),
});

// Firefox runs with a citizen's larger default font (20 px instead of 16 px): the sizing tests
// prove that our text follows the reader's browser setting and not the host page's root size.
export const FIREFOX_DEFAULT_FONT_PX = 20;
const firefox = chromeLauncher({
  puppeteer,
  launchOptions: {
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'font.size.variable.x-western': FIREFOX_DEFAULT_FONT_PX,
      // Test pages run side by side; background pages must not have their timers slowed to 1 s.
      'dom.min_background_timeout_value': 0,
      'dom.timeout.enable_budget_timer_throttling': false,
      'dom.timeout.background_throttling_max_budget': -1,
    },
  },
});

const wanted = (process.env.WTR_BROWSERS || 'chromium,firefox').split(',');
const browsers = [];
if (wanted.includes('chromium')) browsers.push(chromium);
if (wanted.includes('firefox')) browsers.push(firefox);

/** One plain "wtr: N passed, N failed, N skipped" line at the end, for CI logs. */
function summaryReporter() {
  let passed = 0,
    failed = 0,
    skipped = 0,
    broken = 0;
  /** @param {any} suite */
  const walk = (suite) => {
    for (const t of suite.tests) {
      if (t.skipped) skipped++;
      else if (t.passed) passed++;
      else failed++;
    }
    for (const s of suite.suites) walk(s);
  };
  return {
    /** @param {{ sessions: any[] }} args */
    onTestRunFinished({ sessions }) {
      passed = failed = skipped = broken = 0;
      for (const s of sessions) {
        if (s.testResults) walk(s.testResults);
        if (!s.passed && (!s.testResults || s.errors?.length)) broken++;
      }
    },
    stop() {
      console.log(`\nwtr: ${passed} passed, ${failed + broken} failed, ${skipped} skipped`);
    },
  };
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  // Without the tsconfig, esbuild emits standard decorators and Lit throws.
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  middleware: [testServerMiddleware],
  browsers,
  // One test file at a time: Firefox gives a background page neither animation frames nor focus.
  concurrency: 1,
  browserStartTimeout: 60000,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 8000 } },
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), summaryReporter()],
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/**/*.test.ts', 'src/**/*.harness.ts'],
    reportDir: 'coverage',
    threshold: { statements: 80, branches: 70, functions: 80, lines: 80 },
  },
};
