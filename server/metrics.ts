import { createServer, type Server } from 'node:http';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { pageCacheSize } from './pageCacheHandler.mjs';

/*
 * What an operator graphs and alerts on, in Prometheus's format: requests by route and status,
 * how long they took (a cache miss is a render), page-cache hits, misses and size, how far behind
 * the change log this process is, time spent in the database, and Node's own event-loop delay,
 * memory and garbage collection. Served on a listener of its own (METRICS_PORT), bound to
 * loopback by default, so it is never reachable through the site's address or its proxies.
 */

/** Next.js's answer from its response cache, in the `x-nextjs-cache` header. */
export type CacheOutcome = 'hit' | 'miss' | 'stale' | 'none';

export interface ServerMetrics {
  registry: Registry;
  observeRequest(request: { method: string; route: string; status: number; cache: CacheOutcome; seconds: number }): void;
  observeChangeLag(seconds: number): void;
  observeStatement(seconds: number): void;
  /** One purge sent to a shared cache in front (server/sharedCachePurge.ts), and whether it was done. */
  observePurge(cache: string, ok: boolean): void;
}

export function createServerMetrics(): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'http_requests_total',
    help: 'Requests answered, by method, route template and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const durations = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time from request to the last byte of the answer, by route and page-cache outcome (a miss is a render).',
    labelNames: ['route', 'cache'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const cacheLookups = new Counter({
    name: 'page_cache_lookups_total',
    help: "Pages looked up in the page cache, by outcome (hit, miss, stale).",
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'page_cache_bytes',
    help: 'Approximate bytes held by the page cache.',
    registers: [registry],
    collect() {
      this.set(pageCacheSize().bytes);
    },
  });
  new Gauge({
    name: 'page_cache_entries',
    help: 'Responses held by the page cache.',
    registers: [registry],
    collect() {
      this.set(pageCacheSize().entries);
    },
  });
  const changeLag = new Histogram({
    name: 'content_change_lag_seconds',
    help: 'Time from a change being committed to this process dropping the pages it touched.',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
    registers: [registry],
  });
  const statements = new Histogram({
    name: 'database_statement_duration_seconds',
    help: 'Time each database statement took.',
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1],
    registers: [registry],
  });
  const purges = new Counter({
    name: 'shared_cache_purges_total',
    help: 'Purges by tag sent to the caches in front (SHARED_CACHE_PURGE_URLS), by cache and outcome (done, failed).',
    labelNames: ['cache', 'outcome'] as const,
    registers: [registry],
  });
  return {
    registry,
    observeRequest({ method, route, status, cache, seconds }) {
      requests.inc({ method, route, status: String(status) });
      durations.observe({ route, cache }, seconds);
      if (cache !== 'none') cacheLookups.inc({ outcome: cache });
    },
    observeChangeLag(seconds) {
      changeLag.observe(seconds);
    },
    observeStatement(seconds) {
      statements.observe(seconds);
    },
    observePurge(cache, ok) {
      purges.inc({ cache, outcome: ok ? 'done' : 'failed' });
    },
  };
}

/** The metrics listener: `/metrics` and nothing else, on `host:port` only. */
export function serveMetrics(metrics: ServerMetrics, port: number, host: string): Promise<Server> {
  const server = createServer((request, response) => {
    if (request.method !== 'GET' || (request.url ?? '').split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    metrics.registry.metrics().then(
      (text) => response.writeHead(200, { 'Content-Type': metrics.registry.contentType, 'Cache-Control': 'no-store' }).end(text),
      () => response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Metrics could not be collected\n'),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}
