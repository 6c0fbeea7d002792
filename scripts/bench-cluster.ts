/*
 * `npm run bench:cluster`: election night on one machine. The cluster (deploy/varnish: a
 * PostgreSQL server, app processes, Varnish purged by tag) on a copy of the 100,000-story archive,
 * under election night's readers (bench/electionNight.ts) for a minute, while a story is published
 * or corrected every 10 s; then the same with today's nginx in front of the same app processes.
 *
 *   npm run bench:cluster [-- --duration 60] [--warm-up 30] [--connections 64] [--nodes 3]
 *                         [--db db/data/large.sqlite] [--postgres <url>] [--seed 1]
 *                         [--out test-results/bench/cluster.json]
 *
 * 1. The static-file ceiling: nginx serving a saved copy of the newest story's page from disk,
 *    before and after that story, cached, through Varnish and through nginx, each asked for as
 *    browsers ask (gzip) and uncompressed, under the same load. All in this run, so the ceiling
 *    is this machine's at this moment, whatever else runs on it.
 * 2. Through Varnish: every address readers ask for visited once (the night's READ_STORIES newest
 *    stories, the home page and the sections, in both versions, and phones' first visits), as a
 *    cache that has served the night so far holds them; --warm-up seconds of the readers; then
 *    --duration seconds measured, with the desk (bench/newsroomDesk.ts) publishing or correcting
 *    and timing each change to the cache.
 * 3. The app processes restarted (their page caches empty again), nginx in front: the same.
 * Reported for 2 and 3: readers' requests/s, also as a share of the ceiling; the cache's hit
 * ratio, with its passes (phones on desktop addresses, redirected by the app) and the first
 * requests for an address (misses whatever the cache) shown apart; requests/s reaching the app
 * (the cache's count, and the app's own) and the database (the app's statements, and PostgreSQL's
 * transactions, which include the change followers' polls and the health checks); publish-to-
 * visible p50/p95/max; failed requests. Printed as one table, written as JSON.
 *
 * --connections 64 keep-alive connections: the static-file ceiling of this 2-core machine peaked at
 * 64 (3,500 req/s at 16, 4,060 at 64, 2,180 at 256), measured while other work shared it.
 * --postgres: a database that already holds a copy of the archive (an earlier copy, or `npm run
 * db:copy`'s), instead of the 5-minute copy into a throwaway server; the desk's stories stay in it.
 * Runs shorter than 60 s are marked "not a full run".
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { SeededRandom } from '../lib/seededRandom';
import { articlePath } from '../lib/paths';
import { settings } from '../lib/settings';
import { copySiteFileToPostgres } from '../db/copyToPostgres';
import { closeProcessStore } from '../db/processDatabase';
import { newestPublishedStoryId, sampleSite } from '../db/testing/benchmarkDatabase';
import { readDatabase } from '../db/testing/e2eDatabase';
import { DEFAULT_ARTICLE_COUNT, DEFAULT_LARGE_DATABASE_PATH } from '../db/seed/largeDatabase';
import { startPostgresServer, type PostgresServer } from '../db/testing/postgresServer';
import { appCountsBetween, readAppCounts, type AppCounts } from '../bench/appMetrics';
import {
  BROWSER_ACCEPT_ENCODING,
  cacheShares,
  everyAddress,
  HOME_SHARE,
  nginxCacheOutcomes,
  PHONE_DESKTOP_ADDRESS_SHARE,
  PHONE_SHARE,
  READ_STORIES,
  readerRequestPlanner,
  SECTION_SHARE,
  summariseTimes,
  ZIPF_EXPONENT,
  type CacheOutcomes,
  type ReaderRequest,
  type TimingSummary,
} from '../bench/electionNight';
import { measureThroughput, type ThroughputSummary } from '../bench/httpLoad';
import { ensureLargeDatabase } from '../bench/largeDatabase';
import { GIVE_UP_AFTER_MS, startNewsroomDesk, type DeskChange } from '../bench/newsroomDesk';
import { DESKTOP_USER_AGENT } from '../bench/readers';
import { replayReaders, visitEvery, type ReaderTrafficResult } from '../bench/readerTraffic';
import { ensureFreshBuild } from '../server/buildFingerprint';
import { startNginxProxy } from '../deploy/nginx/proxyStack';
import { startCluster, type CacheCounters, type Cluster } from '../deploy/varnish/clusterStack';

const root = path.resolve(import.meta.dirname, '..');

const { values: options } = parseArgs({
  options: {
    duration: { type: 'string', default: '60' },
    'warm-up': { type: 'string', default: '30' },
    connections: { type: 'string', default: '64' },
    nodes: { type: 'string', default: '3' },
    db: { type: 'string', default: DEFAULT_LARGE_DATABASE_PATH },
    postgres: { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'test-results/bench/cluster.json' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
const wholeNumber = (name: string, value: string, least: number): number => {
  const number = Number(value);
  if (!Number.isInteger(number) || number < least) fail(`--${name} must be a whole number of at least ${least}, not ${value}.`);
  return number;
};

const FULL_RUN_SECONDS = 60;
const DURATION_SECONDS = wholeNumber('duration', options.duration, 5);
const WARM_UP_SECONDS = wholeNumber('warm-up', options['warm-up'], 0);
const CONNECTIONS = wholeNumber('connections', options.connections, 1);
const NODES = wholeNumber('nodes', options.nodes, 1);
const SEED = wholeNumber('seed', options.seed, 0);
const DATABASE_FILE = path.resolve(root, options.db);
const FULL_RUN = DURATION_SECONDS >= FULL_RUN_SECONDS;

const CACHE_PORT = 8290;
const FIRST_APP_PORT = CACHE_PORT + 1;
const NGINX_PORT = 8289;
const FIRST_METRICS_PORT = 9291;
// Enough for every page read in a run: an eviction would be a miss the goal does not describe.
const CACHE_STORAGE = '2g';
const CEILING_SECONDS = 10;
/** Concurrent visitors of every address before the warm-up: as many as the app processes can render at once, not more. */
const VISITORS = 8;
const DESK_EVERY_MS = 10_000;
// The desk starts this far into the measured window, so its last change is timed under load too.
const DESK_OFFSET_MS = 5_000;
// nginx writes its access log at most 5 s late (deploy/nginx: flush=5s).
const ACCESS_LOG_FLUSH_MS = 6_000;
const LOAD_SAMPLE_EVERY_MS = 5_000;
const COUNTERS_SETTLE_STEP_MS = 1_000;
const COUNTERS_SETTLE_MAX_MS = 15_000;

