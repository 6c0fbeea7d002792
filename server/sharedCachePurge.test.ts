import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createSharedCachePurger, PURGE_TAGS_HEADER, purgeHeaderValues, type PurgeOutcome } from './sharedCachePurge';

describe('purgeHeaderValues', () => {
  it('sends each tag once, in the form responses carry it, space-separated', () => {
    expect(purgeHeaderValues(['story:a', 'feeds', 'story:a', 'topic:日本'])).toEqual(['story:a feeds topic:%E6%97%A5%E6%9C%AC']);
  });

  it('splits a bulk change into headers a cache accepts, losing no tag', () => {
    const tags = Array.from({ length: 600 }, (_, index) => `story:a-fairly-long-story-slug-${index}`);
    const values = purgeHeaderValues(tags);
    expect(values.length).toBeGreaterThan(1);
    for (const value of values) expect(value.length).toBeLessThanOrEqual(4000);
    expect(values.flatMap((value) => value.split(' '))).toEqual(tags);
  });

  it('names a tag as the page that carries it does, whatever address it was made from', () => {
    expect(purgeHeaderValues(['story:"><x> y,z'])).toEqual(['story:%22%3E%3Cx%3E%20y%2Cz']);
  });

  it('sends nothing for no tags', () => {
    expect(purgeHeaderValues([])).toEqual([]);
  });
});

describe('createSharedCachePurger', () => {
  const servers: Server[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
  });

  /** A cache that records each purge and answers as Varnish's configuration does. */
  async function fakeCache(status = 200): Promise<{ url: URL; purges: { method?: string; url?: string; headers: IncomingHttpHeaders }[] }> {
    const purges: { method?: string; url?: string; headers: IncomingHttpHeaders }[] = [];
    const server = createServer((request, response) => {
      purges.push({ method: request.method, url: request.url, headers: request.headers });
      response.writeHead(status, { 'Content-Type': 'text/plain' });
      response.end(status === 200 ? 'Invalidated 2 objects' : 'Forbidden');
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return { url: new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`), purges };
  }

  it('purges every cache a moment after the change, when every process has dropped it, and once more later', async () => {
    const [first, second] = [await fakeCache(), await fakeCache(403)];
    const outcomes: PurgeOutcome[] = [];
    const purge = createSharedCachePurger({
      caches: [first.url, second.url],
      onPurged: (outcome) => outcomes.push(outcome),
      firstPurgeAfterMs: 300,
      secondPurgeAfterMs: 1000,
    });
    const changedAt = Date.now();
    await purge(['story:a', 'latest'], changedAt);
    expect(Date.now() - changedAt).toBeGreaterThanOrEqual(300);
    expect(first.purges).toEqual([expect.objectContaining({ method: 'PURGE', url: '/' })]);
    expect(first.purges[0]?.headers[PURGE_TAGS_HEADER]).toBe('story:a latest');
    expect(outcomes).toEqual([
      { cache: first.url.origin, detail: '200 Invalidated 2 objects', ok: true },
      { cache: second.url.origin, detail: '403 Forbidden', ok: false },
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(first.purges).toHaveLength(2);
    expect(second.purges).toHaveLength(2);
  });

  it('purges at once for a process that saw the change late, and again after its own second drop', async () => {
    const cache = await fakeCache();
    const purge = createSharedCachePurger({ caches: [cache.url], firstPurgeAfterMs: 400, secondPurgeAfterMs: 500 });
    const startedAt = Date.now();
    await purge(['story:a'], startedAt - 5000);
    expect(Date.now() - startedAt).toBeLessThan(300);
    expect(cache.purges).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(cache.purges).toHaveLength(2);
  });

  it('reports a cache it cannot reach, without throwing', async () => {
    const cache = await fakeCache();
    const gone = servers.pop()!;
    await new Promise((resolve) => gone.close(resolve));
    const outcomes: PurgeOutcome[] = [];
    await createSharedCachePurger({ caches: [cache.url], onPurged: (outcome) => outcomes.push(outcome), firstPurgeAfterMs: 0, secondPurgeAfterMs: 60_000 })(['story:a'], Date.now());
    expect(outcomes).toEqual([{ cache: cache.url.origin, detail: expect.any(String), ok: false }]);
  });
});
