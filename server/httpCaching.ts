import type { IncomingMessage, ServerResponse } from 'node:http';
import onHeaders from 'on-headers';

/*
 * What the HTTP server tells browsers and shared caches (a CDN, or nginx from deploy/) about each
 * response. Next.js marks the responses of its page cache with `s-maxage=<revalidate>`; those are
 * the public pages, and they get the policy below instead. Everything else keeps what its route
 * said: search and errors `no-store`, redirects and the version switches `private, no-store`,
 * build assets and images their long immutable lifetimes.
 */

/**
 * Public pages: browsers check back every time (a 304 when nothing changed); shared caches serve a
 * page for 10 s, then keep serving it while they fetch a fresh copy in the background, and for a
 * day if the site is down. Ten seconds rather than a minute because a shared cache cannot be
 * purged by tag: a correction reaches every reader within seconds, while a spike on one story
 * still reaches the app once per 10 s per page.
 */
export const PUBLIC_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=10, stale-while-revalidate=600, stale-if-error=86400';

const PAGE_CACHE_MARK = /\bs-maxage=/;

/** True when `ifNoneMatch` (an If-None-Match header) names `etag`, compared weakly as RFC 9110 says for GET. */
export function matchesEntityTag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => opaque(candidate) === opaque(etag));
}

/**
 * Applies the site's caching policy to a response just before its headers are sent: public
 * pages get PUBLIC_PAGE_CACHE_CONTROL, and a GET whose If-None-Match names the response's ETag
 * gets 304 Not Modified (Node drops the body of a 304). Next.js answers conditional requests for
 * its pages itself; this covers the mobile pages, which are route handlers.
 */
export function applyHttpCaching(request: IncomingMessage, response: ServerResponse): void {
  const decide = () => {
    const cacheControl = response.getHeader('cache-control');
    if (typeof cacheControl !== 'string' || !PAGE_CACHE_MARK.test(cacheControl)) return;
    response.setHeader('cache-control', PUBLIC_PAGE_CACHE_CONTROL);
    const etag = response.getHeader('etag');
    const readsOnly = request.method === 'GET' || request.method === 'HEAD';
    if (readsOnly && response.statusCode === 200 && typeof etag === 'string' && matchesEntityTag(request.headers['if-none-match'], etag)) {
      response.statusCode = 304;
      for (const header of ['content-type', 'content-length', 'content-encoding']) response.removeHeader(header);
    }
  };
  onHeaders(response, decide);
}
