import 'server-only';
import type { IncomingHttpHeaders } from 'node:http';
import { DESKTOP_PREFERENCE_VALUE, isPhoneUserAgent, VIEW_PREFERENCE_COOKIE } from '../lib/deviceClass';
import { checkDatabaseAnswers } from '../db/queries/health';
import { cachedPageStatus } from './pageCacheHandler.mjs';
import { findPublicPage, isPublicPageSection } from '../app/_lib/publicPages';
import { FILE_ROUTES_AMONG_PAGES } from '../lib/paths';
import { matchRoute, pathSegments } from '../lib/publicRoutes';

const DESKTOP_CHOICE = new RegExp(`(?:^|;\\s*)${VIEW_PREFERENCE_COOKIE}=${DESKTOP_PREFERENCE_VALUE}(?:;|$)`);

interface IncomingPageRequest {
  method?: string;
  url?: string;
  headers: IncomingHttpHeaders;
}

function parseRequestUrl(url: string): { pathname: string; segments: string[]; searchParams: URLSearchParams } | null {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://localhost');
  } catch {
    return null;
  }
  const segments = pathSegments(parsed.pathname);
  return segments && { pathname: parsed.pathname, segments, searchParams: parsed.searchParams };
}

/**
 * True when a request names a desktop page that does not exist (unknown slug, page number past
 * the end or malformed, search page past its last). Next.js renders the body of a 404 thrown by a dynamically rendered page
 * only in the browser, so the server answers these itself with the server-rendered 404 page.
 * Phones without the desktop choice are left to the router, which sends them to the mobile version.
 * A page in the page cache answers from there: a cache hit runs no SQL. A page to be rendered
 * needs the database: when it cannot be reached, this throws what it failed with, for the server to
 * answer the outage page in its place (server/databaseOutage.ts), whether or not telling that the
 * page exists took a query.
 */
export async function isMissingDesktopPage(request: IncomingPageRequest): Promise<boolean> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const url = parseRequestUrl(request.url ?? '/');
  if (!url || !isPublicPageSection(url.segments[0])) return false;
  const { pathname, segments, searchParams } = url;
  if (FILE_ROUTES_AMONG_PAGES.some((route) => matchRoute(route, segments))) return false;
  const wantsDesktop = DESKTOP_CHOICE.test(request.headers.cookie ?? '');
  if (isPhoneUserAgent(request.headers['user-agent']) && !wantsDesktop) return false;
  const page = findPublicPage(segments, searchParams);
  if (page === null) return true;
  if (page.rendering === 'cached') {
    const cachedStatus = cachedPageStatus(pathname);
    if (cachedStatus !== undefined) return cachedStatus === 404;
  }
  const [exists] = await Promise.all([page.exists(), checkDatabaseAnswers()]);
  return !exists;
}
