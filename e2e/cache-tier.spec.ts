import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { readDatabase } from '../db/testing/e2eDatabase';
import type { SiteDatabase } from '../db/prepare';
import { startCluster, type Cluster } from '../deploy/varnish/clusterStack';
import { articlePath, categoryPath, homePath, liveFeedPath, liveUpdatePath } from '../lib/paths';
import { quantile } from '../bench/httpLoad';
import { demoAccount, submitLogin } from './newsroomLogin';
import { startReaders, type ReaderRequest } from './readerLoad';
import { LIVE_STORY } from './routes';

/*
 * The cache tier's failure tests, against a cluster of its own (deploy/varnish/clusterStack.ts): a
 * throwaway PostgreSQL server with the demo content, three app processes and Varnish in front. Readers
 * keep reading through each failure; not one of their requests may fail.
 */

test.describe.configure({ mode: 'serial' });

const CACHE_PORT = Number(process.env.E2E_PORT || 3100) + 70;
// The newsroom too is reached through the cache tier, at the site's address.
test.use({ baseURL: `http://127.0.0.1:${CACHE_PORT}` });
const DESKTOP = 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0';
const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1';
/** Stated in the issue: the time for a database outage readers must not notice. */
const OUTAGE_MS = 30_000;

let cluster: Cluster;
let workDir: string;
let database: SiteDatabase;
let slugs: string[];
/** Stories no reader has asked for yet: each first request reaches an app process. */
let unread: string[];

/**
 * Pages readers read: desktop and mobile, home, section and stories, and phones' first visits to
 * desktop addresses (redirected).
 */
function readerRequests(): ReaderRequest[] {
  const desktop = [homePath('desktop'), categoryPath('india-russia', 'desktop'), ...slugs.map((slug) => articlePath(slug, 'desktop'))];
  const mobile = [homePath('mobile'), categoryPath('india-russia', 'mobile'), ...slugs.map((slug) => articlePath(slug, 'mobile'))];
  return [
    ...desktop.map((page) => ({ path: page, userAgent: DESKTOP })),
    ...mobile.map((page) => ({ path: page, userAgent: PHONE })),
    ...slugs.slice(0, 2).map((slug) => ({ path: articlePath(slug, 'desktop'), userAgent: PHONE })),
  ];
}

/** What the cache keeps apart: a page, or a phone's redirect from it. */
const cacheKey = ({ path: page, userAgent }: ReaderRequest) => `${userAgent === PHONE && !page.startsWith('/m') ? 'redirect ' : ''}${page}`;

async function warm(requests: readonly ReaderRequest[]): Promise<void> {
  for (const { path: page, userAgent } of requests) {
    const response = await fetch(`${cluster.url}${page}`, { headers: { 'User-Agent': userAgent }, redirect: 'manual' });
    await response.arrayBuffer();
  }
}

const until = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test.beforeAll(async () => {
  test.setTimeout(300_000);
  workDir = mkdtempSync(path.join(os.tmpdir(), 'nation-express-cache-tier-'));
  cluster = await startCluster({ nodes: 3, cachePort: CACHE_PORT, firstAppPort: CACHE_PORT + 1, workDir, appEnv: { LOG_LEVEL: 'error' } });
  database = { engine: 'postgres', url: cluster.database };
  const published = (await readDatabase((sql) => sql.column(`select slug from articles where status = 'published' order by published_at desc, id desc limit 40`), database)) as string[];
  slugs = published.slice(0, 6);
  unread = published.slice(6);
  await warm(readerRequests());
});

