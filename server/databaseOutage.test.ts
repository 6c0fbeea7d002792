import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noteDatabaseOutage } from '../app/_lib/databaseOutage';
import { DATABASE_OUTAGE_PATH } from '../lib/paths';
import { answerNotingDatabaseOutage, renderOutagePage, type PageHandler } from './databaseOutage';

/*
 * A server that answers as Next.js does for a cached page (200, public, with an entity tag), after
 * a few awaits; the path says whether the page it renders marks the response as an outage answer.
 */
describe('answerNotingDatabaseOutage', () => {
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    server = createServer((request, response) => {
      void answerNotingDatabaseOutage(response, async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        await Promise.resolve();
        if (request.url === '/marked') noteDatabaseOutage();
        response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 's-maxage=86400', ETag: '"page"' });
        response.end('<h1>The page</h1>');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('sends a marked response as a 503 to try again in 30 s, stored by no cache', async () => {
    const response = await fetch(`${origin}/marked`);
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('etag')).toBeNull();
    expect(await response.text()).toBe('<h1>The page</h1>');
  });

  it('leaves every other response as it was, even beside a marked one', async () => {
    const [marked, plain] = await Promise.all([fetch(`${origin}/marked`), fetch(`${origin}/plain`)]);
    expect(marked.status).toBe(503);
    expect(plain.status).toBe(200);
    expect(plain.headers.get('cache-control')).toBe('s-maxage=86400');
    expect(plain.headers.get('etag')).toBe('"page"');
    expect(plain.headers.get('retry-after')).toBeNull();
  });

  it('has Next.js render the outage page in place of the page asked for, as a 503', async () => {
    const rendered: string[] = [];
    const outage = createServer((request, response) => {
      const handle: PageHandler = async (_request, answer, url) => {
        rendered.push(url?.pathname ?? '(the request’s own)');
        answer.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 's-maxage=86400' });
        answer.end('<h1>The site is briefly unavailable</h1>');
      };
      void answerNotingDatabaseOutage(response, () => renderOutagePage(request, response, handle));
    });
    await new Promise<void>((resolve) => outage.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(outage.address() as AddressInfo).port}/article/a-story`);
      expect(response.status).toBe(503);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(rendered).toEqual([DATABASE_OUTAGE_PATH]);
    } finally {
      await new Promise<void>((resolve) => outage.close(() => resolve()));
    }
  });
});
