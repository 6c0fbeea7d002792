import { NotFoundView } from '../components/NotFoundView';
import { loadNotFoundPage } from './_lib/pageLoaders';
import { notFoundMeta } from '../lib/pageMeta';
import { toDesktopMetadata } from './_lib/desktopMetadata';
import { NOT_FOUND_BOUNDARY_TAGS } from '../lib/pageTags';
import { homePath } from '../lib/paths';
import { tagRenderedPage } from './_lib/renderedPageTags';

export const metadata = toDesktopMetadata(notFoundMeta());

export default async function NotFound() {
  await tagRenderedPage(NOT_FOUND_BOUNDARY_TAGS);
  // The missing page's own address is unknown here; the version switch leads to the mobile home page.
  const data = await loadNotFoundPage();
  return <NotFoundView data={data} variant="desktop" path={homePath('desktop')} />;
}
