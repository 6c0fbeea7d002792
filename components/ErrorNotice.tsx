import { homePath, type Variant } from '../lib/paths';

interface ErrorNoticeProps {
  variant: Variant;
  /** Extra actions, such as the desktop version's "Try again" button. */
  children?: React.ReactNode;
}

/** What a reader sees when a page fails on our side, in both versions. */
export function ErrorNotice({ variant, children }: ErrorNoticeProps) {
  return (
    <div className="notice">
      <p className="notice__code">Error</p>
      <h1>Something went wrong on our side</h1>
      <p>We could not show this page just now. Please try again in a moment.</p>
      <p className="notice__actions">
        {children}
        <a className="button-link button-link--secondary" href={homePath(variant)}>
          Go to the home page
        </a>
      </p>
    </div>
  );
}
