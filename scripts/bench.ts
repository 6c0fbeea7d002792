/*
 * `npm run bench`: how fast the portal is, measured in one run on this machine, on a production
 * build serving the 100,000-story database.
 *
 *   npm run bench [-- --articles 100000] [--database db/data/large.sqlite] [--duration 8]
 *                 [--connections 32] [--samples 500] [--out test-results/bench/bench.json]
 *
 * 1. Cache-miss render time of each page type, desktop and mobile: an app process with its page
 *    cache off, 500 distinct URLs, one request at a time; p50 and p99 (and the worst, in the JSON).
 *    Twice: on the SQLite file, and on PostgreSQL (a throwaway server holding a copy of it, made
 *    with `npm run db:copy`'s code), unless --sqlite-only.
 * 2. Cached throughput (autocannon) of home, section and article, desktop and mobile, against the
 *    app process alone and through nginx as deploy/ configures it.
 * 3. The ceiling: the same nginx serving a saved copy of the article's HTML from disk. Every
 *    throughput is printed as a share of it, measured before and after the others.
 * 4. Page weight of each page type (HTML, CSS, JS, fonts; raw and compressed) and its requests.
 * 5. Lighthouse, mobile preset on the mobile version and desktop preset on the desktop version.
 * Plus the app process's memory before and after the load. Prints one table, writes it as JSON.
 * Installs what it lacks: nginx (Debian packages, as root), the database, the build.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { articlePath, categoryPath, homePath, searchPath, type Variant } from '../lib/paths';
import { DEBIAN_BROTLI_MODULE } from '../deploy/nginx/renderConfig';
import { measureLatency, measureThroughput, type LatencySummary, type ThroughputSummary } from '../bench/httpLoad';
import { runLighthouse, type LighthouseResult } from '../bench/lighthouse';
import { ensureLargeDatabase } from '../bench/largeDatabase';
import { measurePageWeight, type PageWeight } from '../bench/pageWeight';
import { residentMegabytes } from '../bench/processMemory';
import { DESKTOP_USER_AGENT, PHONE_USER_AGENT, SEARCH_WORDS } from '../bench/readers';
import { copySiteFileToPostgres } from '../db/copyToPostgres';
import { sampleSite } from '../db/testing/benchmarkDatabase';
import { startPostgresServer } from '../db/testing/postgresServer';
import { ensureFreshBuild } from '../server/buildFingerprint';
import { startProxyStack } from '../deploy/nginx/proxyStack';
import { startAppServer } from '../deploy/localProcesses';
import type { SiteDatabase } from '../db/prepare';

const root = path.resolve(import.meta.dirname, '..');

const { values: options } = parseArgs({
  options: {
    articles: { type: 'string', default: '100000' },
    database: { type: 'string', default: 'db/data/large.sqlite' },
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '32' },
    samples: { type: 'string', default: '500' },
    out: { type: 'string', default: 'test-results/bench/bench.json' },
    'sqlite-only': { type: 'boolean', default: false },
  },
});
const ARTICLES = Number(options.articles);
const DATABASE = path.resolve(root, options.database);
const DURATION_SECONDS = Number(options.duration);
const CONNECTIONS = Number(options.connections);
const SAMPLES = Number(options.samples);

const MISS_PORT = 3211;
const POSTGRES_MISS_PORT = 3213;
const APP_PORT = 3212;
const PROXY_PORT = 8091;
const DESKTOP_HEADERS = { 'user-agent': DESKTOP_USER_AGENT };

// ---------------------------------------------------------------------------
// Set-up: nginx, the database, the build
// ---------------------------------------------------------------------------

function ensureNginx(): void {
  const hasNginx = ['/usr/sbin/nginx', '/usr/bin/nginx'].some((file) => existsSync(file));
  if (hasNginx && existsSync(DEBIAN_BROTLI_MODULE)) return;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    throw new Error('The benchmark needs nginx with its brotli module: apt-get install nginx libnginx-mod-http-brotli-filter');
  }
  console.log('Installing nginx for the reverse-proxy measurements…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'nginx', 'libnginx-mod-http-brotli-filter']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed.`);
  }
  // Debian starts the packaged service on port 80; the benchmark runs its own nginx.
  spawnSync('service', ['nginx', 'stop'], { stdio: 'ignore' });
}

/**
 * Reads the database file once, so that the operating system holds it in memory as it would on a
 * serving machine: the first read of each page of a cold file measures the disk, not a render.
 */
