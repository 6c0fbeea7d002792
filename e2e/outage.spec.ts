import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import sharp from 'sharp';
import { readDatabase } from '../db/testing/e2eDatabase';
import { startPostgresServer, type PostgresServer } from '../db/testing/postgresServer';
import { IMAGE_NOT_KEPT } from '../lib/newsroom/editorState';
import { PAGE_WHILE_DATABASE_UNAVAILABLE, WORK_KEPT_WHILE_DATABASE_UNAVAILABLE } from '../lib/newsroom/refusals';
import { articlePath, homePath } from '../lib/paths';
import { comeFrom, demoAccount } from './newsroomLogin';

/*
 * PostgreSQL stops for a few seconds under a running app process, and comes back. The process is
 * this spec's own, on a throwaway PostgreSQL server of its own seeded as the suite's, so that
 * stopping it touches no other test. While the database is down: pages in the page cache are
 * still served; any other page answers at once, 503 with Retry-After, saying the site is briefly
 * unavailable, in both versions; a story saved in the newsroom is refused, saying so, and comes
 * back with everything typed, with script and without; the health check fails. Once it is back,
 * the same process serves those pages and takes the same saves, without a restart.
 */

test.describe.configure({ mode: 'serial' });

const PORT = Number(process.env.E2E_PORT || 3100) + 61;
const APP = `http://127.0.0.1:${PORT}`;
const DESKTOP_USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36';
/** Two stories no one has asked for yet: neither is in the page cache of the new process. */
const COLD_DESKTOP = articlePath('rupee-ends-april-stronger-as-foreign-investors-return', 'desktop');
const COLD_MOBILE = articlePath('modi-cuts-short-saudi-visit-after-pahalgam-attack', 'mobile');
const OUTAGE_HEADING = 'The site is briefly unavailable';
/** How long a reader may wait for the answer while the database is down. */
const PROMPT_MS = 3000;

let postgres: PostgresServer;
let app: ChildProcess;
let appOutput = '';

/** An answer of the app process, timed, as a reader's browser would ask for it. */
async function timedGet(path: string): Promise<{ status: number; headers: Headers; body: string; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${APP}${path}`, { headers: { 'User-Agent': DESKTOP_USER_AGENT }, signal: AbortSignal.timeout(15_000) });
  const body = await response.text();
  return { status: response.status, headers: response.headers, body, ms: performance.now() - started };
}

async function waitForHealth(status: number, within: number): Promise<void> {
  await expect
    .poll(async () => (await fetch(`${APP}/healthz`, { signal: AbortSignal.timeout(3000) }).catch(() => null))?.status, { timeout: within, intervals: [100] })
    .toBe(status);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  postgres = await startPostgresServer();
  // The demo content, as `npm start` loads it into a new local site's database.
  const prepared = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/prepare-database.ts'], {
    env: { ...process.env, DATABASE_URL: postgres.url, SITE_URL: APP },
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(prepared.status, prepared.stderr).toBe(0);
  app = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/serve.ts'], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(PORT), DATABASE_URL: postgres.url, SITE_URL: APP, TRUST_PROXY: 'loopback', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout?.on('data', (chunk: Buffer) => (appOutput += chunk.toString()));
  app.stderr?.on('data', (chunk: Buffer) => (appOutput += chunk.toString()));
  await waitForHealth(200, 90_000).catch(() => {
    throw new Error(`The app process did not start:\n${appOutput}`);
  });
});

test.afterAll(async () => {
  if (app?.exitCode === null) {
    const exited = new Promise((resolve) => app.once('exit', resolve));
    app.kill('SIGTERM');
    await exited;
  }
  postgres?.stop();
});

/** A newsroom tab, with script or without, logged in as the demo editor and on a new story's form. */
async function openNewStory(browser: Browser, { javaScript, from }: { javaScript: boolean; from: number }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: APP, javaScriptEnabled: javaScript, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await comeFrom(page, from);
  await page.goto('/newsroom/login');
  await page.getByLabel('Email').fill(demoAccount('editor').email);
  await page.getByLabel('Password').fill(demoAccount('editor').password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
  await page.goto('/newsroom/stories/new');
  return { context, page };
}

interface TypedStory {
  headline: string;
  standfirst: string;
  tags: string;
  body: string;
  alt: string;
  credit: string;
  source: string;
  sourceUrl: string;
  disclaimer: string;
}

const typedStory = (version: string): TypedStory => ({
  headline: `Outage test: a story typed ${version} while the database was away`,
  standfirst: `Typed ${version}, refused once, saved once the database was back.`,
  tags: 'Outage, Resilience',
  body: `## Written ${version}\n\nEvery **word** of this must survive a refused save.\n\n- one\n- two`,
  alt: 'A blue test card',
  credit: 'Test credit',
  source: 'The test',
  sourceUrl: 'https://example.org/outage',
  disclaimer: 'Written by a test.',
});

