import type { Variant } from '../lib/paths';
import type { ArticleSummary } from '../lib/content';
import { LatestList } from './LatestList';

/** "Latest stories", offered where a reader found nothing (a 404, a search without results). */
export function SuggestedStories({ articles, variant }: { articles: readonly ArticleSummary[]; variant: Variant }) {
  if (articles.length === 0) return null;
  return (
    <section className="suggestions" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading" className="section-heading">
        Latest stories
      </h2>
      <LatestList articles={articles} variant={variant} />
    </section>
  );
}
