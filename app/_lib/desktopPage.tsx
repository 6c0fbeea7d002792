import 'server-only';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { StructuredData } from '../../components/StructuredData';
import { notFoundMeta } from '../../lib/pageMeta';
import { notFoundPageTags } from '../../lib/pageTags';
import { decodeRouteParams, type RouteParams } from '../../lib/publicRoutes';
import { asPageError } from './databaseOutage';
import { toDesktopMetadata } from './desktopMetadata';
import { pageType, type LoadedPage, type PublicPage } from './publicPages';
import { tagRenderedPage } from './renderedPageTags';

/** What Next.js gives a page: its route's dynamic segments, and the query string. */
export interface DesktopPageProps {
  params: Promise<RouteParams>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

function toQuery(searchParams: Record<string, string | string[] | undefined>): URLSearchParams {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(searchParams)) {
    for (const item of typeof value === 'string' ? [value] : (value ?? [])) query.append(name, item);
  }
  return query;
}

/**
 * The desktop page of a page type, for its page file under app/ to export: its Page, its metadata,
 * and (for a route with dynamic segments) its static params.
 */
export function desktopPage<Params, Data>(page: PublicPage<Params, Data>) {
  const type = pageType(page);

  /**
   * The page's data, or the tags of the 404 in its place. It never throws notFound() itself:
   * thrown from generateMetadata, that yields a page only JavaScript can show.
   */
  async function resolve({ params, searchParams }: DesktopPageProps): Promise<LoadedPage> {
    const route = decodeRouteParams(await params);
    // Only a page rendered per request reads the query string: reading it makes a page dynamic.
    let query = new URLSearchParams();
    if (type.rendering === 'per-request') {
      await connection();
      query = toQuery(await searchParams);
    }
    const address = route && type.at(route, query);
    if (!address) return { found: false, cacheTags: type.rendering === 'cached' ? notFoundPageTags() : [] };
    try {
      return await address.load();
    } catch (error) {
      // A database that cannot be reached makes this response a 503 with the outage notice.
      throw asPageError(error);
    }
  }

  return {
    // No page is rendered at build time: each is rendered on its first request, then cached.
    generateStaticParams(): RouteParams[] {
      return [];
    },
    async generateMetadata(props: DesktopPageProps): Promise<Metadata> {
      const loaded = await resolve(props);
      return toDesktopMetadata(loaded.found ? loaded.meta : notFoundMeta());
    },
    async Page(props: DesktopPageProps) {
      const loaded = await resolve(props);
      if (loaded.cacheTags.length > 0) await tagRenderedPage(loaded.cacheTags);
      if (!loaded.found) notFound();
      return (
        <>
          <StructuredData items={loaded.meta.structuredData} />
          {loaded.content('desktop')}
        </>
      );
    },
  };
}