const GOALS = { hitRatio: 0.995, originShare: 0.01, visibleP95Ms: 1000, visibleMaxMs: 2000, ceilingShare: 0.8 };

// ---------------------------------------------------------------------------
// Measuring one cache in front of the app processes
// ---------------------------------------------------------------------------

interface MeasuredWindow {
  warmUp: ReaderTrafficResult | null;
  readers: ReaderTrafficResult;
  cache: CacheOutcomes;
  /** Requests the cache sent to the app processes, by its own count (Varnish), or null. */
  cacheBackendRequests: number | null;
  app: AppCounts;
  databaseTransactions: number;
  desk: { changes: DeskChange[]; failedSaves: string[] };
  loadAverages: number[];
}

/** PostgreSQL's count of transactions committed and rolled back in the cluster's database. */
function databaseTransactions(url: string): Promise<number> {
  return readDatabase(
    async (sql) => Number(await sql.value('select xact_commit + xact_rollback from pg_stat_database where datname = current_database()')),
    { engine: 'postgres', url },
  );
}

/** One cached story's throughput: asked for as browsers ask (compressed), and uncompressed as the ceiling is. */
interface CachedStory {
  asBrowsersAsk: ThroughputSummary;
  uncompressed: ThroughputSummary;
}

/** What a cache answered over a window: counted from when this is called to when what it returns is. */
type CacheCount = () => Promise<() => Promise<{ outcomes: CacheOutcomes; backendRequests: number | null }>>;

