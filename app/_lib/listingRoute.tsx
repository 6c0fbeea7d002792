import 'server-only';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingView } from '../../components/ListingView';
import { StructuredData } from '../../components/StructuredData';
import { loadListingPage } from './pageLoaders';
import type { ListingPageData } from '../../lib/pageData';
import { listingMeta, notFoundMeta } from '../../lib/pageMeta';
import { toDesktopMetadata } from './desktopMetadata';
import { parsePageSegments } from '../../lib/pageNumber';
import { listingPageTags } from '../../lib/pageTags';
import { listingPath, slugFromPageSegment, type ListingKind } from '../../lib/paths';
import { tagRenderedPage } from './renderedPageTags';

export interface ListingRouteProps {
  params: Promise<{ slug: string; page?: string[] }>;
}

/**
 * The listing's data, or null for a 404. It never throws notFound() itself: thrown from
 * generateMetadata, that yields a page only JavaScript can show.
 */
async function resolveListing(
  kind: ListingKind,
  { params }: ListingRouteProps,
): Promise<{ slug: string; data: ListingPageData | null }> {
  const { slug: segment, page: pageSegments } = await params;
  const slug = slugFromPageSegment(segment);
  const page = parsePageSegments(pageSegments);
  return { slug: slug ?? segment, data: page === null || slug === null ? null : loadListingPage(kind, slug, page) };
}

/** The desktop page and metadata of a category, author or tag listing (`/<kind>/<slug>[/page/<n>]`). */
export function listingRoute(kind: ListingKind) {
  return {
    // No listing is rendered at build time: each page is rendered on its first request, then cached.
    generateStaticParams(): { slug: string; page?: string[] }[] {
      return [];
    },
    async generateMetadata(props: ListingRouteProps): Promise<Metadata> {
      const { data } = await resolveListing(kind, props);
      return toDesktopMetadata(data ? listingMeta(data) : notFoundMeta());
    },
    async Page(props: ListingRouteProps) {
      const { slug, data } = await resolveListing(kind, props);
      await tagRenderedPage(listingPageTags(kind, slug, data));
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
