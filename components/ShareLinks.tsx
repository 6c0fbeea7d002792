import { shareLinks } from '../lib/shareLinks';

/** Plain links to share a story at its canonical `address`, the same in both versions. */
export function ShareLinks({ address, headline }: { address: string; headline: string }) {
  return (
    <nav className="share-links" aria-label="Share this story">
      <h2 className="share-links__heading">Share</h2>
      <ul>
        {shareLinks(address, headline).map((link) => (
          <li key={link.name}>
            <a href={link.href} rel="noopener noreferrer external">
              {link.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