async function warmDatabaseFile(): Promise<void> {
  const discard = new Writable({ write: (_chunk, _encoding, done) => done() });
  await pipeline(createReadStream(DATABASE), discard);
}

// ---------------------------------------------------------------------------
// What to request
// ---------------------------------------------------------------------------

interface Samples {
  articleSlugs: string[];
  categories: { slug: string; pages: number }[];
}

function sampleDatabase(count: number): Samples {
  const { randomSlugs, sections } = sampleSite(DATABASE, { latest: 0, random: count, topics: 0 });
  return { articleSlugs: randomSlugs, categories: sections.map(({ slug, stories }) => ({ slug, pages: Math.ceil(stories / 12) })) };
}

type PageType = 'home' | 'category p1' | 'category p500' | 'article' | 'search';
const PAGE_TYPES: readonly PageType[] = ['home', 'category p1', 'category p500', 'article', 'search'];
const VARIANTS: readonly Variant[] = ['desktop', 'mobile'];

/** `count` distinct paths of a page type (home has one address; its renders are not cached either). */
function pathsFor(type: PageType, variant: Variant, samples: Samples, count: number): string[] {
  const indexes = Array.from({ length: count }, (_, index) => index);
  const categoryAt = (index: number) => samples.categories[index % samples.categories.length]!;
  switch (type) {
    case 'home':
      return indexes.map(() => homePath(variant));
    case 'category p1':
      return indexes.map((index) => categoryPath(categoryAt(index).slug, variant));
    case 'category p500':
      return indexes.map((index) => {
        const category = categoryAt(index);
        // Around page 500, and never past a section's last page.
        return categoryPath(category.slug, variant, Math.min(category.pages, 495 + Math.floor(index / samples.categories.length)));
      });
    case 'article':
      return indexes.map((index) => articlePath(samples.articleSlugs[index % samples.articleSlugs.length]!, variant));
    case 'search':
      return indexes.map((index) => searchPath(variant, `${SEARCH_WORDS[index % SEARCH_WORDS.length]} ${SEARCH_WORDS[(index * 7 + 3) % SEARCH_WORDS.length]}`));
  }
}

// ---------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------

const THROUGHPUT_PAGES = ['home', 'category p1', 'article'] as const satisfies readonly PageType[];

interface Row {
  page: PageType;
  variant: Variant;
  miss?: LatencySummary;
  missPostgres?: LatencySummary;
  app?: ThroughputSummary;
  proxy?: ThroughputSummary;
  weight?: PageWeight;
  lighthouse?: LighthouseResult;
}

