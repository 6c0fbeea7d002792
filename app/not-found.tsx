import { connection } from 'next/server';
import { NotFoundView } from '../components/NotFoundView';
import { loadNotFoundPage } from './_lib/pageData';
import { notFoundMeta, toDesktopMetadata } from './_lib/pageMeta';
import { homePath } from './_lib/paths';

export const metadata = toDesktopMetadata(notFoundMeta());

export default async function NotFound() {
  await connection();
  // The missing page's own address is unknown here; the version switch leads to the mobile home page.
  return <NotFoundView data={loadNotFoundPage()} variant="desktop" path={homePath('desktop')} />;
}
