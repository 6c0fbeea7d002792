import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';
import { createServerMetrics } from './metrics';
import { normalisedPath } from '../lib/requestPath';
import { logRequest } from './requestLog';

async function serve(handler: Parameters<typeof createServer>[1], requests: (base: string) => Promise<void>): Promise<void> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  await requests(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

function lineCollector() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, next) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      next();
    },
  });
  return { lines, logger: createLogger('info', destination) };
}

describe('logRequest', () => {
  it('writes one JSON line per request with route, status, duration, cache outcome and id, without query or cookies', async () => {
    const { lines, logger } = lineCollector();
    const metrics = createServerMetrics();
    await serve(
      (request, response) => {
        logRequest(request, response, normalisedPath(request.url), logger, metrics);
        if (request.url?.startsWith('/article/')) response.setHeader('x-nextjs-cache', 'HIT');
        response.statusCode = response.hasHeader('x-nextjs-cache') ? 200 : 500;
        response.end('x');
      },
      async (base) => {
        const answer = await fetch(`${base}/article/a-story?token=hunter2`, { headers: { cookie: 'nx_session=secret-session' } });
        expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
        await fetch(`${base}/search?q=private+words`);
      },
    );
    expect(lines).toHaveLength(2);
    const [hit, failed] = lines.map((line) => JSON.parse(line));
    expect(hit).toMatchObject({ level: 30, method: 'GET', route: '/article/:slug', path: '/article/a-story', status: 200, cache: 'hit' });
    expect(typeof hit.durationMs).toBe('number');
    expect(hit.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(hit.time)).not.toBeNaN();
    expect(failed).toMatchObject({ level: 50, route: '/search', status: 500, cache: 'none' });
    expect(lines.join('\n')).not.toMatch(/hunter2|secret-session|private/);
    const text = await metrics.registry.metrics();
    expect(text).toContain('http_requests_total{method="GET",route="/article/:slug",status="200"} 1');
    expect(text).toContain('page_cache_lookups_total{outcome="hit"} 1');
  });

  it("keeps a proxy's plain request id and replaces one that could forge a log line", async () => {
    const { lines, logger } = lineCollector();
    await serve(
      (request, response) => {
        logRequest(request, response, normalisedPath(request.url), logger);
        response.end();
      },
      async (base) => {
        await fetch(`${base}/`, { headers: { 'x-request-id': 'edge-42.abc' } });
        await fetch(`${base}/`, { headers: { 'x-request-id': 'x"} {"level":60' } });
      },
    );
    const [kept, replaced] = lines.map((line) => JSON.parse(line));
    expect(kept.requestId).toBe('edge-42.abc');
    expect(replaced.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes nothing below LOG_LEVEL: at error, only failed requests', async () => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk: Buffer, _encoding, next) {
        lines.push(chunk.toString());
        next();
      },
    });
    const logger = createLogger('error', destination);
    await serve(
      (request, response) => {
        logRequest(request, response, normalisedPath(request.url), logger);
        response.statusCode = request.url === '/broken' ? 503 : 200;
        response.end();
      },
      async (base) => {
        await fetch(`${base}/`);
        await fetch(`${base}/broken`);
      },
    );
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('"status":503');
  });
});
