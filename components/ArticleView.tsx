import { articlePath, categoryPath, homePath, type Variant } from '../lib/paths';
import { absoluteUrl } from '../lib/site';
import type { ArticlePageData } from '../lib/pageData';
import { ArticleBody } from './ArticleBody';
import { ArticleCard } from './ArticleCard';
import { ArticleImage } from './ArticleImage';
import { Byline } from './Byline';
import { LiveOverview, LivePosts, LiveStatus } from './LiveCoverageView';
import { PageShell } from './PageShell';
import { MOST_READ_HEADING_ID, MostRead } from './MostRead';
import { ShareLinks } from './ShareLinks';
import { readBeaconPath } from '../lib/mostRead';
import { StoryNotes } from './StoryNotes';
import { TagList } from './TagList';

interface ArticleViewProps {
  data: ArticlePageData;
  variant: Variant;
  path: string;
}

const FEATURED_IMAGE_SIZES = '(max-width: 640px) 100vw, (max-width: 1000px) 92vw, 920px';

// The lightweight version lists the headlines alone: no pictures to fetch after the story.
const RELATED_CARD_SIZE = { desktop: 'standard', mobile: 'compact' } as const satisfies Record<Variant, string>;
// Three keep the lightweight version within its weight, with the story's notes and the link to what is read most.
const RELATED_SHOWN = { desktop: 4, mobile: 3 } as const satisfies Record<Variant, number>;

function RelatedStories({ data, variant }: { data: ArticlePageData; variant: Variant }) {
  if (data.related.length === 0) return null;
  return (
    <aside className="related" aria-labelledby="related-heading">
      <h2 id="related-heading" className="section-heading">
        More from {data.article.category.name}
      </h2>
      <div className="card-grid">
        {data.related.slice(0, RELATED_SHOWN[variant]).map((article) => (
          <ArticleCard
            key={article.slug}
            article={article}
            variant={variant}
            size={RELATED_CARD_SIZE[variant]}
            headingLevel={3}
            showCategory={false}
          />
        ))}
      </div>
    </aside>
  );
}

/** The story's body, its disclaimer and its source. */
function StoryText({ article }: { article: ArticlePageData['article'] }) {
  return (
    <>
      <ArticleBody body={article.body} />
      {article.disclaimer ? <p className="story__disclaimer">{article.disclaimer}</p> : null}
      {article.source ? (
        <p className="story__source">
          Source:{' '}
          {article.source.url ? (
            <a href={article.source.url} rel="noopener noreferrer external">
              {article.source.name}
            </a>
          ) : (
            article.source.name
          )}
        </p>
      ) : null}
    </>
  );
}

export function ArticleView({ data, variant, path }: ArticleViewProps) {
  const { article, live } = data;
  // A live story's older posts are on pages of their own, under its headline.
  const isFirstPage = (live?.page ?? 1) === 1;
  // Its canonical address, the desktop page's, whichever version is shown: shared and printed.
  const address = absoluteUrl(articlePath(article.slug, 'desktop'));
  return (
    <PageShell variant={variant} path={path} categories={data.categories} breaking={data.breaking} currentCategorySlug={article.category.slug}>
      <article className="story">
        <header className="story__header">
          {live ? <LiveStatus live={live} /> : null}
          <a className="kicker" href={categoryPath(article.category.slug, variant)}>
            {article.category.name}
          </a>
          <h1 className="story__headline">{article.headline}</h1>
          <p className="story__standfirst">{article.standfirst}</p>
          <Byline article={article} variant={variant} />
        </header>
        {isFirstPage ? (
          <>
            <figure className="story__figure">
              <ArticleImage image={article.image} sizes={FEATURED_IMAGE_SIZES} priority />
              <figcaption>{article.image.credit}</figcaption>
            </figure>
            {live ? <LiveOverview slug={article.slug} live={live} variant={variant} /> : <StoryText article={article} />}
          </>
        ) : null}
        {live ? <LivePosts slug={article.slug} live={live} variant={variant} /> : null}
        {/* Told live, the story's own words come where it began: after its oldest post. */}
        {live && live.page === live.totalPages ? (
          <section className="live-background" aria-labelledby="live-background-heading">
            <h2 id="live-background-heading" className="section-heading">
              Background
            </h2>
            <StoryText article={article} />
          </section>
        ) : null}
        <StoryNotes notes={article.notes} />
        <footer className="story__footer">
          <p className="story__section">
            Filed under <a href={categoryPath(article.category.slug, variant)}>{article.category.name}</a>
          </p>
          <TagList tags={article.tags} variant={variant} />
          <ShareLinks address={address} headline={article.headline} />
          <p className="story__address">{address}</p>
        </footer>
        {/* Counts this read, from any cache, with or without script (lib/mostRead.ts). */}
        <img className="visually-hidden" src={readBeaconPath(article.id)} alt="" width={1} height={1} fetchPriority="low" />
      </article>
      <RelatedStories data={data} variant={variant} />
      {/* A live page's lightweight version spends its weight on the posts: it links to the home page's list. */}
      {variant === 'desktop' || !live ? (
        <MostRead stories={data.mostRead} variant={variant} />
      ) : data.mostRead.length > 0 ? (
        <p className="more-link">
          <a href={`${homePath(variant)}#${MOST_READ_HEADING_ID}`}>Most read today</a>
        </p>
      ) : null}
    </PageShell>
  );
}
