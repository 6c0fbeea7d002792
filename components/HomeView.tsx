import { categoryPath, type Variant } from '../lib/paths';
import type { HomePageData } from '../lib/pageData';
import { SITE_NAME } from '../lib/siteIdentity';
import { ArticleCard, gridCardSize } from './ArticleCard';
import { LatestList } from './LatestList';
import { MostRead } from './MostRead';
import { PageShell } from './PageShell';

interface HomeViewProps {
  data: HomePageData;
  variant: Variant;
  path: string;
}

export function HomeView({ data, variant, path }: HomeViewProps) {
  return (
    <PageShell variant={variant} path={path} categories={data.categories} breaking={data.breaking} isHome>
      <h1 className="visually-hidden">{SITE_NAME}: the latest news</h1>
      <div className="home-top">
        {data.lead ? (
          <div className="home-top__lead">
            <ArticleCard article={data.lead} variant={variant} size="lead" headingLevel={2} priority />
          </div>
        ) : (
          <p className="empty-state">No stories have been published yet.</p>
        )}
        {data.latest.length > 0 ? (
          <section className="home-top__latest" aria-labelledby="latest-heading">
            <h2 id="latest-heading" className="section-heading">
              Latest
            </h2>
            <LatestList articles={data.latest} variant={variant} />
          </section>
        ) : null}
      </div>
      {data.fronts
        .filter((front) => front.articles.length > 0)
        .map(({ category, articles }) => (
          <section key={category.slug} className="section-front" aria-labelledby={`front-${category.slug}`}>
            <h2 id={`front-${category.slug}`} className="section-heading">
              <a href={categoryPath(category.slug, variant)}>{category.name}</a>
            </h2>
            <div className="card-grid">
              {articles.map((article) => (
                <ArticleCard
                  key={article.slug}
                  article={article}
                  variant={variant}
                  size={gridCardSize(variant)}
                  headingLevel={3}
                  showCategory={false}
                />
              ))}
            </div>
            <p className="more-link">
              <a href={categoryPath(category.slug, variant)}>More from {category.name}</a>
            </p>
          </section>
        ))}
      <MostRead stories={data.mostRead} variant={variant} />
    </PageShell>
  );
}
