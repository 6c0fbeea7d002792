import { homePath, type Variant } from '../lib/paths';

interface OutageNoticeProps {
  variant: Variant;
  /** Extra actions, such as the desktop version's "Try again" button. */
  children?: React.ReactNode;
}

/**
 * What a reader sees when a page needs the database and it cannot be reached just now, in both
 * versions: not an error of ours to report, a wait of a minute or so.
 */
export function OutageNotice({ variant, children }: OutageNoticeProps) {
  return (
    <div className="notice">
      <p className="notice__code">Back soon</p>
      <h1>The site is briefly unavailable</h1>
      <p>This page cannot be shown just now. Please try again in a minute.</p>
      <p className="notice__actions">
        {children}
        <a className="button-link button-link--secondary" href={homePath(variant)}>
          Go to the home page
        </a>
      </p>
    </div>
  );
}