/** Warms the cache with the readers, then measures a window of them with the desk writing. */
async function measureWindow(run: {
  label: string;
  baseUrl: string;
  plan: () => ReaderRequest;
  /** Every address the readers may ask for, as the night's stories stand. */
  addresses: () => ReaderRequest[];
  databaseUrl: string;
  templateId: number;
  onPublished: (slug: string) => void;
  countCache: CacheCount;
}): Promise<MeasuredWindow> {
  const seen = new Set<string>();
  const addresses = run.addresses();
  console.log(`${run.label}: every address readers ask for, once (${addresses.length})…`);
  const visitStarted = performance.now();
  const failedVisits = await visitEvery(run.baseUrl, addresses, { connections: VISITORS, seen });
  console.log(`${run.label}: visited in ${Math.round((performance.now() - visitStarted) / 1000)} s, ${failedVisits} failed.`);
  if (WARM_UP_SECONDS > 0) console.log(`${run.label}: warming up, ${WARM_UP_SECONDS} s of readers…`);
  const warmUp = WARM_UP_SECONDS > 0 ? await replayReaders(run.baseUrl, run.plan, { connections: CONNECTIONS, durationSeconds: WARM_UP_SECONDS, seen }) : null;
  console.log(`${run.label}: ${DURATION_SECONDS} s of readers at ${CONNECTIONS} connections, a change every ${DESK_EVERY_MS / 1000} s…`);
  const cacheCounted = await run.countCache();
  const appBefore = await readAppCounts(appMetricsPorts());
  const transactionsBefore = await databaseTransactions(run.databaseUrl);
  const loadAverages: number[] = [];
  const sampler = setInterval(() => loadAverages.push(os.loadavg()[0]!), LOAD_SAMPLE_EVERY_MS);
  const readersDone = replayReaders(run.baseUrl, run.plan, { connections: CONNECTIONS, durationSeconds: DURATION_SECONDS, seen });
  await delay(DESK_OFFSET_MS);
  const desk = await startNewsroomDesk({ baseUrl: run.baseUrl, templateId: run.templateId, everyMs: DESK_EVERY_MS, onPublished: run.onPublished });
  const readers = await readersDone;
  clearInterval(sampler);
  const appAfter = await readAppCounts(appMetricsPorts());
  const transactionsAfter = await databaseTransactions(run.databaseUrl);
  const cache = await cacheCounted();
  return {
    warmUp,
    readers,
    cache: cache.outcomes,
    cacheBackendRequests: cache.backendRequests,
    app: appCountsBetween(appBefore, appAfter),
    databaseTransactions: transactionsAfter - transactionsBefore,
    desk: await desk.stop(),
    loadAverages,
  };
}

/**
 * Varnish's counters once they stop moving: a worker adds its connection's counts to the totals
 * only now and then while the connection is busy, and in full once it goes quiet. Read straight
 * after a run, they missed most of it.
 */
async function settledCacheCounters(cluster: Cluster): Promise<CacheCounters> {
  let last = await cluster.cacheCounters();
  for (let waited = 0; waited < COUNTERS_SETTLE_MAX_MS; waited += COUNTERS_SETTLE_STEP_MS) {
    await delay(COUNTERS_SETTLE_STEP_MS);
    const next = await cluster.cacheCounters();
    if (next.clientRequests === last.clientRequests) return next;
    last = next;
  }
  return last;
}

const appMetricsPorts = () => Array.from({ length: NODES }, (_, index) => FIRST_METRICS_PORT + index);

// ---------------------------------------------------------------------------
// The figures
// ---------------------------------------------------------------------------

interface Figures {
  readersPerSecond: number;
  shareOfCeiling: number;
  latencyMs: ReaderTrafficResult['latencyMs'];
  hitRatio: number;
  cacheableHitRatio: number;
  passShare: number;
  cache: CacheOutcomes;
  /** Requests that were the first for their address since this cache's warm-up began: misses however good the cache. */
  firstRequests: number;
  /** The hit ratio with those left out: what the cache does for addresses it has been asked for before. */
  repeatHitRatio: number;
  originRequestsPerSecond: number;
  originShare: number;
  appRequestsPerSecond: number;
  appRendersPerSecond: number;
  databaseStatementsPerSecond: number;
  databaseTransactionsPerSecond: number;
  publishToVisible: TimingSummary;
  notVisibleWithinLimit: number;
  changes: DeskChange[];
  failedSaves: string[];
  errors: { failed: number; socketErrors: number; timeouts: number; statuses: Record<string, number>; failedInWarmUp: number };
  readers: ReaderTrafficResult;
  warmUp: ReaderTrafficResult | null;
  loadAverages: number[];
}

