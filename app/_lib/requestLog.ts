import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Logs each failed request (a 5xx) as one JSON line: time, method, route, status and duration.
 * The query string is left out: it can carry what should never reach a log.
 */
export function logFailedRequests(request: IncomingMessage, response: ServerResponse, log: (line: string) => void = console.error): void {
  const started = performance.now();
  response.once('finish', () => {
    if (response.statusCode < 500) return;
    log(
      JSON.stringify({
        time: new Date().toISOString(),
        level: 'error',
        method: request.method,
        route: (request.url ?? '').split('?')[0],
        status: response.statusCode,
        durationMs: Math.round(performance.now() - started),
      }),
    );
  });
}
