import 'server-only';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { ListingView } from '../../components/ListingView';
import { StructuredData } from '../../components/StructuredData';
import { loadListingPage, type ListingPageData } from './pageData';
import { listingMeta, notFoundMeta, toDesktopMetadata } from './pageMeta';
import { parsePageSegments } from './pageNumber';
import { listingPath, type ListingKind } from './paths';

export interface ListingRouteProps {
  params: Promise<{ slug: string; page?: string[] }>;
}

/**
 * The listing's data, or null for a 404. It never throws notFound() itself: thrown from
 * generateMetadata, that yields a page only JavaScript can show.
 */
async function resolveListing(kind: ListingKind, { params }: ListingRouteProps): Promise<ListingPageData | null> {
  await connection();
  const { slug, page: pageSegments } = await params;
  const page = parsePageSegments(pageSegments);
  return page === null ? null : loadListingPage(kind, slug, page);
}

/** The desktop page and metadata of a category, author or tag listing (`/<kind>/<slug>[/page/<n>]`). */
export function listingRoute(kind: ListingKind) {
  return {
    async generateMetadata(props: ListingRouteProps): Promise<Metadata> {
      const data = await resolveListing(kind, props);
      return toDesktopMetadata(data ? listingMeta(data) : notFoundMeta());
    },
    async Page(props: ListingRouteProps) {
      const data = await resolveListing(kind, props);
      if (!data) notFound();
      return (
        <>
          <StructuredData items={listingMeta(data).structuredData} />
          <ListingView data={data} variant="desktop" path={listingPath(kind, data.slug, 'desktop', data.listing.page)} />
        </>
      );
    },
  };
}