const field = (page: Page) => ({
  headline: page.getByLabel('Headline'),
  standfirst: page.getByLabel('Standfirst'),
  section: page.getByLabel('Section'),
  tags: page.getByLabel('Topics'),
  body: page.getByLabel(/^Story/),
  image: page.getByLabel(/^Image/),
  alt: page.getByLabel('Description for readers who cannot see it (alt text)'),
  credit: page.getByLabel('Caption and credit'),
  source: page.getByLabel('Source', { exact: true }),
  sourceUrl: page.getByLabel('Source address'),
  disclaimer: page.getByLabel('Disclaimer'),
});

async function testImage(): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const buffer = await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#1d4e7a' } }).png().toBuffer();
  return { name: 'outage.png', mimeType: 'image/png', buffer };
}

async function typeStory(page: Page, story: TypedStory): Promise<void> {
  const at = field(page);
  await at.headline.fill(story.headline);
  await at.standfirst.fill(story.standfirst);
  await at.section.selectOption({ label: 'Economy' });
  await at.tags.fill(story.tags);
  await at.body.fill(story.body);
  await at.image.setInputFiles(await testImage());
  await at.alt.fill(story.alt);
  await at.credit.fill(story.credit);
  await at.source.fill(story.source);
  await at.sourceUrl.fill(story.sourceUrl);
  await at.disclaimer.fill(story.disclaimer);
}

async function expectEverythingTyped(page: Page, story: TypedStory): Promise<void> {
  const at = field(page);
  await expect(at.headline).toHaveValue(story.headline);
  await expect(at.standfirst).toHaveValue(story.standfirst);
  await expect(at.section.locator('option:checked')).toHaveText('Economy');
  await expect(at.tags).toHaveValue(story.tags);
  await expect(at.body).toHaveValue(story.body);
  await expect(at.alt).toHaveValue(story.alt);
  await expect(at.credit).toHaveValue(story.credit);
  await expect(at.source).toHaveValue(story.source);
  await expect(at.sourceUrl).toHaveValue(story.sourceUrl);
  await expect(at.disclaimer).toHaveValue(story.disclaimer);
}

