import { NotFoundView } from '../components/NotFoundView';
import { isDatabaseUnavailable } from '../db/databaseUnavailable';
import { loadNotFoundPage } from './_lib/pageLoaders';
import { notFoundMeta } from '../lib/pageMeta';
import { toDesktopMetadata } from './_lib/desktopMetadata';
import { NOT_FOUND_BOUNDARY_TAGS } from '../lib/pageTags';
import { homePath } from '../lib/paths';
import { tagRenderedPage } from './_lib/renderedPageTags';

export const metadata = toDesktopMetadata(notFoundMeta());

export default async function NotFound() {
  await tagRenderedPage(NOT_FOUND_BOUNDARY_TAGS);
  // Next.js draws this page with every page it renders, as its not-found boundary's fallback: while
  // the database cannot be reached it goes without the sections, the strip and the suggestions,
  // rather than fail (and fill the log) for each.
  const data = await loadNotFoundPage().catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) return { categories: [], breaking: null, suggestions: [] };
    throw error;
  });
  // The missing page's own address is unknown here; the version switch leads to the mobile home page.
  return <NotFoundView data={data} variant="desktop" path={homePath('desktop')} />;
}
