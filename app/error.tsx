'use client';

import { ErrorNotice } from '../components/ErrorNotice';
import { OutageNotice } from '../components/OutageNotice';
import { PageShell } from '../components/PageShell';
import { DATABASE_OUTAGE_DIGEST } from '../lib/databaseOutage';
import { homePath } from '../lib/paths';

/*
 * Next.js requires this file name for the error boundary, and requires it to be a client
 * component. It cannot read the database (which may be what failed), so the navigation is bare.
 * A page that failed because the database could not be reached says the site is briefly
 * unavailable instead (app/_lib/databaseOutage.ts gives that error its digest).
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const tryAgain = (
    <button type="button" className="button-link" onClick={reset}>
      Try again
    </button>
  );
  return (
    <PageShell variant="desktop" path={homePath('desktop')} categories={[]} breaking={null}>
      {error.digest === DATABASE_OUTAGE_DIGEST ? (
        <OutageNotice variant="desktop">{tryAgain}</OutageNotice>
      ) : (
        <ErrorNotice variant="desktop">{tryAgain}</ErrorNotice>
      )}
    </PageShell>
  );
}
