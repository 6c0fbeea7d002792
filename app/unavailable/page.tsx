import { OutageNotice } from '../../components/OutageNotice';
import { PageShell } from '../../components/PageShell';
import { outageMeta } from '../../lib/pageMeta';
import { homePath } from '../../lib/paths';
import { toDesktopMetadata } from '../_lib/desktopMetadata';

/*
 * The desktop page the HTTP server renders in place of a page that is not in the page cache while
 * the database cannot be reached, and sends as a 503 (server/databaseOutage.ts). It reads nothing
 * from the database, so the navigation is bare, as on the error page.
 */

export const metadata = toDesktopMetadata(outageMeta());

export default function DatabaseOutagePage() {
  return (
    <PageShell variant="desktop" path={homePath('desktop')} categories={[]} breaking={null}>
      <OutageNotice variant="desktop" />
    </PageShell>
  );
}