function figuresOf(window: MeasuredWindow, ceilingRps: number): Figures {
  const seconds = window.readers.seconds;
  const answered = window.cache.hits + window.cache.misses + window.cache.passes;
  const shares = cacheShares(window.cache);
  // Varnish counts what it sent the app itself; nginx's background refreshes are not in its log, so the app's count stands for it.
  const origin = window.cacheBackendRequests ?? window.app.requests;
  const times = window.desk.changes.flatMap((change) => Object.values(change.visibleAfterMs));
  const perSecond = (count: number) => Math.round((count / seconds) * 10) / 10;
  return {
    readersPerSecond: window.readers.requestsPerSecond,
    shareOfCeiling: window.readers.requestsPerSecond / ceilingRps,
    latencyMs: window.readers.latencyMs,
    ...shares,
    cache: window.cache,
    firstRequests: window.readers.firstRequests,
    repeatHitRatio: cacheShares({ ...window.cache, misses: Math.max(0, window.cache.misses - window.readers.firstRequests) }).hitRatio,
    originRequestsPerSecond: perSecond(origin),
    originShare: answered === 0 ? Number.NaN : origin / answered,
    appRequestsPerSecond: perSecond(window.app.requests),
    appRendersPerSecond: perSecond(window.app.renders),
    databaseStatementsPerSecond: perSecond(window.app.statements),
    databaseTransactionsPerSecond: perSecond(window.databaseTransactions),
    publishToVisible: summariseTimes(times.filter((time): time is number => time !== null)),
    notVisibleWithinLimit: times.filter((time) => time === null).length,
    changes: window.desk.changes,
    failedSaves: window.desk.failedSaves,
    errors: {
      failed: window.readers.failed,
      socketErrors: window.readers.socketErrors,
      timeouts: window.readers.timeouts,
      statuses: window.readers.statuses,
      failedInWarmUp: window.warmUp?.failed ?? 0,
    },
    readers: window.readers,
    warmUp: window.warmUp,
    loadAverages: window.loadAverages,
  };
}

const percent = (share: number, digits = 1) => (Number.isFinite(share) ? `${(share * 100).toFixed(digits)}%` : '–');

function table(cluster: Figures, nginx: Figures): Record<string, { 'Varnish (cache tier)': string; 'nginx (today)': string }> {
  const row = (show: (figures: Figures) => string) => ({ 'Varnish (cache tier)': show(cluster), 'nginx (today)': show(nginx) });
  return {
    'readers req/s': row((f) => `${f.readersPerSecond} (${percent(f.shareOfCeiling, 0)} of ceiling)`),
    'readers latency p50/p99/max ms': row((f) => `${f.latencyMs.p50}/${f.latencyMs.p99}/${f.latencyMs.max}`),
    'hit ratio (passes in)': row((f) => percent(f.hitRatio, 2)),
    'hit ratio (cacheable only)': row((f) => percent(f.cacheableHitRatio, 2)),
    'hits/misses/passes': row((f) => `${f.cache.hits}/${f.cache.misses}/${f.cache.passes}`),
    'first requests for an address': row((f) => String(f.firstRequests)),
    'hit ratio (passes in), first requests out': row((f) => percent(f.repeatHitRatio, 2)),
    'origin req/s (share)': row((f) => `${f.originRequestsPerSecond} (${percent(f.originShare, 2)})`),
    'app req/s, renders/s': row((f) => `${f.appRequestsPerSecond}, ${f.appRendersPerSecond}`),
    'database statements/s': row((f) => String(f.databaseStatementsPerSecond)),
    'database transactions/s': row((f) => String(f.databaseTransactionsPerSecond)),
    'publish→visible p50/p95/max ms': row((f) => `${f.publishToVisible.p50Ms}/${f.publishToVisible.p95Ms}/${f.publishToVisible.maxMs} (${f.publishToVisible.samples} pages)`),
    [`pages not updated in ${GIVE_UP_AFTER_MS / 1000} s`]: row((f) => String(f.notVisibleWithinLimit)),
    'failed requests (socket, timeouts)': row((f) => `${f.errors.failed} (${f.errors.socketErrors}, ${f.errors.timeouts})`),
    'failed requests in warm-up': row((f) => String(f.errors.failedInWarmUp)),
    'load average (1 min) during': row((f) => f.loadAverages.map((load) => load.toFixed(1)).join(' ')),
  };
}

// ---------------------------------------------------------------------------

