/*
 * `npm run load`: a minute of mixed reader traffic at a concurrency that saturates the machine,
 * against a production build serving the 100,000-story database, while a newsroom writer
 * publishes and edits stories through the same code the newsroom uses.
 *
 *   npm run load [-- --duration 60] [--warm-up 30] [--connections 48] [--page-cache-mb 64]
 *                [--database db/data/large.sqlite] [--articles 100000] [--out test-results/load/load.json]
 *
 * Traffic: desktop and phone pages (home, sections, topics, bylines, stories), search, feeds and
 * sitemaps, and addresses that do not exist, drawn at random per request. The writer works on a
 * copy of the database, so the run changes nothing.
 * It passes (exit 0) only when: no request failed or timed out; no answer was a 5xx or other than
 * its page's status; the server's memory after the run is within 20% of its memory after warm-up;
 * no reader saw a half-written story; and every change reached readers.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { articlePath, authorPath, categoryPath, homePath, searchPath, tagPath, type Variant } from '../lib/paths';
import type { ArticleBody } from '../lib/articleBody';
import { backUpDatabase } from '../db/backup';
import { withDatabaseFile } from '../db/databaseFile';
import { getStoryForEditing, saveStory } from '../db/newsroom/stories';
import { newestPublishedStoryId, sampleSite } from '../db/testing/benchmarkDatabase';
import type { StoryForEditing } from '../lib/newsroom/storyFields';
import { ensureLargeDatabase } from '../bench/largeDatabase';
import { residentMegabytes } from '../bench/processMemory';
import { DESKTOP_USER_AGENT, PHONE_USER_AGENT, SEARCH_WORDS } from '../bench/readers';
import { ensureFreshBuild } from '../server/buildFingerprint';
import { startAppServer } from '../deploy/localProcesses';

const root = path.resolve(import.meta.dirname, '..');

const { values: options } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    'warm-up': { type: 'string', default: '30' },
    connections: { type: 'string', default: '48' },
    database: { type: 'string', default: 'db/data/large.sqlite' },
    articles: { type: 'string', default: '100000' },
    out: { type: 'string', default: 'test-results/load/load.json' },
    // Small enough for warm-up to fill it: memory is then compared at a steady state, not while the cache grows.
    'page-cache-mb': { type: 'string', default: '64' },
  },
});
const DURATION_SECONDS = Number(options.duration);
const WARM_UP_SECONDS = Number(options['warm-up']);
const CONNECTIONS = Number(options.connections);
const SOURCE_DATABASE = path.resolve(root, options.database);
const ARTICLES = Number(options.articles);
const PORT = 3221;
const MEMORY_GROWTH_LIMIT = 0.2;
// How soon a change must reach readers: the page cache drops pages within ~200 ms of a commit.
const VISIBLE_WITHIN_MS = 2000;
const WRITE_EVERY_MS = 1000;
const CHECK_EVERY_MS = 250;

// ---------------------------------------------------------------------------
// What readers ask for
// ---------------------------------------------------------------------------

interface Site {
  latestSlugs: string[];
  archiveSlugs: string[];
  categories: { slug: string; pages: number }[];
  tagSlugs: string[];
  authorSlugs: string[];
}

function readSite(file: string): Site {
  const sample = sampleSite(file, { latest: 300, random: 3000, topics: 50 });
  return {
    latestSlugs: sample.latestSlugs,
    archiveSlugs: sample.randomSlugs,
    categories: sample.sections.map(({ slug, stories }) => ({ slug, pages: Math.ceil(stories / 12) })),
    tagSlugs: sample.topicSlugs,
    authorSlugs: sample.authorSlugs,
  };
}

type TrafficClass = 'page' | 'search' | 'feed' | 'missing';
interface PlannedRequest {
  path: string;
  variant: Variant;
  kind: TrafficClass;
  status: number;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;

function readerSlug(site: Site): string {
  // Most readers read today's news; some arrive at the archive from search engines.
  return Math.random() < 0.7 ? pick(site.latestSlugs) : pick(site.archiveSlugs);
}

/** The traffic mix, as weights over request makers. */
function trafficMix(site: Site): Array<[number, () => PlannedRequest]> {
  const page = (path: string, variant: Variant): PlannedRequest => ({ path, variant, kind: 'page', status: 200 });
  const section = (variant: Variant) => {
    const category = pick(site.categories);
    return page(categoryPath(category.slug, variant, 1 + Math.floor(Math.random() * Math.min(category.pages, 20))), variant);
  };
  const query = () => `${pick(SEARCH_WORDS)} ${pick(SEARCH_WORDS)}`;
  const noSuch = () => `no-such-story-${Math.random().toString(36).slice(2)}`;
  return [
    [8, () => page(homePath('desktop'), 'desktop')],
    [6, () => page(homePath('mobile'), 'mobile')],
    [22, () => page(articlePath(readerSlug(site), 'desktop'), 'desktop')],
    [16, () => page(articlePath(readerSlug(site), 'mobile'), 'mobile')],
    [8, () => section('desktop')],
    [6, () => section('mobile')],
    [2, () => page(tagPath(pick(site.tagSlugs), 'desktop'), 'desktop')],
    [2, () => page(authorPath(pick(site.authorSlugs), 'mobile'), 'mobile')],
    [5, () => ({ path: searchPath('desktop', query()), variant: 'desktop', kind: 'search', status: 200 })],
    [4, () => ({ path: searchPath('mobile', query()), variant: 'mobile', kind: 'search', status: 200 })],
    [5, () => ({ path: pick(['/feed.xml', '/atom.xml', `/category/${pick(site.categories).slug}/feed.xml`, '/sitemap.xml', '/news-sitemap.xml']), variant: 'desktop', kind: 'feed', status: 200 })],
    [3, () => ({ path: articlePath(noSuch(), 'desktop'), variant: 'desktop', kind: 'missing', status: 404 })],
    [3, () => ({ path: articlePath(noSuch(), 'mobile'), variant: 'mobile', kind: 'missing', status: 404 })],
  ];
}

