import 'server-only';
import { connection } from 'next/server';
import { loadListingPage, type ListingPageData } from './pageData';
import { parsePageSegments } from './pageNumber';
import type { ListingKind } from './paths';

export interface ListingRouteParams {
  params: Promise<{ slug: string; page?: string[] }>;
}

/**
 * Resolves a desktop listing route's params to its data, or null for a 404. It never throws
 * notFound() itself: thrown from generateMetadata, that yields a page only JavaScript can show.
 */
export async function resolveListingRoute(kind: ListingKind, { params }: ListingRouteParams): Promise<ListingPageData | null> {
  await connection();
  const { slug, page: pageSegments } = await params;
  const page = parsePageSegments(pageSegments);
  return page === null ? null : loadListingPage(kind, slug, page);
}
