import type { Variant } from '../lib/paths';
import type { ArticleSummary } from '../lib/content';
import { ArticleCard } from './ArticleCard';

/** A numbered column of compact cards: "Latest" on the home page, suggestions on the 404 page. */
export function LatestList({ articles, variant }: { articles: readonly ArticleSummary[]; variant: Variant }) {
  return (
    <ol className="latest-list">
      {articles.map((article) => (
        <li key={article.slug}>
          <ArticleCard article={article} variant={variant} size="compact" headingLevel={3} />
        </li>
      ))}
    </ol>
  );
}
