import { listingPath, type Variant } from '../lib/paths';
import type { ListingPageData } from '../lib/pageData';
import { ArticleCard, gridCardSize } from './ArticleCard';
import { PageShell } from './PageShell';
import { Pagination } from './Pagination';

interface ListingViewProps {
  data: ListingPageData;
  variant: Variant;
  path: string;
}

const LABELS = { category: 'Section', author: 'Author', tag: 'Topic' } as const;

/** A category, author or tag page: heading, description, stories newest first, pagination. */
export function ListingView({ data, variant, path }: ListingViewProps) {
  const { listing } = data;
  return (
    <PageShell
      variant={variant}
      path={path}
      categories={data.categories}
      breaking={data.breaking}
      currentCategorySlug={data.kind === 'category' ? data.slug : undefined}
    >
      <header className="listing-header">
        <p className="listing-header__label">{LABELS[data.kind]}</p>
        <h1>{data.title}</h1>
        <p className="listing-header__description">{data.description}</p>
        {listing.page > 1 ? (
          <p className="listing-header__page">
            Page {listing.page} of {listing.totalPages}
          </p>
        ) : null}
      </header>
      {listing.items.length > 0 ? (
        <div className="card-grid card-grid--listing">
          {listing.items.map((article, index) => (
            <ArticleCard
              key={article.slug}
              article={article}
              variant={variant}
              size={gridCardSize(variant)}
              headingLevel={2}
              showCategory={data.kind !== 'category'}
              priority={index === 0 && variant === 'desktop'}
            />
          ))}
        </div>
      ) : (
        <p className="empty-state">No stories here yet.</p>
      )}
      <Pagination
        page={listing.page}
        totalPages={listing.totalPages}
        hrefForPage={(page) => listingPath(data.kind, data.slug, variant, page)}
        label={`${data.title} stories`}
      />
    </PageShell>
  );
}
