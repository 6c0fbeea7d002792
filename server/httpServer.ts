/*
 * The HTTP server: Next.js's request handler, wrapped with what the site decides for itself.
 * Production runs it through scripts/serve.ts (`npm start`, the service units), `npm run dev`
 * through scripts/dev.ts with Next.js's development mode inside; both with the `react-server`
 * condition, so that the server-only modules it shares with the app load here too.
 * - Compression, gzip or brotli as the client prefers (Next.js itself only gzips).
 * - The HTTP caching policy, surrogate keys and conditional requests (server/httpCaching.ts), and
 *   purging the caches in front by tag when content changes (server/sharedCachePurge.ts).
 * - Missing desktop pages answered with the server-rendered 404 (server/missingDesktopPage.ts),
 *   and imported stories' old permalinks with a 301 (server/oldPermalinks.ts).
 * - Following the content change log, so pages any writer changed leave the page cache,
 *   publishing scheduled stories when their time comes, and taking the breaking-news strip off
 *   cached pages when its end comes.
 * - Security headers and a Content-Security-Policy on every response, those Node answers itself
 *   included (server/securityHeaders.ts): the public pages' (server/pageSecurityPolicy.ts),
 *   the newsroom's, and one that loads nothing for the rest.
 * - A JSON log line for every request (server/requestLog.ts), Prometheus metrics on a listener of
 *   their own when METRICS_PORT is set (server/metrics.ts), `/healthz` and `/livez` (server/health.ts).
 * - Requests refused from their request line and headers alone: a target that is not a path, a
 *   query larger than any page reads, a method the address does not take, or a body too large
 *   for it (server/requestLimits.ts); a newsroom post from another origin
 *   (lib/newsroom/postOrigin.ts).
 * - The newsroom's headers (a per-request CSP nonce, no caching). Whether a request is the
 *   newsroom's, or a mobile page's, is read from its normalised path (lib/requestPath.ts).
 * - Forwarded headers believed only from the proxies in TRUST_PROXY (server/trustedProxy.ts).
 * In development mode, three things more, for Next.js's dev tools: their own addresses pass the
 * request limits, each page's policy gets the two additions they need (server/securityHeaders.ts),
 * and stopping closes their hot-reload websockets at once.
 * Every setting is read and checked first (lib/settings.ts): a bad one stops the start.
 */
import { createServer } from 'node:http';
import type { Socket } from 'node:net';
import path from 'node:path';
import { parse } from 'node:url';
import compression from 'compression';
import next from 'next';
import { isDatabaseUnavailable } from '../db/databaseUnavailable';
import { closeProcessStore, resolveDatabasePath, timeProcessDatabaseStatements } from '../db/processDatabase';
import { databaseProblem, postgresProblem } from '../db/startupCheck';
import { recordEndedBreakingNews } from '../db/newsroom/breakingNews';
import { publishDueStories } from '../db/newsroom/stories';
import { answerNotingDatabaseOutage, renderOutagePage } from './databaseOutage';
import { followContentChanges } from './followContentChanges';
import { createSharedCachePurger } from './sharedCachePurge';
import { applyHttpCaching } from './httpCaching';
import { isMissingDesktopPage } from './missingDesktopPage';
import { applyNewsroomHeaders } from './newsroomResponse';
import { postOriginRefusal } from './postOrigin';
import { oldPermalinkTarget } from './oldPermalinks';
import { applyPageSecurityPolicy } from './pageSecurityPolicy';
import { HEALTH_CHECK_PATH, isNewsroomPath, LIVENESS_CHECK_PATH } from '../lib/paths';
import { answerClientError, HEADERS_TIMEOUT_MS, MAX_HEADER_BYTES, REQUEST_TIMEOUT_MS, refuseRequest, requestRefusal } from './requestLimits';
import { configurePageCache } from './pageCacheHandler.mjs';
import { applySecurityHeaders } from './securityHeaders';
import { demoAccountProblem } from '../db/newsroom/demoAccounts';
import { normalisedPath } from '../lib/requestPath';
import { isLocalOrigin, settingsOrExit } from '../lib/settings';
import { answerHealthCheck, answerLivenessCheck, PageFailureWatch } from './health';
import { createLogger, riskySettingWarnings, routeConsoleToLogger } from './logger';
import { listenFailure } from './listenFailure';
import { createServerMetrics, serveMetrics } from './metrics';
import { logRequest } from './requestLog';
import { isReaderPage } from './routeLabel';
import { normaliseForwardedHeaders, trustedProxies } from './trustedProxy';
import { createReadCounter } from './readCounter';
import { startReadCounting } from './readCounting';
import { articleIdOfReadBeacon } from '../lib/mostRead';

