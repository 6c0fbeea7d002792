import type { BreakingNews } from '../lib/content';
import { articlePath, type Variant } from '../lib/paths';

interface BreakingNewsStripProps {
  breaking: BreakingNews;
  variant: Variant;
}

/** The breaking-news strip: one line above the masthead, the whole of it a link to the story in this version. */
export function BreakingNewsStrip({ breaking, variant }: BreakingNewsStripProps) {
  return (
    <aside className="breaking-news" aria-label="Breaking news">
      <a className="breaking-news__link" href={articlePath(breaking.slug, variant)}>
        <span className="breaking-news__label">Breaking</span>{' '}
        <span className="breaking-news__headline">{breaking.headline}</span>
      </a>
    </aside>
  );
}
