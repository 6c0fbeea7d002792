'use client';

import { ErrorNotice } from '../components/ErrorNotice';
import { PageShell } from '../components/PageShell';
import { homePath } from '../lib/paths';

/*
 * Next.js requires this file name for the error boundary, and requires it to be a client
 * component. It cannot read the database (which may be what failed), so the navigation is bare.
 */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <PageShell variant="desktop" path={homePath('desktop')} categories={[]}>
      <ErrorNotice variant="desktop">
        <button type="button" className="button-link" onClick={reset}>
          Try again
        </button>
      </ErrorNotice>
    </PageShell>
  );
}
