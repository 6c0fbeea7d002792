import { matchPublicRoute } from '../lib/publicRoutes';
import {
  EXIT_MOBILE_PATH,
  GO_MOBILE_PATH,
  HEALTH_CHECK_PATH,
  isMobilePath,
  MOBILE_PREFIX,
  NEWS_SITEMAP_PATH,
  SITE_ATOM_PATH,
  SITE_RSS_PATH,
  SITEMAP_PATH,
} from '../lib/paths';

/*
 * The route a request was for, as a template: `/article/:slug`, `/m/category/:slug`. Logs and
 * metrics name routes so, never raw paths, which are unbounded (every story, every typo) and would
 * make one time series per address.
 */

const FIXED_ROUTES = new Set([
  HEALTH_CHECK_PATH,
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
  const desktopPath = mobile ? pathname.slice(MOBILE_PREFIX.length) || '/' : pathname;
  const segments = desktopPath.split('/').filter(Boolean);
  const route = matchPublicRoute(segments);
  if (!route) return null;
  const prefix = mobile ? MOBILE_PREFIX : '';
  switch (route.kind) {
    case 'home':
      return mobile ? MOBILE_PREFIX : '/';
    case 'article':
      return `${prefix}/article/:slug`;
    case 'listing':
      return `${prefix}/${route.listing}/:slug${route.page > 1 ? '/page/:n' : ''}`;
    case 'search':
      return `${prefix}/search`;
  }
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