test.afterAll(async () => {
  await cluster?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('a change made in the newsroom reaches readers through the cache tier within a second, desktop and mobile', async ({ page }) => {
  test.setTimeout(120_000);
  const slug = slugs[1]!;
  const pages = [articlePath(slug, 'desktop'), articlePath(slug, 'mobile')];
  await submitLogin(page, demoAccount('editor'));
  const id = await readDatabase((sql) => sql.value('select id from articles where slug = ?', slug), database);

  const latencies: number[] = [];
  for (let edit = 1; edit <= 8; edit += 1) {
    const headline = `Cache tier test: corrected headline number ${edit}`;
    // Both copies are in the cache before the change, so only a purge can replace them: after the
    // last change's second purge (3 s after it), fetched again, then found there.
    await until(3_500);
    for (const address of pages) {
      for (const expected of [/^(HIT|MISS)$/, /^HIT$/]) {
        const cached = await fetch(`${cluster.url}${address}`, { headers: { 'User-Agent': DESKTOP } });
        await cached.arrayBuffer();
        expect(cached.headers.get('x-cache'), address).toMatch(expected);
      }
    }
    const seen = pages.map(async (address) => {
      for (const started = Date.now(); Date.now() - started < 10_000; await until(25)) {
        if ((await (await fetch(`${cluster.url}${address}`, { headers: { 'User-Agent': DESKTOP } })).text()).includes(headline)) return Date.now();
      }
      return Number.POSITIVE_INFINITY;
    });
    // A fresh form each time, so the "Saved." looked for below is this save's.
    await page.goto(`/newsroom/stories/${String(id)}`);
    await page.getByLabel('Headline').fill(headline);
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText(/^Saved\./)).toBeVisible();
    // From the change's record, written last in its transaction, to each reader's copy showing it.
    const committedAt = Number(await readDatabase((sql) => sql.value('select max(changed_at) from content_changes'), database));
    for (const seenAt of await Promise.all(seen)) latencies.push(seenAt - committedAt);
  }
  latencies.sort((a, b) => a - b);
  const p95 = quantile(latencies, 0.95);
  test.info().annotations.push({ type: 'change to reader through the cache tier', description: `p50 ${quantile(latencies, 0.5)} ms, p95 ${p95} ms, max ${latencies.at(-1)} ms (${latencies.length} copies)` });
  expect(p95).toBeLessThan(1000);
});

test('a live post reaches the live page, its endpoint and its feed through the cache tier within two seconds', async ({ page }) => {
  test.setTimeout(120_000);
  const addresses = [articlePath(LIVE_STORY.slug, 'desktop'), articlePath(LIVE_STORY.slug, 'mobile'), liveUpdatePath(LIVE_STORY.slug), liveFeedPath(LIVE_STORY.slug)];
  await submitLogin(page, demoAccount('editor'));
  const id = await readDatabase((sql) => sql.value('select id from articles where slug = ?', LIVE_STORY.slug), database);

  const latencies: number[] = [];
  for (let post = 1; post <= 3; post += 1) {
    const words = `Cache tier test: live post number ${post} is on every copy.`;
    // Every copy is in the cache before the post, as in the test above.
    await until(3_500);
    for (const address of addresses) {
      for (const expected of [/^(HIT|MISS)$/, /^HIT$/]) {
        const cached = await fetch(`${cluster.url}${address}`, { headers: { 'User-Agent': DESKTOP } });
        await cached.arrayBuffer();
        expect(cached.headers.get('x-cache'), address).toMatch(expected);
      }
    }
    const seen = addresses.map(async (address) => {
      for (const started = Date.now(); Date.now() - started < 10_000; await until(25)) {
        if ((await (await fetch(`${cluster.url}${address}`, { headers: { 'User-Agent': DESKTOP } })).text()).includes(words)) return Date.now();
      }
      return Number.POSITIVE_INFINITY;
    });
    await page.goto(`/newsroom/stories/${String(id)}/live`);
    const form = page.getByRole('region', { name: 'New post' });
    await form.getByLabel('What happened').fill(words);
    await form.getByRole('button', { name: 'Post', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('Posted.');
    const committedAt = Number(await readDatabase((sql) => sql.value('select max(changed_at) from content_changes'), database));
    for (const seenAt of await Promise.all(seen)) latencies.push(seenAt - committedAt);
  }
  latencies.sort((a, b) => a - b);
  test.info().annotations.push({
    type: 'live post to reader through the cache tier',
    description: `p50 ${quantile(latencies, 0.5)} ms, max ${latencies.at(-1)} ms (${latencies.length} copies: page, mobile page, endpoint, feed)`,
  });
  expect(latencies.at(-1)).toBeLessThan(2000);
});

test('an app process killed under load costs readers nothing, and rejoins when restarted', async () => {
  test.setTimeout(120_000);
  const readers = startReaders(cluster.url, readerRequests());
  await until(2_000);
  await cluster.stopNode(1, 'SIGKILL');
  // Before Varnish's probes notice, a third of new addresses are sharded to the dead process:
  // each is sent on to the next one.
  for (const slug of unread.splice(0, 12)) {
    const answer = await fetch(`${cluster.url}${articlePath(slug, 'desktop')}`, { headers: { 'User-Agent': DESKTOP } });
    await answer.arrayBuffer();
    expect(answer.status, slug).toBe(200);
  }
  await until(3_000);
  const before = (await cluster.cacheCounters()).nodeRequests[1]!;
  await cluster.startNode(1);
  // Varnish's probes see it back within a few seconds; then it renders its share of new addresses again.
  await expect
    .poll(
      async () => {
        const slug = unread.shift();
        if (slug) await (await fetch(`${cluster.url}${articlePath(slug, 'mobile')}`)).arrayBuffer();
        return (await cluster.cacheCounters()).nodeRequests[1]! - before;
      },
      { timeout: 20_000 },
    )
    .toBeGreaterThan(0);
  const result = await readers.stop();
  test.info().annotations.push({ type: 'readers', description: `${result.requests} requests, slowest ${result.slowestMs} ms` });
  expect(result.failures).toEqual([]);
  expect(result.requests).toBeGreaterThan(100);
});

test('PostgreSQL stopped for 30 seconds under load: readers see no error, uncached pages say so at once, and all recovers by itself', async ({ page }) => {
  test.setTimeout(180_000);
  const postgres = cluster.postgres!;
  await submitLogin(page, demoAccount('editor'));

  const readers = startReaders(cluster.url, readerRequests());
  await until(1_000);
  await postgres.pause();
  const outageStarted = Date.now();
  try {
    // A page no cache holds is answered at once, and says what is wrong.
    const cold = `${cluster.url}${articlePath('a-story-that-was-never-cached-' + Date.now(), 'desktop')}`;
    const askedAt = Date.now();
    const answer = await fetch(cold, { headers: { 'User-Agent': DESKTOP }, signal: AbortSignal.timeout(10_000) });
    expect(Date.now() - askedAt).toBeLessThan(3_000);
    expect(answer.status).toBe(503);
    expect(await answer.text()).toMatch(/briefly unavailable/i);
    // The processes still answer the cache tier; they say they cannot serve pages to monitors.
    expect((await fetch(`http://127.0.0.1:${cluster.nodes[0]!.port}/livez`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${cluster.nodes[0]!.port}/healthz`)).status).toBe(503);
    await until(OUTAGE_MS - (Date.now() - outageStarted));
  } finally {
    await postgres.resume();
  }
  await until(3_000);
  const result = await readers.stop();
  test.info().annotations.push({ type: 'readers through the outage', description: `${result.requests} requests, slowest ${result.slowestMs} ms` });
  expect(result.failures).toEqual([]);

  // Recovered without a restart: the newsroom saves, and readers see the change through the cache.
  const slug = slugs[2]!;
  const id = await readDatabase((sql) => sql.value('select id from articles where slug = ?', slug), database);
  await page.goto(`/newsroom/stories/${String(id)}`);
  await page.getByLabel('Headline').fill('Cache tier test: saved after the database came back');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText(/^Saved\./)).toBeVisible();
  await expect
    .poll(async () => (await (await fetch(`${cluster.url}${articlePath(slug, 'mobile')}`)).text()).includes('saved after the database came back'), { timeout: 2_000, intervals: [50] })
    .toBe(true);
});

test('a cache tier restarted empty: concurrent readers reach the app once per page, and none fails', async () => {
  test.setTimeout(120_000);
  // The earlier tests' last purges (3.4 s after their changes) are over: none empties the new cache.
  await until(4_000);
  await cluster.restartCache();
  const requests = readerRequests();
  const pages = new Set(requests.map(cacheKey));
  // Counted from here: the restart's own readiness check went through the cache to the app.
  const before = await cluster.cacheCounters();
  const readers = startReaders(cluster.url, requests, 32);
  await until(5_000);
  const result = await readers.stop();
  const after = await cluster.cacheCounters();
  const counters = { misses: after.misses - before.misses, backendRequests: after.backendRequests - before.backendRequests };
  test.info().annotations.push({
    type: 'cold cache',
    description: `${result.requests} requests for ${pages.size} pages and redirects: ${counters.misses} misses, ${counters.backendRequests} reached the app, slowest ${result.slowestMs} ms`,
  });
  expect(result.failures).toEqual([]);
  // Every page and redirect was fetched once, however many readers asked for it at the same moment.
  expect(counters.misses).toBeLessThanOrEqual(pages.size);
  expect(counters.backendRequests).toBeLessThanOrEqual(pages.size);
  expect(result.requests).toBeGreaterThan(10 * pages.size);
});
