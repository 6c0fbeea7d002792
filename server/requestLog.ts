import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from './logger';
import type { CacheOutcome, ServerMetrics } from './metrics';
import { routeLabel } from './routeLabel';

/*
 * One log line and one metrics observation per request: method, route template, path, status,
 * duration, page-cache outcome and request id. Never the query string or cookies: they can carry
 * what must not reach a log (search words, tokens, sessions).
 */

/** A request id a trusted proxy may pass on: short and plain, so it cannot forge log lines. */
const PROXY_REQUEST_ID = /^[A-Za-z0-9._:@-]{1,128}$/;

/**
 * The request's id: a trusted proxy's `X-Request-Id` (the server has already removed it from
 * anyone else), or a new one. It is answered in `X-Request-Id` so a reader's report can be found.
 */
export function assignRequestId(request: IncomingMessage, response: ServerResponse): string {
  const fromProxy = request.headers['x-request-id'];
  const id = typeof fromProxy === 'string' && PROXY_REQUEST_ID.test(fromProxy) ? fromProxy : randomUUID();
  request.headers['x-request-id'] = id;
  response.setHeader('X-Request-Id', id);
  return id;
}

function cacheOutcome(response: ServerResponse): CacheOutcome {
  const header = response.getHeader('x-nextjs-cache');
  switch (typeof header === 'string' ? header.toUpperCase() : '') {
    case 'HIT':
      return 'hit';
    case 'MISS':
      return 'miss';
    case 'STALE':
      return 'stale';
    default:
      return 'none';
  }
}

/**
 * Logs `request` when its answer ends. `pathname` is its normalised path (lib/requestPath.ts),
 * taken before Next.js rewrites `request.url` as it routes (a missing page becomes its 404 route).
 */
export function logRequest(request: IncomingMessage, response: ServerResponse, pathname: string | null, logger: Logger, metrics?: ServerMetrics): void {
  const started = performance.now();
  const requestId = assignRequestId(request, response);
  const method = request.method ?? 'GET';
  const route = routeLabel(pathname);
  const path = pathname ?? (request.url ?? '/').split('?')[0];
  let logged = false;
  const done = () => {
    if (logged) return;
    logged = true;
    const seconds = (performance.now() - started) / 1000;
    const cache = cacheOutcome(response);
    // A client that went away before the answer ended: the status is what was about to be sent.
    const aborted = !response.writableFinished;
    const status = response.statusCode;
    metrics?.observeRequest({ method, route, status, cache, seconds });
    const line = {
      requestId,
      method,
      route,
      path,
      status,
      durationMs: Math.round(seconds * 10_000) / 10,
      cache,
      ...(aborted ? { aborted: true } : {}),
    };
    if (status >= 500) logger.error(line, 'request failed');
    else logger.info(line, 'request');
  };
  response.once('finish', done);
  response.once('close', done);
}