const root = path.resolve(import.meta.dirname, '..');

// The app's own 404 route, rendered on the server with the site's layout and a 404 status.
const NOT_FOUND_URL = parse('/_not-found', true);

// Scheduled stories go out, and the breaking-news strip comes down, within a few seconds of their
// time, without anyone acting.
const SCHEDULE_CHECK_MS = 5000;

/**
 * Addresses of Next.js's development tools (source-mapped stack frames, opening a file in the
 * editor), some asked by POST. They exist only in development mode, whose server refuses them to
 * other sites itself.
 */
function isDevelopmentToolsPath(pathname: string | null): boolean {
  return pathname !== null && pathname.startsWith('/__nextjs_');
}

/** Ends the start with one plain line on stderr, for whoever started the server to read. */
function stopStarting(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

export interface HttpServerOptions {
  /**
   * Next.js's development mode inside (compiling on request, hot reloading) instead of the
   * production build; everything around it is the same.
   */
  dev: boolean;
}

/**
 * Starts this process's server on PORT: checks the settings and the database, prepares Next.js,
 * follows content changes, publishes scheduled stories, ends the breaking-news strip on time, and
 * serves until SIGINT or SIGTERM, then exits. A start that cannot succeed ends the process with one
 * line saying why.
 */
export async function startHttpServer({ dev }: HttpServerOptions): Promise<void> {
  const settings = settingsOrExit();
  const { port } = settings;
  const proxies = trustedProxies(settings.trustProxy);
  const logger = createLogger(settings.logLevel);
  for (const warning of riskySettingWarnings(settings)) logger.warn(warning);

  const metrics = createServerMetrics();
  const pageFailures = new PageFailureWatch();
  timeProcessDatabaseStatements((seconds) => metrics.observeStatement(seconds));

  // A missing, unreadable or damaged database stops the server here, with what to do about it.
  const problem = settings.databaseUrl === undefined ? databaseProblem(resolveDatabasePath()) : await postgresProblem(settings.databaseUrl);
  if (problem) {
    stopStarting(problem);
  }
  // Accounts whose passwords are in the README may exist only on a site served to this machine.
  if (!isLocalOrigin(settings.siteUrl)) {
    const demoProblem = await demoAccountProblem(settings.siteUrl.origin);
    if (demoProblem) {
      stopStarting(demoProblem);
    }
  }

  // Next.js and libraries write to the console: as JSON lines too, so no text they repeat from a
  // request (a path with a newline in it) can pass for a line of its own.
  routeConsoleToLogger(logger);
  configurePageCache(settings.pageCacheMaxMegabytes);
  // In development, Next.js answers its hot-reload websocket itself: on the first request it
  // handles, it adds its own 'upgrade' listener to the server that request came through (this one).
  const app = next({ dev, dir: root, port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const purgeSharedCaches = createSharedCachePurger({
    caches: settings.sharedCachePurgeUrls,
    onPurged: ({ cache, detail, ok }) => {
      metrics.observePurge(cache, ok);
      if (!ok) logger.warn({ cache, detail }, 'could not purge a shared cache');
    },
  });
  const purgedByTag = settings.sharedCachePurgeUrls.length > 0;
  const stopFollowingChanges = await followContentChanges({
    onDropped: (seconds) => metrics.observeChangeLag(seconds),
    onTagsDropped: (tags, changedAt) => void purgeSharedCaches(tags, changedAt),
  });
  const metricsServer =
    settings.metricsPort === undefined
      ? undefined
      : await serveMetrics(metrics, settings.metricsPort, settings.metricsHost).catch((error: unknown) =>
          stopStarting(listenFailure(error, { host: settings.metricsHost, port: settings.metricsPort ?? 0, settings: 'METRICS_PORT, METRICS_HOST' })),
        );

  const scheduler = setInterval(() => {
    publishDueStories().catch((error: unknown) => logger.error({ err: error }, 'could not publish the scheduled stories'));
    recordEndedBreakingNews().catch((error: unknown) => logger.error({ err: error }, 'could not take down the breaking-news strip whose end passed'));
  }, SCHEDULE_CHECK_MS);
  scheduler.unref();
  const readCounter = createReadCounter();
  const stopReadCounting = startReadCounting(readCounter, logger, settings.mostReadRefreshSeconds);
  const compress = compression();

  // How long requests already being answered get to finish once the server is told to stop.
  const SHUTDOWN_GRACE_MS = settings.shutdownGraceMs;
  let stopping = false;

  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES, headersTimeout: HEADERS_TIMEOUT_MS, requestTimeout: REQUEST_TIMEOUT_MS }, (request, response) => {
    // While stopping, each connection closes after its answer, rather than waiting for another request.
    if (stopping) response.shouldKeepAlive = false;
    compress(request, response, () => {
      normaliseForwardedHeaders(request, proxies);
      const pathname = normalisedPath(request.url);
      logRequest(request, response, pathname, logger, metrics);
      if (isReaderPage(pathname)) response.once('finish', () => pageFailures.record(response.statusCode));
      applySecurityHeaders(request, response, { dev });
      if (pathname !== null && isNewsroomPath(pathname)) applyNewsroomHeaders(request, response, pathname);
      else applyPageSecurityPolicy(response, pathname, { dev });
      const refusal =
        dev && isDevelopmentToolsPath(pathname)
          ? null
          : (requestRefusal(request.method, request.url, request.headers) ??
            // A newsroom post from anywhere but the site's own pages (server/postOrigin.ts).
            postOriginRefusal(request.method, pathname, request.headers, settings.siteUrl));
      if (refusal) {
        refuseRequest(response, refusal);
        return;
      }
      if (pathname === HEALTH_CHECK_PATH) {
        void answerHealthCheck(response, pageFailures);
        return;
      }
      if (pathname === LIVENESS_CHECK_PATH) {
        answerLivenessCheck(response);
        return;
      }
      const readArticleId = pathname === null ? null : articleIdOfReadBeacon(pathname);
      if (readArticleId !== null) {
        readCounter.answer(request, response, readArticleId);
        return;
      }
      applyHttpCaching(request, response, { purgedByTag });
      // A page drawn without the database (server/databaseOutage.ts) goes out as a 503.
      void answerNotingDatabaseOutage(response, answerPage);
    });

    async function answerPage() {
      let movedTo: string | null = null;
      try {
        movedTo = await oldPermalinkTarget(request.method, request.url);
      } catch (error) {
        logger.error({ err: error }, 'could not look up an old address');
      }
      if (movedTo) {
        // An imported story's old permalink: for good, so search engines move their links too.
        response.writeHead(301, { Location: movedTo, 'Cache-Control': 'public, max-age=86400' });
        response.end();
        return;
      }
      let missing = false;
      try {
        missing = await isMissingDesktopPage(request);
      } catch (error) {
        // A page not in the page cache while the database cannot be reached: the outage page.
        if (isDatabaseUnavailable(error)) {
          await renderOutagePage(request, response, handle);
          return;
        }
        // Let Next.js render the request (and its error page) rather than fail here.
        logger.error({ err: error }, 'could not check whether the page exists');
      }
      void handle(request, response, missing ? NOT_FOUND_URL : undefined);
    }
  });

  // A request Node cannot read (headers too large, malformed, too slow) is answered here, not by Node.
  server.on('clientError', answerClientError);

  // In development, the connections, websockets taken over by Next.js among them (see stop).
  const connections = new Set<Socket>();
  if (dev) {
    server.on('connection', (socket) => {
      connections.add(socket);
      socket.once('close', () => connections.delete(socket));
    });
  }

  server.once('error', (error) => stopStarting(listenFailure(error, { host: settings.host, port, settings: 'PORT, HOST' })));
  server.listen(port, settings.host, () => {
    const metricsAt = settings.metricsPort === undefined ? undefined : `${settings.metricsHost}:${settings.metricsPort}`;
    logger.info(
      { port, host: settings.host ?? 'all addresses', siteUrl: settings.siteUrl.origin, metrics: metricsAt, dev: dev || undefined },
      `The Nation Express is serving ${settings.siteUrl.origin} on port ${port}${dev ? ' in development mode' : ''}`,
    );
  });

  function stop() {
    if (stopping) return;
    stopping = true;
    // Stop taking connections, let in-flight requests finish, then close the database and exit.
    stopFollowingChanges();
    clearInterval(scheduler);
    metricsServer?.close();
    const exit = () => {
      void stopReadCounting()
        .then(() => closeProcessStore())
        .finally(() => process.exit(0));
    };
    server.close(() => {
      // In development Next.js then stops its bundler too, which saves its cache for the next start.
      if (dev) void app.close().finally(exit);
      else exit();
    });
    // In development every connection closes at once, as under `next dev`: the hot-reload
    // websockets would otherwise hold the server open until the grace period ran out.
    if (dev) for (const socket of connections) socket.destroy();
    // Connections go idle as their last answers finish (or their unread bodies arrive): close them
    // as they do, rather than wait out each one's keep-alive.
    server.closeIdleConnections();
    setInterval(() => server.closeIdleConnections(), 100).unref();
    setTimeout(() => {
      logger.error(`requests still unfinished ${SHUTDOWN_GRACE_MS} ms after the signal to stop; stopping anyway`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
  }

  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stop);
}
