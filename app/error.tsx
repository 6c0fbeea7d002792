'use client';

import { SITE_NAME } from './_lib/site';

/* Next.js requires this file name for the error boundary, and requires it to be a client component. */

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="site site--desktop">
      <header className="masthead" id="top">
        <div className="masthead__inner">
          <a className="masthead__brand" href="/">
            <img src="/icon.svg" width={44} height={44} alt="" />
            <span className="masthead__name">{SITE_NAME}</span>
          </a>
        </div>
      </header>
      <main id="main" className="page">
        <div className="notice">
          <p className="notice__code">Error</p>
          <h1>Something went wrong on our side</h1>
          <p>We could not show this page just now. Please try again in a moment.</p>
          <p className="notice__actions">
            <button type="button" className="button-link" onClick={reset}>
              Try again
            </button>
            <a className="button-link button-link--secondary" href="/">
              Go to the home page
            </a>
          </p>
        </div>
      </main>
    </div>
  );
}
