import { findPublicPage } from '../app/_lib/publicPages';
import {
  EXIT_MOBILE_PATH,
  GO_MOBILE_PATH,
  HEALTH_CHECK_PATH,
  isMobilePath,
  LIVENESS_CHECK_PATH,
  NEWS_SITEMAP_PATH,
  SITE_ATOM_PATH,
  SITE_RSS_PATH,
  SITEMAP_PATH,
  toDesktopPath,
  toMobilePath,
} from '../lib/paths';

/*
 * The route a request was for, as a template: `/article/:slug`, `/m/category/:slug`. Logs and
 * metrics name routes so, never raw paths, which are unbounded (every story, every typo) and would
 * make one time series per address.
 */

const FIXED_ROUTES = new Set([
  HEALTH_CHECK_PATH,
  LIVENESS_CHECK_PATH,
  SITE_RSS_PATH,
  SITE_ATOM_PATH,
  SITEMAP_PATH,
  NEWS_SITEMAP_PATH,
  EXIT_MOBILE_PATH,
  GO_MOBILE_PATH,
  '/robots.txt',
  '/manifest.webmanifest',
  '/favicon.ico',
  '/icon.svg',
  '/og/site.png',
]);

const PREFIX_ROUTES: readonly [RegExp, string][] = [
  [/^\/_next\/static\//, '/_next/static/*'],
  [/^\/_next\/image/, '/_next/image'],
  [/^\/images\/uploads\//, '/images/uploads/:file'],
  [/^\/images\//, '/images/*'],
  [/^\/og\/article\//, '/og/article/:file'],
  [/^\/category\/[^/]+\/feed\.xml$/, '/category/:slug/feed.xml'],
  [/^\/sitemaps\//, '/sitemaps/:name'],
  [/^\/newsroom\/stories\/\d+\/preview/, '/newsroom/stories/:id/preview'],
  [/^\/newsroom\/stories\/\d+$/, '/newsroom/stories/:id'],
  [/^\/newsroom(?:\/(?:login|logout|session|account|sections|staff|topics|stories\/new))?$/, ''],
];

function publicPageLabel(pathname: string): string | null {
  const mobile = isMobilePath(pathname);
  const segments = toDesktopPath(pathname).split('/').filter(Boolean);
  const label = findPublicPage(segments, new URLSearchParams())?.label;
  if (label === undefined) return null;
  return mobile ? toMobilePath(label) : label;
}

/**
 * Whether `pathname` (a request's normalised path, lib/requestPath.ts) names a reader's page
 * (front, section, story, author, topic, search) in either version.
 */
export function isReaderPage(pathname: string | null): boolean {
  return pathname !== null && publicPageLabel(pathname) !== null;
}

/** The route template for `pathname` (a request's normalised path, null for none), or `other`. */
export function routeLabel(pathname: string | null): string {
  if (pathname === null) return 'other';
  if (FIXED_ROUTES.has(pathname)) return pathname;
  for (const [pattern, label] of PREFIX_ROUTES) if (pattern.test(pathname)) return label || pathname;
  return publicPageLabel(pathname) ?? 'other';
}