function planner(site: Site): () => PlannedRequest {
  const mix = trafficMix(site);
  const total = mix.reduce((sum, [weight]) => sum + weight, 0);
  return () => {
    let roll = Math.random() * total;
    for (const [weight, make] of mix) {
      roll -= weight;
      if (roll < 0) return make();
    }
    return mix[0]![1]();
  };
}

interface TrafficResult {
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  statusCounts: Record<string, number>;
  errors: number;
  timeouts: number;
  /** Answers whose status was not the one their request expects (a 200 page, a 404 address). */
  unexpected: Array<{ path: string; expected: number; status: number }>;
  byKind: Record<TrafficClass, number>;
}

async function runTraffic(base: string, plan: () => PlannedRequest, seconds: number): Promise<TrafficResult> {
  const inFlight = new WeakMap<object, PlannedRequest>();
  const unexpected: TrafficResult['unexpected'] = [];
  const byKind: Record<TrafficClass, number> = { page: 0, search: 0, feed: 0, missing: 0 };
  const result = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    timeout: 10,
    requests: [
      {
        setupRequest: (request, context) => {
          const planned = plan();
          inFlight.set(context, planned);
          byKind[planned.kind] += 1;
          return {
            ...request,
            path: planned.path,
            headers: { 'user-agent': planned.variant === 'mobile' ? PHONE_USER_AGENT : DESKTOP_USER_AGENT, 'accept-encoding': 'gzip, br' },
          };
        },
        onResponse: (status, _body, context) => {
          const planned = inFlight.get(context);
          if (planned && status !== planned.status && unexpected.length < 50) unexpected.push({ path: planned.path, expected: planned.status, status });
        },
      },
    ],
  });
  const statusCounts = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([status, stats]) => [status, stats.count ?? 0]));
  return {
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    statusCounts,
    errors: result.errors,
    timeouts: result.timeouts,
    unexpected,
    byKind,
  };
}

// ---------------------------------------------------------------------------
// The writer, and a reader who checks what it wrote
// ---------------------------------------------------------------------------

const paragraph = (text: string): ArticleBody[number] => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const EDIT_HEADLINE = /Edited (\d+): /g;
const EDIT_MARKER = /Edit (\d+) marker/g;

interface WriterReport {
  published: number;
  edits: number;
  /** Pages a reader got whose headline and body came from different saves. */
  halfWritten: number;
  pageChecks: number;
  /** Commit to first sight by a reader, per change, in ms. */
  visibleAfterMs: number[];
  /** Changes no reader saw within VISIBLE_WITHIN_MS. */
  unseen: string[];
}

/** Numbers of the saves a page shows, in its headline and its body. */
function savesShown(html: string): { headline: Set<string>; body: Set<string> } {
  return {
    headline: new Set(Array.from(html.matchAll(EDIT_HEADLINE), (match) => match[1]!)),
    body: new Set(Array.from(html.matchAll(EDIT_MARKER), (match) => match[1]!)),
  };
}

