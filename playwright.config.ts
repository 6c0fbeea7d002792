import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { testPostgresUrl } from './db/testing/postgresServer';
import { SUITE_DATABASE_SERVER_SETTINGS } from './db/testing/suiteServerSettings';

const PORT = Number(process.env.E2E_PORT || 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// E2E_ENGINE=postgres: the same suites against a throwaway PostgreSQL server (scripts/serve-on-test-postgres.ts).
const ENGINE = process.env.E2E_ENGINE === 'postgres' ? 'postgres' : 'sqlite';
const POSTGRES_PORT = Number(process.env.E2E_POSTGRES_PORT || PORT + 1);
// Each engine's run has a SQLite file of its own, so that one run never reads or deletes the other's.
const E2E_DATABASE = ENGINE === 'postgres' ? 'db/data/e2e-postgres.sqlite' : 'db/data/e2e.sqlite';
// Set here, so that the workers inherit them: their fixtures (db/testing/e2eDatabase.ts) and the
// servers some specs start reach the database of the server under test.
process.env.DATABASE_PATH = E2E_DATABASE;
process.env.DATABASE_URL = ENGINE === 'postgres' ? testPostgresUrl(POSTGRES_PORT) : '';

// Debian's Chromium where installed (Playwright cannot download its own browser here); elsewhere Playwright's.
const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file));
const launchOptions = SYSTEM_CHROMIUM
  ? {
      executablePath: SYSTEM_CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    }
  : {};

const desktop = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1280, height: 800 },
  launchOptions,
};
const phone = {
  ...devices['iPhone 13'],
  browserName: 'chromium' as const,
  viewport: { width: 390, height: 844 },
  launchOptions,
};

// On PostgreSQL the suites run a second time for what reads or writes the database. What only the
// views decide (accessibility, HTML validity, screenshots, page budgets, headers, Lighthouse, the
// development server, pages without JavaScript) is the same on either engine: checked once, on SQLite.
const VIEW_ONLY_SPECS =
  ENGINE === 'postgres'
    ? ['**/accessibility.spec.ts', '**/html-validity.spec.ts', '**/screenshots.spec.ts', '**/budgets.spec.ts', '**/security-headers.spec.ts', '**/lighthouse.spec.ts', '**/development.spec.ts']
    : [];
const withoutJavaScript = ENGINE === 'postgres' ? [] : ['desktop-no-js', 'phone-no-js'];

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  timeout: 30_000,
  use: { baseURL: BASE_URL, trace: 'retain-on-failure' },
  projects: [
    {
      name: 'desktop',
      use: desktop,
      testIgnore: [
        ...VIEW_ONLY_SPECS,
        ...['toggle', 'lighthouse', 'newsroom-editor', 'newsroom-admin', 'newsroom-roles', 'newsroom-notes', 'newsroom-live', 'live-coverage', 'most-read', 'breaking-news', 'development', 'hostile-input', 'cluster', 'cache-tier', 'outage'].map(
          (spec) => `**/${spec}.spec.ts`,
        ),
      ],
    },
    { name: 'phone', use: phone, testMatch: ['**/reader.spec.ts', '**/pages.spec.ts', '**/toggle.spec.ts', '**/accessibility.spec.ts', '**/screenshots.spec.ts', '**/search.spec.ts'], testIgnore: VIEW_ONLY_SPECS },
    ...(withoutJavaScript.length > 0
      ? [
          { name: 'desktop-no-js', use: { ...desktop, javaScriptEnabled: false }, testMatch: ['**/reader.spec.ts', '**/pages.spec.ts', '**/search.spec.ts'] },
          { name: 'phone-no-js', use: { ...phone, javaScriptEnabled: false }, testMatch: ['**/reader.spec.ts', '**/toggle.spec.ts', '**/search.spec.ts'] },
        ]
      : []),
    // Publishing changes the home page that the reader suites check: after them.
    {
      name: 'newsroom-writes',
      use: desktop,
      testMatch: ['**/newsroom-editor.spec.ts', '**/newsroom-admin.spec.ts', '**/newsroom-roles.spec.ts', '**/newsroom-notes.spec.ts', '**/newsroom-live.spec.ts', '**/live-coverage.spec.ts', '**/most-read.spec.ts'],
      dependencies: ['desktop', 'phone', ...withoutJavaScript],
    },
    // The site's one breaking-news strip, put up and taken down: each change renders every page
    // again, so after the suites that read pages and the other writers, alone. Its readers are on
    // desktops and phones, with script and without, in contexts of its own.
    {
      name: 'breaking-news',
      use: desktop,
      testMatch: ['**/breaking-news.spec.ts'],
      dependencies: ['newsroom-writes'],
    },
    // A second app process on the suite's database, timed to the second: after the other writers,
    // alone, so its deadline does not share the processor with them.
    {
      name: 'cluster',
      use: desktop,
      testMatch: ['**/cluster.spec.ts'],
      dependencies: ['breaking-news'],
    },
    // On a PostgreSQL server of its own each, once per `npm test`, in the PostgreSQL pass, after the
    // other writers and one after the other, as they time answers: an app process whose database is
    // stopped for a few seconds; then a cluster (three app processes, Varnish) failing in every way
    // it may.
    ...(ENGINE === 'postgres'
      ? [
          { name: 'outage', use: desktop, testMatch: ['**/outage.spec.ts'], dependencies: ['cluster'] },
          { name: 'cache-tier', use: desktop, testMatch: ['**/cache-tier.spec.ts'], dependencies: ['outage'] },
        ]
      : []),
    // A development server compiling pages takes the processor: after the suites that time answers.
    {
      name: 'development',
      use: desktop,
      testMatch: ['**/development.spec.ts'],
      testIgnore: VIEW_ONLY_SPECS,
      dependencies: [ENGINE === 'postgres' ? 'cache-tier' : 'cluster'],
    },
    // Timed by Lighthouse: after every other project, so nothing competes for the processor.
    {
      name: 'lighthouse',
      testMatch: ['**/lighthouse.spec.ts'],
      testIgnore: VIEW_ONLY_SPECS,
      dependencies: ['development'],
    },
    // Thousands of requests to the suite's server: after everything timed, one test at a time (one
    // of them times the server itself), so no deadline shares the processor with a load generator.
    {
      name: 'hostile-input',
      use: desktop,
      testMatch: ['**/hostile-input.spec.ts'],
      fullyParallel: false,
      dependencies: ['lighthouse'],
    },
  ],
  webServer: {
    // The README's serve command, on a fresh database so every run starts from the demo content:
    // a fresh file, or a new PostgreSQL server (stopped cleanly on SIGTERM: see gracefulShutdown).
    command:
      ENGINE === 'postgres'
        ? 'npx tsx scripts/serve-on-test-postgres.ts'
        : `rm -f ${E2E_DATABASE} ${E2E_DATABASE}-wal ${E2E_DATABASE}-shm && npm start`,
    url: `${BASE_URL}/`,
    // The tests stand in for a proxy on this machine: each login test comes from an address of its own.
    env: {
      PORT: String(PORT),
      DATABASE_PATH: E2E_DATABASE,
      SITE_URL: BASE_URL,
      TRUST_PROXY: 'loopback',
      LOG_LEVEL: 'warn',
      ...SUITE_DATABASE_SERVER_SETTINGS,
      E2E_POSTGRES_PORT: String(POSTGRES_PORT),
    },
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
  },
});
