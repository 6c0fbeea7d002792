/*
 * How long shared caches may keep a public page, in seconds: one rule for the app's headers
 * (server/httpCaching.ts) and the cache tier's configuration (deploy/varnish/).
 */
export const PUBLIC_PAGE_LIFETIMES = {
  /**
   * A cache that cannot be purged by tag (a CDN, the nginx of deploy/nginx/): a correction reaches
   * every reader within seconds, while a spike on one story still reaches the app once per 10 s.
   */
  unpurgedSeconds: 10,
  /**
   * A cache this site purges by tag the moment content changes (SHARED_CACHE_PURGE_URLS): the
   * lifetime only bounds how long a purge lost in the network could leave a page stale.
   */
  purgedSeconds: 6 * 60 * 60,
  /** After its lifetime, a page is served while one request refreshes it. */
  staleWhileRevalidateSeconds: 10 * 60,
  /** While the site cannot answer, a page is served for a day. */
  staleIfErrorSeconds: 24 * 60 * 60,
} as const;