/** Starts writing to this process's database, by editing story `newest` and publishing new ones. */
async function startWriter(newest: number, base: string) {
  const report: WriterReport = { published: 0, edits: 0, halfWritten: 0, pageChecks: 0, visibleAfterMs: [], unseen: [] };
  const original = (await getStoryForEditing(newest))!;
  // New stories borrow its section, byline and picture; without its id they are new.
  const { id: originalId, ...borrowed } = original;
  let target: StoryForEditing = original;
  // What readers must come to see: a path, text that shows the change, and when it was committed.
  const pending: Array<{ label: string; path: string; text: string; committedAt: number }> = [];
  let tick = 0;
  let checking = false;

  let writing = false;
  const write = async () => {
    // A save slower than the interval is not overtaken by the next, which would start from a stale version.
    if (writing) return;
    writing = true;
    try {
      tick += 1;
      const now = new Date();
      if (tick % 2 === 1) {
        const number = report.published + 1;
        const saved = await saveStory(
          {
            ...borrowed,
            slug: `load-test-story-${Date.now()}-${number}`,
            headline: `Load test story ${number} ${now.toISOString()}`,
            standfirst: `Published during the load test, number ${number}.`,
            body: [paragraph(`Published story ${number} of the load test.`)],
            status: 'published',
            publishedAt: now,
          },
          null,
          now,
        );
        report.published += 1;
        pending.push({ label: `published ${saved.slug}`, path: homePath('mobile'), text: saved.headline, committedAt: performance.now() });
      } else {
        const number = report.edits + 1;
        target = await saveStory(
          { ...target, id: originalId, headline: `Edited ${number}: ${original.headline}`, body: [paragraph(`Edit ${number} marker.`), ...original.body] },
          null,
          now,
        );
        report.edits += 1;
        pending.push({ label: `edit ${number}`, path: articlePath(target.slug, 'desktop'), text: `Edit ${number} marker`, committedAt: performance.now() });
      }
    } finally {
      writing = false;
    }
  };

  const check = async () => {
    if (checking) return;
    checking = true;
    try {
      for (const change of [...pending]) {
        // Timed from the commit to the start of the first request that shows the change.
        const askedAt = performance.now();
        const html = await (await fetch(`${base}${change.path}`, { headers: { 'user-agent': change.path.startsWith('/m') ? PHONE_USER_AGENT : DESKTOP_USER_AGENT } })).text();
        const waited = askedAt - change.committedAt;
        if (html.includes(change.text)) {
          report.visibleAfterMs.push(Math.round(waited));
          pending.splice(pending.indexOf(change), 1);
        } else if (waited > VISIBLE_WITHIN_MS) {
          report.unseen.push(change.label);
          pending.splice(pending.indexOf(change), 1);
        }
      }
      for (const variant of ['desktop', 'mobile'] as const) {
        const html = await (await fetch(`${base}${articlePath(target.slug, variant)}`, { headers: { 'user-agent': variant === 'mobile' ? PHONE_USER_AGENT : DESKTOP_USER_AGENT } })).text();
        report.pageChecks += 1;
        const shown = savesShown(html);
        const mixed = shown.headline.size > 1 || shown.body.size > 1 || [...shown.headline].join() !== [...shown.body].join();
        if (mixed) report.halfWritten += 1;
      }
    } finally {
      checking = false;
    }
  };

  const writer = setInterval(() => void write(), WRITE_EVERY_MS);
  const checker = setInterval(() => void check(), CHECK_EVERY_MS);
  return {
    report,
    async stop(): Promise<WriterReport> {
      clearInterval(writer);
      clearInterval(checker);
      // Give the last changes their chance to appear.
      const until = performance.now() + VISIBLE_WITHIN_MS + 500;
      while (pending.length > 0 && performance.now() < until) {
        await check();
        await new Promise((resolve) => setTimeout(resolve, CHECK_EVERY_MS));
      }
      report.unseen.push(...pending.map((change) => change.label));
      return report;
    },
  };
}

// ---------------------------------------------------------------------------

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil(q * values.length) - 1)] ?? Number.NaN;

