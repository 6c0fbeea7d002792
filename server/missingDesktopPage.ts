import 'server-only';
import type { IncomingHttpHeaders } from 'node:http';
import { DESKTOP_PREFERENCE_VALUE, isPhoneUserAgent, VIEW_PREFERENCE_COOKIE } from '../lib/deviceClass';
import { cachedPageStatus } from './pageCacheHandler.mjs';
import { loadSearchPage, publicPageExists } from '../app/_lib/pageLoaders';
import { matchPublicRoute } from '../lib/publicRoutes';
import { readSearchParameters } from '../lib/searchParameters';

/** First path segments that belong to the public page routes under app/. */
const PUBLIC_SECTIONS = new Set(['article', 'category', 'author', 'tag', 'search']);

const DESKTOP_CHOICE = new RegExp(`(?:^|;\\s*)${VIEW_PREFERENCE_COOKIE}=${DESKTOP_PREFERENCE_VALUE}(?:;|$)`);

interface IncomingPageRequest {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
}

function parseRequestUrl(url: string): { pathname: string; segments: string[]; searchParams: URLSearchParams } | null {
  try {
    const parsed = new URL(url, 'http://localhost');
    const segments = parsed.pathname
      .split('/')
      .filter((segment) => segment !== '')
      .map(decodeURIComponent);
    return { pathname: parsed.pathname, segments, searchParams: parsed.searchParams };
  } catch {
    return null;
  }
}

/** A search page exists for any query, but only up to its last page of results. */
function searchPageExists(searchParams: URLSearchParams): boolean {
  const parameters = readSearchParameters(searchParams.get('q'), searchParams.get('page'));
  if (!parameters) return false;
  return parameters.page === 1 || loadSearchPage(parameters.query, parameters.page) !== null;
}

/**
 * True when a request names a desktop page that does not exist (unknown slug, page number past
 * the end or malformed, search page past its last). Next.js renders the body of a 404 thrown by a dynamically rendered page
 * only in the browser, so the server answers these itself with the server-rendered 404 page.
 * Phones without the desktop choice are left to the router, which sends them to the mobile version.
 * A page in the page cache answers from there: a cache hit runs no SQL.
 */
export function isMissingDesktopPage(request: IncomingPageRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const url = parseRequestUrl(request.url ?? '/');
  if (!url || !PUBLIC_SECTIONS.has(url.segments[0] ?? '')) return false;
  const { pathname, segments, searchParams } = url;
  // A category's feed is a route handler that answers its own 404.
  if (segments.length === 3 && segments[0] === 'category' && segments[2] === 'feed.xml') return false;
  const wantsDesktop = DESKTOP_CHOICE.test(request.headers.cookie ?? '');
  if (isPhoneUserAgent(request.headers['user-agent']) && !wantsDesktop) return false;
  const route = matchPublicRoute(segments);
  if (route === null) return true;
  if (route.kind === 'search') return !searchPageExists(searchParams);
  const cachedStatus = cachedPageStatus(pathname);
  if (cachedStatus !== undefined) return cachedStatus === 404;
  return !publicPageExists(route);
}