async function main(): Promise<void> {
  const startedAt = new Date();
  ensureNginx();
  const stories = ensureLargeDatabase(DATABASE, ARTICLES);
  ensureFreshBuild(root, DATABASE);
  const samples = sampleDatabase(Math.max(SAMPLES * 2, 200));
  await warmDatabaseFile();
  const rows: Row[] = PAGE_TYPES.flatMap((page) => VARIANTS.map((variant) => ({ page, variant })));
  const rowOf = (page: PageType, variant: Variant) => rows.find((row) => row.page === page && row.variant === variant)!;

  // 1. Renders, with the page cache off: on SQLite, then on PostgreSQL.
  console.log(`Cache-miss renders: ${SAMPLES} distinct requests per page type…`);
  const measureMisses = async (port: number, database: SiteDatabase, record: (row: Row, latency: LatencySummary) => void) => {
    const missServer = await startAppServer({
      port,
      database,
      env: { PAGE_CACHE_MAX_MB: '0', SITE_URL: `http://127.0.0.1:${port}` },
    });
    try {
      for (const row of rows) {
        const paths = pathsFor(row.page, row.variant, samples, SAMPLES + 5);
        const urls = paths.map((pagePath) => `${missServer.url}${pagePath}`);
        // The first requests of a route load its code: not part of a render's cost.
        await measureLatency(urls.slice(0, 5), DESKTOP_HEADERS);
        record(row, await measureLatency(urls.slice(5), DESKTOP_HEADERS));
      }
    } finally {
      await missServer.stop();
    }
  };
  await measureMisses(MISS_PORT, { engine: 'sqlite', file: DATABASE }, (row, latency) => (row.miss = latency));
  if (!options['sqlite-only']) {
    console.log('The same on PostgreSQL: copying the site into a throwaway server…');
    const postgres = await startPostgresServer();
    try {
      const copyStarted = performance.now();
      await copySiteFileToPostgres(DATABASE, postgres.url);
      console.log(`Copied in ${Math.round((performance.now() - copyStarted) / 1000)} s.`);
      await measureMisses(POSTGRES_MISS_PORT, { engine: 'postgres', url: postgres.url }, (row, latency) => (row.missPostgres = latency));
    } finally {
      postgres.stop();
    }
  }

  // 2 and 3. Cached throughput, the app alone and through nginx, against nginx's static ceiling.
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'nation-express-bench-'));
  const staticCeilingDir = path.join(workDir, 'static-ceiling');
  const stack = await startProxyStack({
    appPorts: [APP_PORT],
    proxyPort: PROXY_PORT,
    database: { engine: 'sqlite', file: DATABASE },
    workDir,
    staticCeilingDir,
    // Readers come through nginx: its address is the site's, in canonical links and previews.
    appEnv: { SITE_URL: `http://127.0.0.1:${PROXY_PORT}` },
  });
  const appUrl = stack.appUrls[0]!;
  const appPid = stack.appPids[0]!;
  const anchorArticle = samples.articleSlugs[0]!;
  const throughputPath = (page: (typeof THROUGHPUT_PAGES)[number], variant: Variant) =>
    page === 'home' ? homePath(variant) : page === 'article' ? articlePath(anchorArticle, variant) : categoryPath(samples.categories[0]!.slug, variant);
  const load = { connections: CONNECTIONS, durationSeconds: DURATION_SECONDS };
  let ceilings: ThroughputSummary[] = [];
  const memory = { afterWarmUpMb: 0, duringLoadMb: [] as number[], afterLoadMb: 0 };
  try {
    const articleHtml = await (await fetch(`${appUrl}${articlePath(anchorArticle, 'desktop')}`, { headers: DESKTOP_HEADERS })).text();
    mkdirSync(staticCeilingDir, { recursive: true });
    writeFileSync(path.join(staticCeilingDir, 'article.html'), articleHtml);
    const ceilingUrl = `${stack.url}/static-ceiling/article.html`;
    for (const page of THROUGHPUT_PAGES) {
      for (const variant of VARIANTS) {
        // Rendered once and cached, by the app and by nginx.
        for (const base of [appUrl, stack.url]) await fetch(`${base}${throughputPath(page, variant)}`, { headers: DESKTOP_HEADERS });
      }
    }
    memory.afterWarmUpMb = residentMegabytes(appPid);
    console.log(`Cached throughput: ${CONNECTIONS} connections, ${DURATION_SECONDS} s per run…`);
    ceilings.push(await measureThroughput(ceilingUrl, DESKTOP_HEADERS, load));
    for (const page of THROUGHPUT_PAGES) {
      for (const variant of VARIANTS) {
        const row = rowOf(page, variant);
        row.app = await measureThroughput(`${appUrl}${throughputPath(page, variant)}`, DESKTOP_HEADERS, load);
        memory.duringLoadMb.push(residentMegabytes(appPid));
        row.proxy = await measureThroughput(`${stack.url}${throughputPath(page, variant)}`, DESKTOP_HEADERS, load);
      }
    }
    ceilings.push(await measureThroughput(ceilingUrl, DESKTOP_HEADERS, load));
    memory.afterLoadMb = residentMegabytes(appPid);

    // 4 and 5 as readers get the pages: through nginx, which compresses them.
    // 4. Page weight, in the browser.
    console.log('Page weight…');
    const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((file) => existsSync(file));
    const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-background-networking'] });
    try {
      for (const row of rows) {
        const [pagePath] = pathsFor(row.page, row.variant, samples, 1);
        row.weight =
          row.variant === 'desktop'
            ? await measurePageWeight(browser, `${stack.url}${pagePath}`, { width: 1280, height: 800 })
            : await measurePageWeight(browser, `${stack.url}${pagePath}`, { width: 390, height: 844 }, PHONE_USER_AGENT);
      }
    } finally {
      await browser.close();
    }

    // 5. Lighthouse: each version with the preset of the device it is for.
    console.log('Lighthouse…');
    const audited = rows.filter((row) => row.page === 'home' || row.page === 'category p1' || row.page === 'article');
    const results = await runLighthouse(
      audited.map((row) => ({
        url: `${stack.url}${pathsFor(row.page, row.variant, samples, 1)[0]}`,
        preset: row.variant === 'desktop' ? 'desktop' : 'mobile',
      })),
    );
    audited.forEach((row, index) => (row.lighthouse = results[index]));
  } finally {
    await stack.stop();
    rmSync(workDir, { recursive: true, force: true });
  }

  ceilings = ceilings.filter((ceiling) => ceiling.requestsPerSecond > 0);
  const ceilingRps = ceilings.reduce((sum, ceiling) => sum + ceiling.requestsPerSecond, 0) / Math.max(1, ceilings.length);
  report({ startedAt, stories, rows, ceilings, ceilingRps, memory });
}

