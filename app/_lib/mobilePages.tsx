import 'server-only';
import type { ReactElement } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { NotFoundView } from '../../components/NotFoundView';
import { OutageNotice } from '../../components/OutageNotice';
import { PageShell } from '../../components/PageShell';
import { loadNotFoundPage } from './pageLoaders';
import { errorMeta, notFoundMeta, outageMeta, type PageMeta } from '../../lib/pageMeta';
import { homePath, toDesktopPath, toMobilePath } from '../../lib/paths';
import { notFoundPageTags } from '../../lib/pageTags';
import { pathSegments } from '../../lib/publicRoutes';
import { findPublicPage } from './publicPages';

export interface MobilePage {
  status: 200 | 404 | 500 | 503;
  meta: PageMeta;
  content: ReactElement;
  /** The page cache's tags for what the page shows (see pageTags.ts). */
  cacheTags: string[];
}

/** The 404 page at `path` (its mobile address, for the version switch). */
async function notFoundPage(path: string, cacheTags: string[]): Promise<MobilePage> {
  const data = await loadNotFoundPage();
  return {
    status: 404,
    meta: notFoundMeta(),
    content: <NotFoundView data={data} variant="mobile" path={path} />,
    cacheTags,
  };
}

/** Shown when a mobile page fails on our side; it reads nothing from the database. */
export function mobileErrorPage(): MobilePage {
  return {
    status: 500,
    meta: errorMeta(),
    content: (
      <PageShell variant="mobile" path={homePath('mobile')} categories={[]} breaking={null}>
        <ErrorNotice variant="mobile" />
      </PageShell>
    ),
    cacheTags: [],
  };
}

/** Shown when a mobile page needs the database and it cannot be reached; it reads nothing from the database. */
export function mobileOutagePage(): MobilePage {
  return {
    status: 503,
    meta: outageMeta(),
    content: (
      <PageShell variant="mobile" path={homePath('mobile')} categories={[]} breaking={null}>
        <OutageNotice variant="mobile" />
      </PageShell>
    ),
    cacheTags: [],
  };
}

/**
 * The mobile version of the page at `/m/<segments>` (decoded) with the query string `query`: the
 * same page types as the desktop routes under app/ (publicPages.tsx), rendered with the mobile
 * variant. Pages rendered per request have a route of their own under app/m/ (they read the query
 * string); the rest are served by app/m/[[...path]], which passes no query.
 */
export async function resolveMobilePage(segments: readonly string[], query = new URLSearchParams()): Promise<MobilePage> {
  const loaded = await findPublicPage(segments, query)?.load();
  if (!loaded?.found) {
    const path = toMobilePath(`/${segments.map(encodeURIComponent).join('/')}`);
    return notFoundPage(path, loaded?.cacheTags ?? notFoundPageTags());
  }
  return { status: 200, meta: loaded.meta, content: loaded.content('mobile'), cacheTags: loaded.cacheTags };
}

/** The mobile page a request for `/m/...` names, query string included (for the routes of pages rendered per request). */
export async function resolveMobilePageAt(url: { pathname: string; searchParams: URLSearchParams }): Promise<MobilePage> {
  const segments = pathSegments(toDesktopPath(url.pathname));
  return segments === null ? notFoundPage(url.pathname, notFoundPageTags()) : resolveMobilePage(segments, url.searchParams);
}
