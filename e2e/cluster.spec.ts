import { spawn, type ChildProcess } from 'node:child_process';
import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { articlePath, homePath } from '../lib/paths';
import { SITE_TAG, storyTag } from '../lib/contentTags';
import { comeFrom, demoAccount, submitLogin } from './newsroomLogin';
import { E2E_ENGINE, instantFromMilliseconds, readDatabase, writeAndRecordChange, writeDatabase } from '../db/testing/e2eDatabase';
import { SUITE_DATABASE_SERVER_SETTINGS } from '../db/testing/suiteServerSettings';

/*
 * Two app processes on one database, as behind a load balancer: the suite's server, and a second
 * one started here on the same database (the throwaway PostgreSQL server, or on SQLite the same
 * file). What one process does, the other must show: sessions, published stories (through each
 * process's own page cache), uploaded images; and a scheduled story is published once, not once
 * per process.
 */

test.describe.configure({ mode: 'serial' });

const FIRST = `http://127.0.0.1:${Number(process.env.E2E_PORT || 3100)}`;
const SECOND_PORT = Number(process.env.E2E_PORT || 3100) + 59;
const SECOND = `http://127.0.0.1:${SECOND_PORT}`;
const HEADLINE = 'Cluster test: a story published through one process';
const SLUG = 'cluster-test-a-story-published-through-one-process';
const SCHEDULED_SLUG = 'cluster-test-a-scheduled-story';

let second: ChildProcess;
let secondOutput = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // The same settings as the suite's server: the same database and public address, so that either
  // process may answer any reader, as behind a proxy.
  second = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'scripts/serve.ts'], {
    env: { ...process.env, NODE_ENV: 'production', PORT: String(SECOND_PORT), SITE_URL: FIRST, TRUST_PROXY: 'loopback', LOG_LEVEL: 'warn', ...SUITE_DATABASE_SERVER_SETTINGS },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  second.stdout?.on('data', (chunk: Buffer) => (secondOutput += chunk.toString()));
  second.stderr?.on('data', (chunk: Buffer) => (secondOutput += chunk.toString()));
  for (const started = Date.now(); ; await new Promise((resolve) => setTimeout(resolve, 250))) {
    // A connection the process takes but does not answer must not hold the loop past its deadline.
    if ((await fetch(`${SECOND}/healthz`, { signal: AbortSignal.timeout(2_000) }).catch(() => null))?.status === 200) break;
    if (Date.now() - started > 90_000 || second.exitCode !== null) throw new Error(`The second app process did not start:\n${secondOutput}`);
  }
});

test.afterAll(async () => {
  const exited = new Promise((resolve) => second.once('exit', resolve));
  second.kill('SIGTERM');
  await exited;
  // Every page lists the newest stories: they all go when the test's stories do.
  await writeAndRecordChange([SITE_TAG], async (sql) => {
    await sql.run(`delete from articles where slug like 'cluster-test-%'`);
  });
});

async function testImage(): Promise<Buffer> {
  return sharp({ create: { width: 1200, height: 800, channels: 3, background: '#7a2e1d' } }).png().toBuffer();
}

test('a session begun through one process is valid on the other, and ends on both', async ({ page }) => {
  await comeFrom(page, 71);
  await submitLogin(page, demoAccount('editor'));
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
  // Cookies belong to the host, not the port: the browser sends the same session to the second process.
  await page.goto(`${SECOND}/newsroom`);
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
  await page.goto(`${FIRST}/newsroom`);
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.goto(`${SECOND}/newsroom`);
  await expect(page).toHaveURL(/\/newsroom\/login/);
});

test('a story published through one process is on the other’s pages within a second, with its uploaded image', async ({ page, request }) => {
  // The second process has the home page in its page cache before the story exists.
  for (let view = 0; view < 2; view += 1) expect(await (await request.get(`${SECOND}${homePath('desktop')}`)).text()).not.toContain(HEADLINE);

  await comeFrom(page, 72);
  await submitLogin(page, demoAccount('editor'));
  await page.getByRole('link', { name: 'New story' }).click();
  await page.getByLabel('Headline').fill(HEADLINE);
  await page.getByLabel('Standfirst').fill('Written through the first process, read through the second.');
  await page.getByLabel('Section').selectOption({ label: 'India & Russia' });
  await page.getByLabel(/^Story/).fill('Both processes read and write one database.');
  await page.getByLabel(/^Image/).setInputFiles({ name: 'cluster.png', mimeType: 'image/png', buffer: await testImage() });
  await page.getByLabel('Description for readers who cannot see it (alt text)').fill('A red test card');
  await page.getByLabel('Caption and credit').fill('Test credit');
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText(/^Published\./)).toBeVisible();
  const publishedAt = Date.now();

  let seenAt = Number.POSITIVE_INFINITY;
  for (const started = Date.now(); Date.now() - started < 5_000; await new Promise((resolve) => setTimeout(resolve, 50))) {
    if ((await (await request.get(`${SECOND}${homePath('desktop')}`)).text()).includes(HEADLINE)) {
      seenAt = Date.now();
      break;
    }
  }
  test.info().annotations.push({ type: 'publication to the other process', description: `${seenAt - publishedAt} ms` });
  expect(seenAt - publishedAt).toBeLessThan(1000);

  // The image was uploaded to the first process; the second serves it from the database.
  const article = await request.get(`${SECOND}${articlePath(SLUG, 'desktop')}`);
  expect(article.status()).toBe(200);
  const imagePath = /<img[^>]+src="(\/images\/uploads\/[^"]+)"/.exec(await article.text())?.[1];
  expect(imagePath).toBeDefined();
  const image = await request.get(`${SECOND}${imagePath}`);
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toMatch(/^image\//);
});

test('a scheduled story is published once, though both processes run the scheduler', async ({ request }) => {
  test.setTimeout(60_000);
  const dueAt = Date.now() + 2_000;
  await writeDatabase(async (sql) => {
    await sql.run(
      `insert into articles (slug, headline, standfirst, body, status, published_at, modified_at, category_id, author_id,
         image_path, image_width, image_height, image_alt, image_credit)
       values (@slug, 'Cluster test: a scheduled story', 'Due in two seconds.', @body, 'scheduled', ${instantFromMilliseconds(sql, '@dueAt')},
         ${instantFromMilliseconds(sql, '@now')}, (select id from categories where slug = 'world'), (select id from authors where slug = 'news-desk'),
         'articles/russia-offers-to-mediate-india-pakistan-kashmir-tensions-after-pahalgam-attack', 1600, 900, 'Test illustration', 'Test credit')`,
      { slug: SCHEDULED_SLUG, body: JSON.stringify([{ type: 'paragraph', content: [{ type: 'text', text: 'On time.' }] }]), dueAt, now: Date.now() },
    );
  });
  // Each process checks every five seconds: within about ten, one of them has published it.
  await expect
    .poll(async () => (await request.get(`${SECOND}${articlePath(SCHEDULED_SLUG, 'desktop')}`)).status(), { timeout: 20_000, intervals: [500] })
    .toBe(200);
  expect((await request.get(`${FIRST}${articlePath(SCHEDULED_SLUG, 'desktop')}`)).status()).toBe(200);
  // Let both schedulers run again at least once, then count the publications: one change note.
  await new Promise((resolve) => setTimeout(resolve, 6_000));
  const notes = await readDatabase((sql) => sql.value(`select count(*) from content_changes where cast(tags as text) like ?`, `%"${storyTag(SCHEDULED_SLUG)}"%`));
  expect(Number(notes)).toBe(1);
  test.info().annotations.push({ type: 'engine', description: E2E_ENGINE });
});