async function main(): Promise<void> {
  const startedAt = new Date();
  const clock = performance.now();
  const loadBefore = os.loadavg()[0]!;
  if (!FULL_RUN) console.log(`Not a full run: ${DURATION_SECONDS} s measured, fewer than ${FULL_RUN_SECONDS}.`);
  const tools = spawnSync('bash', [path.join(root, 'scripts', 'ensure-cluster-tools.sh')], { stdio: 'inherit' });
  if (tools.status !== 0) process.exit(tools.status ?? 1);
  const stories = ensureLargeDatabase(DATABASE_FILE, DEFAULT_ARTICLE_COUNT);
  ensureFreshBuild(root, DATABASE_FILE);
  const site = sampleSite(DATABASE_FILE, { latest: DEFAULT_ARTICLE_COUNT, random: 0, topics: 0 });
  const templateId = newestPublishedStoryId(DATABASE_FILE);
  if (templateId === undefined || site.latestSlugs.length === 0) fail(`${DATABASE_FILE} has no published story.`);

  let postgres: PostgresServer | undefined;
  let copySeconds: number | null = null;
  let databaseUrl = options.postgres;
  if (databaseUrl === undefined) {
    console.log(`Copying ${path.relative(root, DATABASE_FILE)} into a throwaway PostgreSQL server…`);
    postgres = await startPostgresServer();
    const copyStarted = performance.now();
    await copySiteFileToPostgres(DATABASE_FILE, postgres.url);
    copySeconds = Math.round((performance.now() - copyStarted) / 1000);
    console.log(`Copied in ${copySeconds} s.`);
    databaseUrl = postgres.url;
  }
  // The desk writes through db/, whose store opens on first use at DATABASE_URL.
  process.env.DATABASE_URL = databaseUrl;
  if (settings().databaseUrl !== databaseUrl) fail('The settings were read before DATABASE_URL was set: the desk would write elsewhere.');

  // Readers crowd onto the newest stories: each story the desk publishes takes rank 1.
  const ranked = [...site.latestSlugs];
  const random = new SeededRandom(SEED);
  const readerSite = { storyAtRank: (rank: number) => ranked[rank]!, get stories() { return ranked.length; }, sectionSlugs: site.sections.map((section) => section.slug) };
  const plan = readerRequestPlanner(readerSite, () => random.next());
  const addresses = () => everyAddress(readerSite);
  const onPublished = (slug: string) => void ranked.unshift(slug);

  const workDir = mkdtempSync(path.join(os.tmpdir(), 'nation-express-bench-cluster-'));
  const staticCeilingDir = path.join(workDir, 'static-ceiling');
  let cluster: Cluster | undefined;
  let nginx: Awaited<ReturnType<typeof startNginxProxy>> | undefined;
  try {
    cluster = await startCluster({
      nodes: NODES,
      cachePort: CACHE_PORT,
      firstAppPort: FIRST_APP_PORT,
      workDir: path.join(workDir, 'cluster'),
      databaseUrl,
      cacheStorage: CACHE_STORAGE,
      firstMetricsPort: FIRST_METRICS_PORT,
    });
    const varnish = cluster;
    const nginxDir = path.join(workDir, 'nginx');
    nginx = await startNginxProxy({ appPorts: cluster.nodes.map((node) => node.port), proxyPort: NGINX_PORT, workDir: nginxDir, staticCeilingDir });
    const nginxUrl = `http://127.0.0.1:${NGINX_PORT}`;

    // 1. The ceiling, and one hot cached story through each cache.
    const hotPath = articlePath(ranked[0]!, 'desktop');
    const headers = { 'user-agent': DESKTOP_USER_AGENT };
    const page = await fetch(`${varnish.url}${hotPath}`, { headers });
    if (page.status !== 200) throw new Error(`${hotPath} answered ${page.status} through Varnish.`);
    // fetch unzips what it asked for compressed: the file is the page's HTML.
    writeFileSync(path.join(staticCeilingDir, 'article.html'), await page.text());
    await fetch(`${nginxUrl}${hotPath}`, { headers });
    const load = { connections: CONNECTIONS, durationSeconds: CEILING_SECONDS };
    console.log(`The static-file ceiling and one cached story, ${CONNECTIONS} connections, ${CEILING_SECONDS} s each…`);
    const ceilingUrl = `${nginxUrl}/static-ceiling/article.html`;
    // Varnish keeps the app's gzip and unzips it for a client that takes none; nginx keeps the page
    // uncompressed and compresses it for each client that takes gzip. Both, for both.
    const cachedStory = async (baseUrl: string): Promise<CachedStory> => ({
      asBrowsersAsk: await measureThroughput(`${baseUrl}${hotPath}`, { ...headers, 'accept-encoding': BROWSER_ACCEPT_ENCODING }, load),
      uncompressed: await measureThroughput(`${baseUrl}${hotPath}`, headers, load),
    });
    const ceilings: ThroughputSummary[] = [await measureThroughput(ceilingUrl, headers, load)];
    const hotThroughVarnish = await cachedStory(varnish.url);
    const hotThroughNginx = await cachedStory(nginxUrl);
    ceilings.push(await measureThroughput(ceilingUrl, headers, load));
    const ceilingRps = ceilings.reduce((sum, ceiling) => sum + ceiling.requestsPerSecond, 0) / ceilings.length;

    // 2. Through Varnish.
    const throughVarnish = await measureWindow({
      label: 'Varnish',
      baseUrl: varnish.url,
      plan,
      addresses,
      databaseUrl,
      templateId,
      onPublished,
      countCache: async () => {
        const before = await settledCacheCounters(varnish);
        return async () => {
          const after = await settledCacheCounters(varnish);
          return {
            outcomes: { hits: after.hits - before.hits, misses: after.misses - before.misses, passes: after.passes - before.passes },
            backendRequests: after.backendRequests - before.backendRequests,
          };
        };
      },
    });

    // 3. nginx in front of the same app processes, restarted so that neither run inherits the other's page caches.
    console.log('Restarting the app processes…');
    for (const index of varnish.nodes.keys()) {
      await varnish.stopNode(index);
      await varnish.startNode(index);
    }
    const accessLog = path.join(nginxDir, 'logs', 'access.log');
    const throughNginx = await measureWindow({
      label: 'nginx',
      baseUrl: nginxUrl,
      plan,
      addresses,
      databaseUrl,
      templateId,
      onPublished,
      // The access log's lines from the window, once nginx has written them.
      countCache: async () => {
        await delay(ACCESS_LOG_FLUSH_MS);
        const from = statSync(accessLog).size;
        return async () => {
          await delay(ACCESS_LOG_FLUSH_MS);
          return { outcomes: nginxCacheOutcomes(readFileSync(accessLog).subarray(from).toString('utf8')), backendRequests: null };
        };
      },
    });

    const clusterFigures = figuresOf(throughVarnish, ceilingRps);
    const nginxFigures = figuresOf(throughNginx, ceilingRps);
    report({
      startedAt,
      totalSeconds: Math.round((performance.now() - clock) / 1000),
      loadBefore,
      stories,
      copySeconds,
      ceilings,
      ceilingRps,
      hotThroughVarnish,
      hotThroughNginx,
      cluster: clusterFigures,
      nginx: nginxFigures,
    });
  } finally {
    await closeProcessStore();
    await nginx?.stop();
    await cluster?.stop();
    postgres?.stop();
    rmSync(workDir, { recursive: true, force: true });
  }
}

