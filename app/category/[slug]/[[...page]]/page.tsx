import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ListingView } from '../../../../components/ListingView';
import { resolveListingRoute, type ListingRouteParams } from '../../../_lib/listingRoute';
import { listingMeta, notFoundMeta, toDesktopMetadata } from '../../../_lib/pageMeta';
import { listingPath } from '../../../_lib/paths';

export async function generateMetadata(props: ListingRouteParams): Promise<Metadata> {
  const data = await resolveListingRoute('category', props);
  return toDesktopMetadata(data ? listingMeta(data) : notFoundMeta());
}

export default async function CategoryPage(props: ListingRouteParams) {
  const data = await resolveListingRoute('category', props);
  if (!data) notFound();
  return <ListingView data={data} variant="desktop" path={listingPath('category', data.slug, 'desktop', data.listing.page)} />;
}