async function main(): Promise<void> {
  ensureLargeDatabase(SOURCE_DATABASE, ARTICLES);
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'nation-express-load-'));
  const database = path.join(workDir, 'load.sqlite');
  console.log(`Copying ${SOURCE_DATABASE} for the writer to change…`);
  await backUpDatabase(SOURCE_DATABASE, database);
  ensureFreshBuild(root, database);
  const site = readSite(database);
  const server = await startAppServer({ port: PORT, database: { engine: 'sqlite', file: database }, env: { SITE_URL: `http://127.0.0.1:${PORT}`, PAGE_CACHE_MAX_MB: options['page-cache-mb'] } });
  try {
    const plan = planner(site);
    console.log(`Warm-up: ${WARM_UP_SECONDS} s of the same traffic…`);
    const warmUp = await runTraffic(server.url, plan, WARM_UP_SECONDS);
    const memoryAfterWarmUpMb = residentMegabytes(server.pid);

    console.log(`Load: ${DURATION_SECONDS} s, ${CONNECTIONS} connections, with a writer publishing and editing…`);
    const newest = newestPublishedStoryId(database);
    if (newest === undefined) throw new Error('The database has no published story to edit.');
    const memoryDuringMb: number[] = [];
    const { load, writes } = await withDatabaseFile(database, async () => {
      const writer = await startWriter(newest, server.url);
      const sampler = setInterval(() => memoryDuringMb.push(residentMegabytes(server.pid)), 5000);
      const traffic = await runTraffic(server.url, plan, DURATION_SECONDS);
      clearInterval(sampler);
      return { load: traffic, writes: await writer.stop() };
    });
    const memoryAfterLoadMb = residentMegabytes(server.pid);

    const serverErrors = Object.entries(load.statusCounts).filter(([status]) => status.startsWith('5'));
    const memoryGrowth = memoryAfterLoadMb / memoryAfterWarmUpMb - 1;
    const checks = {
      'no failed or timed-out requests': load.errors === 0 && load.timeouts === 0 && warmUp.errors === 0,
      'no 5xx': serverErrors.length === 0 && !Object.keys(warmUp.statusCounts).some((status) => status.startsWith('5')),
      'every answer had its expected status': load.unexpected.length === 0 && warmUp.unexpected.length === 0,
      [`memory after the run within ${MEMORY_GROWTH_LIMIT * 100}% of after warm-up`]: memoryGrowth <= MEMORY_GROWTH_LIMIT,
      'no half-written story seen': writes.halfWritten === 0 && writes.pageChecks > 0,
      [`every change seen by readers within ${VISIBLE_WITHIN_MS} ms`]: writes.unseen.length === 0 && writes.visibleAfterMs.length === writes.published + writes.edits,
    };
    const summary = {
      date: new Date().toISOString(),
      machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30) },
      stories: site.archiveSlugs.length > 0 ? ARTICLES : 0,
      connections: CONNECTIONS,
      warmUp: { seconds: WARM_UP_SECONDS, requests: warmUp.requests, requestsPerSecond: warmUp.requestsPerSecond },
      load: { seconds: DURATION_SECONDS, ...load },
      memoryMb: { afterWarmUp: memoryAfterWarmUpMb, during: memoryDuringMb, afterLoad: memoryAfterLoadMb, growth: Math.round(memoryGrowth * 1000) / 10 },
      writer: {
        published: writes.published,
        edits: writes.edits,
        pageChecks: writes.pageChecks,
        halfWritten: writes.halfWritten,
        visibleAfterMs: { p50: quantile(writes.visibleAfterMs, 0.5), max: Math.max(...writes.visibleAfterMs) },
        unseen: writes.unseen,
      },
      checks,
    };
    const out = path.resolve(root, options.out);
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(summary, null, 2)}\n`);

    console.log('');
    console.log(`Requests        ${load.requests} in ${DURATION_SECONDS} s: ${load.requestsPerSecond} req/s (${Object.entries(load.byKind).map(([kind, count]) => `${kind} ${count}`).join(', ')})`);
    console.log(`Latency         p50 ${load.latencyMs.p50} ms, p90 ${load.latencyMs.p90} ms, p99 ${load.latencyMs.p99} ms, max ${load.latencyMs.max} ms`);
    console.log(`Statuses        ${Object.entries(load.statusCounts).map(([status, count]) => `${status}: ${count}`).join(', ')}; errors ${load.errors}, timeouts ${load.timeouts}`);
    console.log(`Memory (RSS)    ${memoryAfterWarmUpMb} MB after warm-up, ${memoryDuringMb.join(' / ')} MB during, ${memoryAfterLoadMb} MB after (${summary.memoryMb.growth}%)`);
    console.log(`Writer          ${writes.published} published, ${writes.edits} edits; ${writes.pageChecks} page checks, ${writes.halfWritten} half-written; seen after p50 ${summary.writer.visibleAfterMs.p50} ms, max ${summary.writer.visibleAfterMs.max} ms`);
    for (const [check, held] of Object.entries(checks)) console.log(`${held ? 'PASS' : 'FAIL'}  ${check}`);
    if (load.unexpected.length > 0) console.log('Unexpected answers:', load.unexpected.slice(0, 10));
    if (writes.unseen.length > 0) console.log('Changes readers did not see:', writes.unseen);
    console.log(`Written to ${path.relative(root, out)}`);
    process.exitCode = Object.values(checks).every(Boolean) ? 0 : 1;
  } finally {
    await server.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

await main();
