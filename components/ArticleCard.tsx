import { articlePath, categoryPath, type Variant } from '../lib/paths';
import type { ArticleSummary } from '../lib/content';
import { ArticleImage } from './ArticleImage';
import { TimeStamp } from './TimeStamp';

export type ArticleCardSize = 'lead' | 'standard' | 'compact';

interface ArticleCardProps {
  article: ArticleSummary;
  variant: Variant;
  size: ArticleCardSize;
  headingLevel: 2 | 3;
  /** Show the category label above the headline (off inside a category's own listing). */
  showCategory?: boolean;
  /** The first image on the page: loaded eagerly with high priority. */
  priority?: boolean;
}

/** Cards in grids: with picture and standfirst on desktop, headline and date on the light mobile version. */
export function gridCardSize(variant: Variant): ArticleCardSize {
  switch (variant) {
    case 'desktop':
      return 'standard';
    case 'mobile':
      return 'compact';
  }
}

const IMAGE_SIZES: Record<Exclude<ArticleCardSize, 'compact'>, string> = {
  lead: '(max-width: 640px) 100vw, (max-width: 1100px) 60vw, 660px',
  standard: '(max-width: 640px) 100vw, (max-width: 1100px) 33vw, 340px',
};

export function ArticleCard({ article, variant, size, headingLevel, showCategory = true, priority = false }: ArticleCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article className={`card card--${size}`}>
      {size === 'compact' ? null : (
        <a className="card__media" href={articlePath(article.slug, variant)} tabIndex={-1} aria-hidden="true">
          <ArticleImage image={article.image} sizes={IMAGE_SIZES[size]} priority={priority} decorative />
        </a>
      )}
      <div className="card__text">
        {showCategory ? (
          <a className="kicker" href={categoryPath(article.category.slug, variant)}>
            {article.category.name}
          </a>
        ) : null}
        <Heading className="card__headline">
          {article.live ? <span className="live-badge card__live">Live</span> : null}
          <a href={articlePath(article.slug, variant)}>{article.headline}</a>
        </Heading>
        {size === 'compact' ? null : <p className="card__standfirst">{article.standfirst}</p>}
        <p className="card__meta">
          <TimeStamp date={article.publishedAt} format="date" />
        </p>
      </div>
    </article>
  );
}
