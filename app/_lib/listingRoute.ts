import 'server-only';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { loadListingPage, type ListingPageData } from './pageData';
import { parsePageSegments } from './pageNumber';
import type { ListingKind } from './paths';

export interface ListingRouteParams {
  params: Promise<{ slug: string; page?: string[] }>;
}

/** Resolves a desktop listing route's params to its data, or answers 404. */
export async function resolveListingRoute(kind: ListingKind, { params }: ListingRouteParams): Promise<ListingPageData> {
  await connection();
  const { slug, page: pageSegments } = await params;
  const page = parsePageSegments(pageSegments);
  const data = page === null ? null : loadListingPage(kind, slug, page);
  if (!data) notFound();
  return data;
}