test('readers and editors get through a PostgreSQL outage, and the same process carries on when it is back', async ({ browser }, testInfo) => {
  test.setTimeout(120_000);
  const withScript = typedStory('with script');
  const withoutScript = typedStory('without script');

  // The home page is read once, so it is in the page cache when the database goes.
  for (const path of [homePath('desktop'), homePath('mobile')]) expect((await timedGet(path)).status, path).toBe(200);
  const scripted = await openNewStory(browser, { javaScript: true, from: 61 });
  const plain = await openNewStory(browser, { javaScript: false, from: 62 });
  await typeStory(scripted.page, withScript);
  await typeStory(plain.page, withoutScript);

  await postgres.pause();
  const outageStarted = Date.now();
  const logBeforeOutage = appOutput.length;

  await test.step('pages in the page cache are still served', async () => {
    expect((await timedGet(homePath('desktop'))).status).toBe(200);
    expect((await timedGet(homePath('mobile'))).status).toBe(200);
  });

  await test.step('any other page answers at once: 503, try again in 30 s, stored by no cache, in both versions', async () => {
    for (const path of [COLD_DESKTOP, COLD_MOBILE]) {
      const answer = await timedGet(path);
      testInfo.annotations.push({ type: `${path} while the database was down`, description: `${answer.status} in ${Math.round(answer.ms)} ms` });
      expect(answer.status, path).toBe(503);
      expect(answer.ms, path).toBeLessThan(PROMPT_MS);
      expect(answer.headers.get('retry-after'), path).toBe('30');
      expect(answer.headers.get('cache-control'), path).toBe('no-store');
      expect(answer.body, path).toContain(OUTAGE_HEADING);
      expect(answer.body, path).toContain('Please try again in a minute.');
    }
    // The mobile version adds no script of ours.
    expect((await timedGet(COLD_MOBILE)).body).not.toContain('<script');
  });

  await test.step('the outage pages look like the site, desktop and phone', async () => {
    const looks = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const desktop = await looks.newPage();
    await desktop.goto(`${APP}${COLD_DESKTOP}`);
    await expect(desktop.getByRole('heading', { level: 1 })).toHaveText(OUTAGE_HEADING);
    await desktop.screenshot({ path: testInfo.outputPath('outage-desktop.png'), fullPage: true });
    const phone = await looks.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${APP}${COLD_MOBILE}`);
    await expect(phone.getByRole('heading', { level: 1 })).toHaveText(OUTAGE_HEADING);
    await phone.screenshot({ path: testInfo.outputPath('outage-phone.png'), fullPage: true });
    await looks.close();
  });

  await test.step('a save with script is refused, saying so, with everything typed still in the form', async () => {
    await scripted.page.getByRole('button', { name: 'Save draft' }).click();
    await expect(scripted.page.getByRole('alert').filter({ hasText: WORK_KEPT_WHILE_DATABASE_UNAVAILABLE })).toBeVisible();
    await expectEverythingTyped(scripted.page, withScript);
    await expect(scripted.page.getByText(IMAGE_NOT_KEPT)).toBeVisible();
  });

  await test.step('a save without script is refused the same way, as a 503', async () => {
    const [answer] = await Promise.all([
      plain.page.waitForResponse((response) => response.request().method() === 'POST'),
      plain.page.getByRole('button', { name: 'Save draft' }).click(),
    ]);
    expect(answer.status()).toBe(503);
    expect(answer.headers()['retry-after']).toBe('30');
    await expect(plain.page.getByRole('alert').filter({ hasText: WORK_KEPT_WHILE_DATABASE_UNAVAILABLE })).toBeVisible();
    await expectEverythingTyped(plain.page, withoutScript);
    await expect(plain.page.getByText(IMAGE_NOT_KEPT)).toBeVisible();
  });

  await test.step('a newsroom page opened now says why it shows nothing', async () => {
    const opened = await plain.context.newPage();
    const answer = await opened.goto('/newsroom/stories/new');
    expect(answer?.status()).toBe(503);
    await expect(opened.getByRole('alert').filter({ hasText: PAGE_WHILE_DATABASE_UNAVAILABLE })).toBeVisible();
    await opened.close();
  });

  await test.step('the health check fails', async () => {
    expect((await fetch(`${APP}/healthz`)).status).toBe(503);
  });

  await postgres.resume();
  const outageMs = Date.now() - outageStarted;
  const outageLog = appOutput.slice(logBeforeOutage).split('\n').filter(Boolean);
  // Every page drawn meanwhile was drawn whole: none failed on its way out of Next.js.
  expect(outageLog.filter((line) => line.includes('⨯'))).toEqual([]);
  testInfo.annotations.push(
    { type: 'outage', description: `${outageMs} ms` },
    {
      type: 'log lines while the database was down',
      description: `${outageLog.length}, of which ${outageLog.filter((line) => line.includes('content change log')).length} from the content change follower`,
    },
  );

  await test.step('the same process is healthy again, and serves the pages it could not', async () => {
    await waitForHealth(200, 15_000);
    for (const path of [COLD_DESKTOP, COLD_MOBILE]) {
      const answer = await timedGet(path);
      expect(answer.status, path).toBe(200);
      expect(answer.body, path).not.toContain(OUTAGE_HEADING);
    }
  });

  await test.step('the same saves now go through, and nothing of the refused ones was written', async () => {
    for (const { page, story } of [
      { page: scripted.page, story: withScript },
      { page: plain.page, story: withoutScript },
    ]) {
      await field(page).image.setInputFiles(await testImage());
      await page.getByRole('button', { name: 'Save draft' }).click();
      await expect(page.getByText(/^Saved\./)).toBeVisible();
      await expect(field(page).headline).toHaveValue(story.headline);
      const stored = await readDatabase((sql) => sql.value('select count(*) from articles where headline = ?', story.headline), { engine: 'postgres', url: postgres.url });
      expect(Number(stored), story.headline).toBe(1);
    }
  });

  // Still the process that was running before the outage.
  expect(app.exitCode).toBeNull();
  await testInfo.attach('app process log', { body: appOutput, contentType: 'text/plain' });
  await scripted.context.close();
  await plain.context.close();
});