function report(run: {
  startedAt: Date;
  totalSeconds: number;
  loadBefore: number;
  stories: number;
  copySeconds: number | null;
  ceilings: ThroughputSummary[];
  ceilingRps: number;
  hotThroughVarnish: CachedStory;
  hotThroughNginx: CachedStory;
  cluster: Figures;
  nginx: Figures;
}): void {
  const { cluster, ceilingRps } = run;
  const share = (summary: ThroughputSummary) => summary.requestsPerSecond / ceilingRps;
  const hotShare = share(run.hotThroughVarnish.asBrowsersAsk);
  const goals = [
    { goal: `cache hit ratio ≥ ${percent(GOALS.hitRatio)}`, value: percent(cluster.hitRatio, 2), met: cluster.hitRatio >= GOALS.hitRatio },
    { goal: `origin requests ≤ ${percent(GOALS.originShare, 0)} of reader requests`, value: percent(cluster.originShare, 2), met: cluster.originShare <= GOALS.originShare },
    { goal: `publish→visible p95 ≤ ${GOALS.visibleP95Ms} ms`, value: `${cluster.publishToVisible.p95Ms} ms`, met: cluster.publishToVisible.p95Ms <= GOALS.visibleP95Ms && cluster.notVisibleWithinLimit === 0 },
    { goal: `publish→visible max ≤ ${GOALS.visibleMaxMs} ms`, value: `${cluster.publishToVisible.maxMs} ms`, met: cluster.publishToVisible.maxMs <= GOALS.visibleMaxMs && cluster.notVisibleWithinLimit === 0 },
    { goal: `cached story through Varnish, as browsers ask, ≥ ${percent(GOALS.ceilingShare, 0)} of the static-file ceiling`, value: percent(hotShare), met: hotShare >= GOALS.ceilingShare },
    { goal: 'no failed reader request', value: String(cluster.errors.failed), met: cluster.errors.failed === 0 },
  ];
  const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? '', memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version };
  const parameters = {
    durationSeconds: DURATION_SECONDS,
    warmUpSeconds: WARM_UP_SECONDS,
    connections: CONNECTIONS,
    nodes: NODES,
    seed: SEED,
    stories: run.stories,
    zipfExponent: ZIPF_EXPONENT,
    readStories: READ_STORIES,
    phoneShare: PHONE_SHARE,
    phoneDesktopAddressShare: PHONE_DESKTOP_ADDRESS_SHARE,
    homeShare: HOME_SHARE,
    sectionShare: SECTION_SHARE,
    deskEverySeconds: DESK_EVERY_MS / 1000,
    ceilingSeconds: CEILING_SECONDS,
    cacheStorage: CACHE_STORAGE,
  };
  const rows = table(run.cluster, run.nginx);

  console.log(
    `\nElection night on one machine, ${run.startedAt.toISOString()}: ${machine.cpus} cores, ${machine.memoryGb} GiB, Node ${machine.node}; ` +
      `${run.stories} stories, ${NODES} app processes, ${CONNECTIONS} connections, ${DURATION_SECONDS} s measured after ${WARM_UP_SECONDS} s of warm-up${FULL_RUN ? '' : ' (NOT A FULL RUN)'}.`,
  );
  console.log(
    `Static-file ceiling (nginx, the story's page from disk): ${run.ceilings.map((ceiling) => ceiling.requestsPerSecond).join(' and ')} req/s (before and after; mean ${Math.round(ceilingRps)}). ` +
      `One cached story, as browsers ask (gzip) and uncompressed: through Varnish ${run.hotThroughVarnish.asBrowsersAsk.requestsPerSecond} req/s (${percent(hotShare)}) ` +
      `and ${run.hotThroughVarnish.uncompressed.requestsPerSecond} (${percent(share(run.hotThroughVarnish.uncompressed))}); ` +
      `through nginx ${run.hotThroughNginx.asBrowsersAsk.requestsPerSecond} (${percent(share(run.hotThroughNginx.asBrowsersAsk))}) ` +
      `and ${run.hotThroughNginx.uncompressed.requestsPerSecond} (${percent(share(run.hotThroughNginx.uncompressed))}).`,
  );
  console.table(rows);
  console.log(`Load average (1 min): ${run.loadBefore.toFixed(2)} before the run.`);
  for (const { goal, value, met } of goals) console.log(`${met ? 'MET   ' : 'MISSED'}  ${goal}: ${value}`);
  for (const [name, figures] of [['Varnish', run.cluster], ['nginx', run.nginx]] as const) {
    if (figures.failedSaves.length > 0) console.log(`${name}: the desk's saves that failed:`, figures.failedSaves);
  }

  const out = path.resolve(root, options.out);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        date: run.startedAt.toISOString(),
        fullRun: FULL_RUN,
        ...(FULL_RUN ? {} : { note: `not a full run: ${DURATION_SECONDS} s measured, fewer than ${FULL_RUN_SECONDS}` }),
        totalSeconds: run.totalSeconds,
        machine,
        parameters,
        loadAverageBefore: run.loadBefore,
        copySeconds: run.copySeconds,
        staticCeiling: { runs: run.ceilings, requestsPerSecond: Math.round(ceilingRps) },
        cachedStory: { throughVarnish: run.hotThroughVarnish, throughNginx: run.hotThroughNginx, shareOfCeiling: hotShare },
        cluster: run.cluster,
        nginx: run.nginx,
        goals,
        table: rows,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`Written to ${path.relative(root, out)} (the whole run took ${run.totalSeconds} s).`);
}

await main();
