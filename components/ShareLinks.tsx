import { articlePath } from '../lib/paths';
import { shareLinks } from '../lib/shareLinks';
import { absoluteUrl } from '../lib/site';

/** Plain links to share a story, the same in both versions; they share its desktop (canonical) address. */
export function ShareLinks({ slug, headline }: { slug: string; headline: string }) {
  return (
    <nav className="share-links" aria-label="Share this story">
      <h2 className="share-links__heading">Share</h2>
      <ul>
        {shareLinks(absoluteUrl(articlePath(slug, 'desktop')), headline).map((link) => (
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
