import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { applyHttpCaching, matchesEntityTag, PUBLIC_PAGE_CACHE_CONTROL, PURGED_PAGE_SURROGATE_CONTROL } from './httpCaching';
import { PAGE_TAGS_HEADER } from './pageCacheHandler.mjs';

describe('matchesEntityTag', () => {
  it('matches the same tag, weakly, in a list, or any tag with *', () => {
    expect(matchesEntityTag('"abc"', '"abc"')).toBe(true);
    expect(matchesEntityTag('W/"abc"', '"abc"')).toBe(true);
    expect(matchesEntityTag('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesEntityTag('*', '"abc"')).toBe(true);
  });

  it('does not match another tag or no header', () => {
    expect(matchesEntityTag('"abd"', '"abc"')).toBe(false);
    expect(matchesEntityTag(undefined, '"abc"')).toBe(false);
    expect(matchesEntityTag('', '"abc"')).toBe(false);
  });
});

describe('applyHttpCaching', () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** A server answering every request as `respond` does, with the policy applied. */
  async function serve(respond: (response: ServerResponse) => void, purgedByTag = false): Promise<string> {
    server = createServer((request, response) => {
      applyHttpCaching(request, response, { purgedByTag });
      respond(response);
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  }

  const cachedPage = (response: ServerResponse) => {
    response.setHeader('Cache-Control', 's-maxage=86400, stale-while-revalidate=31449600');
    response.setHeader('ETag', '"v1"');
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end('<p>page</p>');
  };

  it('gives responses from the page cache the public pages policy', async () => {
    const response = await fetch(await serve(cachedPage));
    expect(response.headers.get('cache-control')).toBe(PUBLIC_PAGE_CACHE_CONTROL);
    expect(await response.text()).toBe('<p>page</p>');
  });

  it('answers a matching If-None-Match with an empty 304', async () => {
    const url = await serve(cachedPage);
    const response = await fetch(url, { headers: { 'If-None-Match': '"v1"' } });
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBe('"v1"');
    expect(await response.text()).toBe('');
    expect((await fetch(url, { headers: { 'If-None-Match': '"v0"' } })).status).toBe(200);
  });

  it('sees headers passed to writeHead as well as set before it', async () => {
    const response = await fetch(
      await serve((res) => {
        res.writeHead(200, { 'Cache-Control': 's-maxage=60', ETag: '"v2"' });
        res.end('x');
      }),
      { headers: { 'If-None-Match': '"v2"' } },
    );
    expect(response.status).toBe(304);
    expect(response.headers.get('cache-control')).toBe(PUBLIC_PAGE_CACHE_CONTROL);
  });

  it('leaves every other policy, and errors, as their routes set them', async () => {
    const url = await serve((res) => {
      res.statusCode = 302;
      res.setHeader('Cache-Control', 'private, no-store');
      res.setHeader('Location', '/m');
      res.end();
    });
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
  });

  const taggedPage = (response: ServerResponse) => {
    response.setHeader(PAGE_TAGS_HEADER, 'site,story:a,_N_T_/article/a');
    cachedPage(response);
  };

  it('gives a public page its cache tags as surrogate keys, for Varnish, Fastly and Cloudflare alike', async () => {
    const response = await fetch(await serve(taggedPage));
    expect(response.headers.get('xkey')).toBe('site story:a _N_T_/article/a');
    expect(response.headers.get('surrogate-key')).toBe('site story:a _N_T_/article/a');
    expect(response.headers.get('cache-tag')).toBe('site,story:a,_N_T_/article/a');
    expect(response.headers.has(PAGE_TAGS_HEADER)).toBe(false);
    // Without a cache that is purged by tag, nothing may keep the page longer than its Cache-Control says.
    expect(response.headers.has('surrogate-control')).toBe(false);
  });

  it('writes a tag made from the address asked for as one key, with no markup in it', async () => {
    const response = await fetch(
      await serve((res) => {
        res.setHeader(PAGE_TAGS_HEADER, 'site,story:"><x> y');
        cachedPage(res);
      }),
    );
    expect(response.headers.get('xkey')).toBe('site story:%22%3E%3Cx%3E%20y');
    expect(response.headers.get('cache-tag')).toBe('site,story:%22%3E%3Cx%3E%20y');
  });

  it('lets a cache that is purged by tag keep public pages for hours, and no other response', async () => {
    const page = await fetch(await serve(taggedPage, true));
    expect(page.headers.get('surrogate-control')).toBe(PURGED_PAGE_SURROGATE_CONTROL);
    expect(page.headers.get('cache-control')).toBe(PUBLIC_PAGE_CACHE_CONTROL);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    const search = await fetch(
      await serve((res) => {
        res.setHeader(PAGE_TAGS_HEADER, 'site');
        res.setHeader('Cache-Control', 'no-store');
        res.end('results');
      }, true),
    );
    expect(search.headers.has('surrogate-control')).toBe(false);
    expect(search.headers.has('xkey')).toBe(false);
    expect(search.headers.has(PAGE_TAGS_HEADER)).toBe(false);
  });
});