// ---------------------------------------------------------------------------
// Reporting
// ---------------------------------------------------------------------------

const kb = (bytes: number) => (Math.round(bytes / 102.4) / 10).toFixed(1);
const share = (summary: ThroughputSummary | undefined, ceiling: number) =>
  summary ? `${summary.requestsPerSecond} (${Math.round((summary.requestsPerSecond / ceiling) * 100)}%)` : '';
const score = (value: number | undefined) => (value === undefined ? '' : value.toFixed(2));

function report(run: {
  startedAt: Date;
  stories: number;
  rows: Row[];
  ceilings: ThroughputSummary[];
  ceilingRps: number;
  memory: { afterWarmUpMb: number; duringLoadMb: number[]; afterLoadMb: number };
}): void {
  const { rows, ceilingRps } = run;
  const table = rows.map((row) => {
    const weight = row.weight?.byKind;
    const lighthouse = row.lighthouse;
    return {
      page: `${row.page} (${row.variant})`,
      'miss p50 ms': row.miss?.p50Ms ?? '',
      'miss p99 ms': row.miss?.p99Ms ?? '',
      'PG miss p50 ms': row.missPostgres?.p50Ms ?? '',
      'PG miss p99 ms': row.missPostgres?.p99Ms ?? '',
      'app req/s': share(row.app, ceilingRps),
      'proxy req/s': share(row.proxy, ceilingRps),
      'HTML kB': weight ? `${kb(weight.html.raw)}/${kb(weight.html.brotli)}` : '',
      'CSS kB': weight ? `${kb(weight.css.raw)}/${kb(weight.css.brotli)}` : '',
      'JS kB': weight ? `${kb(weight.js.raw)}/${kb(weight.js.brotli)}` : '',
      'font kB': weight ? `${kb(weight.font.raw)}/${kb(weight.font.brotli)}` : '',
      requests: row.weight ? `${row.weight.requestsBeforeImages}+${row.weight.requests - row.weight.requestsBeforeImages}` : '',
      'LH perf/a11y/bp/seo': lighthouse
        ? [lighthouse.scores.performance, lighthouse.scores.accessibility, lighthouse.scores.bestPractices, lighthouse.scores.seo].map(score).join('/')
        : '',
      'LCP ms': lighthouse ? Math.round(lighthouse.lcpMs) : '',
      CLS: lighthouse ? lighthouse.cls.toFixed(3) : '',
      'TBT ms': lighthouse ? Math.round(lighthouse.tbtMs) : '',
    };
  });
  const machine = `${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
  console.log(`\nThe Nation Express benchmark, ${run.startedAt.toISOString().slice(0, 10)}, ${machine}, ${run.stories} published stories.`);
  console.log(
    `Ceiling: nginx serving the article's HTML from disk, ${run.ceilings.map((ceiling) => ceiling.requestsPerSecond).join(' and ')} req/s (before and after; mean ${Math.round(ceilingRps)}).`,
  );
  console.log('req/s: cached, uncompressed, with the share of the ceiling. kB: uncompressed/brotli. requests: before images + images.');
  console.table(table);
  console.log(
    `App process memory (RSS): ${run.memory.afterWarmUpMb} MB after warm-up; after each run against it ${run.memory.duringLoadMb.join(', ')} MB; ${run.memory.afterLoadMb} MB after the load.`,
  );
  const errors = rows.flatMap((row) => [row.app, row.proxy]).filter((summary) => summary && (summary.errors > 0 || summary.non2xx > 0));
  if (errors.length > 0) console.log('Errors under load:', errors);
  for (const row of rows) {
    if (row.lighthouse && row.lighthouse.failedAudits.length > 0) {
      console.log(`Lighthouse, ${row.page} (${row.variant}), audits short of full marks:`, row.lighthouse.failedAudits.map((audit) => `${audit.category}/${audit.id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`).join(', '));
    }
  }
  const out = path.resolve(root, options.out);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ ...run, machine, table }, null, 2)}\n`);
  console.log(`Written to ${path.relative(root, out)}.`);
}

await main();
