import type { IncomingMessage, ServerResponse } from 'node:http';
import onHeaders from 'on-headers';
import { PAGE_TAGS_HEADER } from './pageCacheHandler.mjs';
import { PUBLIC_PAGE_LIFETIMES } from '../lib/publicPageLifetimes';

/*
 * What the HTTP server tells browsers and shared caches (a CDN, or nginx from deploy/) about each
 * response. Next.js marks the responses of its page cache with `s-maxage=<revalidate>`; those are
 * the public pages, and they get the policy below instead. Everything else keeps what its route
 * said: search and errors `no-store`, redirects and the version switches `private, no-store`,
 * build assets and images their long immutable lifetimes.
 */

const { unpurgedSeconds, purgedSeconds, staleWhileRevalidateSeconds, staleIfErrorSeconds } = PUBLIC_PAGE_LIFETIMES;
const staleness = `stale-while-revalidate=${staleWhileRevalidateSeconds}, stale-if-error=${staleIfErrorSeconds}`;

/**
 * Public pages: browsers check back every time (a 304 when nothing changed); shared caches serve a
 * page for a few seconds (lib/publicPageLifetimes.ts), then keep serving it while they fetch a
 * fresh copy in the background, and for a day if the site is down.
 */
export const PUBLIC_PAGE_CACHE_CONTROL = `public, max-age=0, s-maxage=${unpurgedSeconds}, ${staleness}`;

/**
 * Public pages, for a shared cache that this site purges by tag the moment content changes (a cache
 * tier named in SHARED_CACHE_PURGE_URLS, deploy/varnish): kept there for hours. Surrogate-Control
 * is read and removed by that cache, so browsers and any other cache keep PUBLIC_PAGE_CACHE_CONTROL.
 */
export const PURGED_PAGE_SURROGATE_CONTROL = `max-age=${purgedSeconds}, ${staleness}`;

const PAGE_CACHE_MARK = /\bs-maxage=/;

// A tag names what a page shows, and a missing page's tags name the address asked for
// (`story:"><x>`): in a header, anything but these characters is percent-encoded, so no tag can
// carry markup, or a space or comma that would split it into two keys.
const OUTSIDE_SURROGATE_KEY = /[^A-Za-z0-9_.:/%-]/g;

/** A tag, in the form it is stored with a response (storedTagForm), as a surrogate key. */
export function surrogateKey(storedTag: string): string {
  return storedTag.replace(OUTSIDE_SURROGATE_KEY, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/**
 * A page's cache tags as shared caches take them: `xkey` for Varnish's xkey module, `Surrogate-Key`
 * (Fastly and others) space-separated, `Cache-Tag` (Cloudflare and others) comma-separated.
 */
export function surrogateKeyHeaders(storedTags: readonly string[]): Record<string, string> {
  const keys = storedTags.map(surrogateKey);
  return { xkey: keys.join(' '), 'Surrogate-Key': keys.join(' '), 'Cache-Tag': keys.join(',') };
}

/** True when `ifNoneMatch` (an If-None-Match header) names `etag`, compared weakly as RFC 9110 says for GET. */
export function matchesEntityTag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((candidate) => opaque(candidate) === opaque(etag));
}

export interface HttpCachingOptions {
  /** A shared cache in front purges by tag (SHARED_CACHE_PURGE_URLS): public pages may live there for hours. */
  purgedByTag: boolean;
}

/**
 * Applies the site's caching policy to a response just before its headers are sent: public
 * pages get PUBLIC_PAGE_CACHE_CONTROL and their cache tags as surrogate keys (and, for a cache that
 * is purged by tag, PURGED_PAGE_SURROGATE_CONTROL), and a GET whose If-None-Match names the
 * response's ETag gets 304 Not Modified (Node drops the body of a 304). Next.js answers conditional
 * requests for its pages itself; this covers the mobile pages, which are route handlers.
 */
export function applyHttpCaching(request: IncomingMessage, response: ServerResponse, { purgedByTag }: HttpCachingOptions): void {
  const decide = () => {
    const tags = response.getHeader(PAGE_TAGS_HEADER);
    response.removeHeader(PAGE_TAGS_HEADER);
    const cacheControl = response.getHeader('cache-control');
    if (typeof cacheControl !== 'string' || !PAGE_CACHE_MARK.test(cacheControl)) return;
    response.setHeader('cache-control', PUBLIC_PAGE_CACHE_CONTROL);
    if (typeof tags === 'string' && tags !== '') {
      for (const [name, value] of Object.entries(surrogateKeyHeaders(tags.split(',')))) response.setHeader(name, value);
      if (purgedByTag) response.setHeader('surrogate-control', PURGED_PAGE_SURROGATE_CONTROL);
    }
    const etag = response.getHeader('etag');
    const readsOnly = request.method === 'GET' || request.method === 'HEAD';
    if (readsOnly && response.statusCode === 200 && typeof etag === 'string' && matchesEntityTag(request.headers['if-none-match'], etag)) {
      response.statusCode = 304;
      for (const header of ['content-type', 'content-length', 'content-encoding']) response.removeHeader(header);
    }
  };
  onHeaders(response, decide);
}
