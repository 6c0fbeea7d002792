import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { logFailedRequests } from './requestLog';

describe('logFailedRequests', () => {
  it('writes one JSON line per failed request, without the query string, and nothing for others', async () => {
    const lines: string[] = [];
    const server = createServer((request, response) => {
      logFailedRequests(request, response, (line) => lines.push(line));
      response.statusCode = request.url?.startsWith('/broken') ? 500 : 200;
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await fetch(`${base}/fine`);
    await fetch(`${base}/broken/page?password=hunter2&q=x`);
    await new Promise<void>((resolve) => server.close(() => resolve()));
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!);
    expect(entry).toMatchObject({ level: 'error', method: 'GET', route: '/broken/page', status: 500 });
    expect(typeof entry.durationMs).toBe('number');
    expect(Date.parse(entry.time)).not.toBeNaN();
    expect(lines[0]).not.toContain('hunter2');
  });
});
