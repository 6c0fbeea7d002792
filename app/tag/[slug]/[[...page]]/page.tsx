import type { Metadata } from 'next';
import { ListingView } from '../../../../components/ListingView';
import { resolveListingRoute, type ListingRouteParams } from '../../../_lib/listingRoute';
import { listingMeta, toDesktopMetadata } from '../../../_lib/pageMeta';
import { listingPath } from '../../../_lib/paths';

export async function generateMetadata(props: ListingRouteParams): Promise<Metadata> {
  return toDesktopMetadata(listingMeta(await resolveListingRoute('tag', props)));
}

export default async function TagPage(props: ListingRouteParams) {
  const data = await resolveListingRoute('tag', props);
  return <ListingView data={data} variant="desktop" path={listingPath('tag', data.slug, 'desktop', data.listing.page)} />;
}
